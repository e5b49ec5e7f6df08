namespace KnowledgeGraph.Graph.Model;

/// <summary>A set of nodes and the edges among them: what neighbourhood, path and export hand on.</summary>
public sealed record Subgraph(IReadOnlyList<GraphNode> Nodes, IReadOnlyList<GraphEdge> Edges)
{
    public static readonly Subgraph Empty = new([], []);
}
