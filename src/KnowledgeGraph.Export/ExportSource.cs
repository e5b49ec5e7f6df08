using KnowledgeGraph.Graph.Model;

namespace KnowledgeGraph.Export;

/// <summary>
/// What an exporter writes: the nodes, then the edges, each as a stream that can be enumerated more than once
/// (typed formats read it twice: once to learn the attribute types, once to write). Sources stream from the store
/// in pages or from a <see cref="Subgraph"/> in memory; either way they must give the same order every time, so
/// the same graph gives the same bytes. Every edge's endpoints must be among the nodes.
/// </summary>
public sealed class ExportSource(
    Func<CancellationToken, IAsyncEnumerable<GraphNode>> nodes,
    Func<CancellationToken, IAsyncEnumerable<GraphEdge>> edges)
{
    public IAsyncEnumerable<GraphNode> Nodes(CancellationToken cancellationToken = default) => nodes(cancellationToken);

    public IAsyncEnumerable<GraphEdge> Edges(CancellationToken cancellationToken = default) => edges(cancellationToken);

    /// <summary>
    /// An in-memory subgraph, ordered by id (ordinal) so the output does not depend on the order the
    /// subgraph was built in. Edges whose endpoints are not both in the subgraph are left out.
    /// </summary>
    public static ExportSource FromSubgraph(Subgraph subgraph)
    {
        var orderedNodes = subgraph.Nodes
            .DistinctBy(n => n.Id, StringComparer.Ordinal)
            .OrderBy(n => n.Id, StringComparer.Ordinal)
            .ToArray();
        var ids = orderedNodes.Select(n => n.Id).ToHashSet(StringComparer.Ordinal);
        var orderedEdges = subgraph.Edges
            .Where(e => ids.Contains(e.Source) && ids.Contains(e.Target))
            .DistinctBy(e => e.Id, StringComparer.Ordinal)
            .OrderBy(e => e.Id, StringComparer.Ordinal)
            .ToArray();
        return new ExportSource(_ => orderedNodes.ToAsyncEnumerable(), _ => orderedEdges.ToAsyncEnumerable());
    }
}
