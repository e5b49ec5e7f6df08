namespace KnowledgeGraph.Graph.Model;

/// <summary>
/// Everything one cable contributes to the graph: its own nodes (Cable, Meeting), the shared entity
/// nodes it mentions (Person, Country, …, merged with what the store already holds), and its edges.
/// A store writes one CableGraph atomically and, when the cable is written again, replaces the
/// cable's own facts and nothing else. MET edges are derived by the store from ATTENDED edges.
/// </summary>
public sealed record CableGraph(string CableId, string ContentHash, IReadOnlyList<GraphNode> Nodes, IReadOnlyList<GraphEdge> Edges);
