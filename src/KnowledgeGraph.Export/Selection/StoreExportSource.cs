using System.Runtime.CompilerServices;
using KnowledgeGraph.Graph.Model;
using KnowledgeGraph.Graph.Stores;

namespace KnowledgeGraph.Export.Selection;

/// <summary>
/// An <see cref="ExportSource"/> that reads a node set's nodes and edges from the store page by page while the file is
/// written, holding only the ids: for exports too large to gather as a <see cref="Subgraph"/> first. Nodes come in id
/// order; edges page by page of source ids (each page in the store's contract order: type, source, target, id), so
/// the same graph gives the same bytes on either store.
/// </summary>
public static class StoreExportSource
{
    /// <summary>Ids per store call.</summary>
    public const int PageSize = 1_000;

    public static ExportSource Create(IGraphStore store, IEnumerable<string> nodeIds)
    {
        var ids = nodeIds.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        var set = ids.ToHashSet(StringComparer.Ordinal);
        return new ExportSource(ct => NodesAsync(store, ids, ct), ct => EdgesAsync(store, ids, set, ct));
    }

    private static async IAsyncEnumerable<GraphNode> NodesAsync(IGraphStore store, string[] ids, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var page in ids.Chunk(PageSize))
        {
            foreach (var node in await store.GetNodesAsync(page, cancellationToken))
            {
                yield return node;
            }
        }
    }

    private static async IAsyncEnumerable<GraphEdge> EdgesAsync(
        IGraphStore store, string[] ids, HashSet<string> set, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var page in ids.Chunk(PageSize))
        {
            foreach (var edge in await store.GetEdgesAsync(new EdgeQuery(page, EdgeDirection.Outgoing), cancellationToken))
            {
                if (set.Contains(edge.Target))
                {
                    yield return edge;
                }
            }
        }
    }
}
