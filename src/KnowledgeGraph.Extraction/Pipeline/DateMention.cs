namespace KnowledgeGraph.Extraction.Pipeline;

/// <summary>A date expression over tokens [FirstToken, EndToken), resolved against the cable date; <see cref="End"/> for ranges.</summary>
internal sealed record DateMention(int FirstToken, int EndToken, DateOnly Date, DateOnly? End);
