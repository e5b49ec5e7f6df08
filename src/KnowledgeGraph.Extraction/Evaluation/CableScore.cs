namespace KnowledgeGraph.Extraction.Evaluation;

/// <summary>The scores of one cable and what was missed or invented, for error analysis.</summary>
public sealed record CableScore(string Cable, IReadOnlyList<MetricScore> Metrics, IReadOnlyList<string> Misses, IReadOnlyList<string> Extras);
