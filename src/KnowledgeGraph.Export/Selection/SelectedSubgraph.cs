using KnowledgeGraph.Graph.Model;

namespace KnowledgeGraph.Export.Selection;

/// <summary>What a selection gave: the subgraph, and when a bound cut it short, a one-line note for the user (else null).</summary>
public sealed record SelectedSubgraph(Subgraph Subgraph, string? Truncation);
