namespace KnowledgeGraph.Graph.Queries;

/// <summary>Someone a person met: how often, about which topics (topic ids), first and last meeting date.</summary>
public sealed record Contact(string PersonId, long MeetingCount, IReadOnlyList<string> Topics, DateOnly? FirstMet, DateOnly? LastMet);
