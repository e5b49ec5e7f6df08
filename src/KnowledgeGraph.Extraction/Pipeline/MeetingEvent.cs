namespace KnowledgeGraph.Extraction.Pipeline;

/// <summary>A meeting being assembled: participants (persons and groups), date, place, status and the evidence sentences.</summary>
internal sealed class MeetingEvent
{
    public required string Kind { get; set; }
    public List<Participant> Participants { get; } = [];
    public DateOnly? Date { get; set; }
    public DateOnly? EndDate { get; set; }
    public bool DateFromText { get; set; }
    public string? Location { get; set; }
    public string? LocationCountry { get; set; }
    public bool LocationIsCity { get; set; }
    public bool Planned { get; set; }
    /// <summary>Sentence indexes that report this meeting; the first is the evidence.</summary>
    public List<int> Sentences { get; } = [];
    public int Trigger { get; set; }
    public double Confidence { get; set; }

    public IEnumerable<string> PersonIds => Participants.Where(p => p.Person is not null).Select(p => p.Id);

    public sealed record Participant(string Id, string Name, string Kind, PersonRecord? Person, GroupRecord? Group);
}
