namespace KnowledgeGraph.Extraction.Evaluation;

/// <summary>Hand annotations of one cable (ids and annotations only, never cable text).</summary>
/// <param name="MeetingPairs">Unordered pairs of named persons who met (held or planned meetings).</param>
public sealed record GoldCable(
    string Cable,
    IReadOnlyList<string> Persons,
    IReadOnlyList<string> Countries,
    IReadOnlyList<IReadOnlyList<string>> MeetingPairs,
    IReadOnlyList<string> MeetingDates);
