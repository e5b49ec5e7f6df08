using KnowledgeGraph.Graph.Model;
using KnowledgeGraph.Graph.Stores;

namespace KnowledgeGraph.Graph.Queries;

/// <summary>
/// The neighbourhood of some seed nodes: breadth-first over <see cref="IGraphStore.GetEdgesAsync"/>,
/// one store call per level for the edges and one for the new nodes (never one per node), so every
/// store gives the same answer. Used by the GraphQL <c>neighborhood</c> field and by subgraph export.
/// </summary>
public sealed class Neighbourhood(IGraphStore store)
{
    /// <summary>
    /// Default upper bound on edges read per level (the GraphQL <c>neighborhood</c> field), so that a hub (a country
    /// mentioned by 100k cables) cannot exhaust memory. Export passes its own, larger cap.
    /// </summary>
    public const int DefaultMaxEdgesPerLevel = 50_000;

    /// <summary>
    /// Nodes within <paramref name="depth"/> hops of <paramref name="seedIds"/> (at most <paramref name="limit"/> nodes,
    /// nearest first, ties by id) and every edge among them that the filter keeps. Nodes are ordered by distance
    /// then id; edges by id. Unknown seed ids are ignored. At most <see cref="DefaultMaxEdgesPerLevel"/> edges are read per level.
    /// </summary>
    public async Task<Subgraph> GetAsync(
        IReadOnlyCollection<string> seedIds,
        int depth,
        int limit,
        NeighbourhoodFilter? filter = null,
        CancellationToken cancellationToken = default) =>
        (await SelectAsync(seedIds, depth, limit, DefaultMaxEdgesPerLevel, filter, cancellationToken)).Subgraph;

    /// <summary>
    /// As <see cref="GetAsync"/>, reading at most <paramref name="maxEdgesPerLevel"/> edges per level, and saying whether
    /// the node limit or the edge cap cut the neighbourhood short.
    /// </summary>
    public async Task<NeighbourhoodResult> SelectAsync(
        IReadOnlyCollection<string> seedIds,
        int depth,
        int limit,
        int maxEdgesPerLevel,
        NeighbourhoodFilter? filter = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(depth);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxEdgesPerLevel);
        filter ??= NeighbourhoodFilter.None;
        var nodeLimitReached = false;
        int? cappedLevel = null;

        var seeds = await store.GetNodesAsync(seedIds.Distinct(StringComparer.Ordinal).ToList(), cancellationToken);
        var kept = new Dictionary<string, GraphNode>(StringComparer.Ordinal);
        var order = new List<string>();
        nodeLimitReached = seeds.Count > limit;
        foreach (var seed in seeds.Take(limit))
        {
            kept[seed.Id] = seed;
            order.Add(seed.Id);
        }

        var edges = new Dictionary<string, GraphEdge>(StringComparer.Ordinal);
        var frontier = order.ToList();
        for (var level = 0; level < depth && frontier.Count > 0 && kept.Count < limit; level++)
        {
            var (levelEdges, capped) = await ReadEdgesAsync(frontier, EdgeDirection.Both, filter, maxEdgesPerLevel, cancellationToken);
            cappedLevel ??= capped ? level + 1 : null;
            var candidates = new SortedSet<string>(StringComparer.Ordinal);
            foreach (var edge in levelEdges)
            {
                edges.TryAdd(edge.Id, edge);
                if (!kept.ContainsKey(edge.Source))
                {
                    candidates.Add(edge.Source);
                }

                if (!kept.ContainsKey(edge.Target))
                {
                    candidates.Add(edge.Target);
                }
            }

            var nodes = await store.GetNodesAsync(candidates, cancellationToken);
            var accepted = nodes.Where(filter.Keeps).ToList();
            accepted = await KeepOnTopicAsync(accepted, filter, cancellationToken);
            frontier = [];
            foreach (var node in accepted.OrderBy(n => n.Id, StringComparer.Ordinal))
            {
                if (kept.Count >= limit)
                {
                    nodeLimitReached = true;
                    break;
                }

                kept[node.Id] = node;
                order.Add(node.Id);
                frontier.Add(node.Id);
            }
        }

        // Edges among the outermost ring were not read yet (its edges to inner rings were, from their side): one more
        // call, outgoing only, since an edge between two ring nodes leaves one of them.
        if (frontier.Count > 0 && depth > 0)
        {
            var (ringEdges, capped) = await ReadEdgesAsync(frontier, EdgeDirection.Outgoing, filter, maxEdgesPerLevel, cancellationToken);
            cappedLevel ??= capped ? depth + 1 : null;
            foreach (var edge in ringEdges)
            {
                edges.TryAdd(edge.Id, edge);
            }
        }

        var keptEdges = edges.Values
            .Where(e => kept.ContainsKey(e.Source) && kept.ContainsKey(e.Target))
            .OrderBy(e => e.Id, StringComparer.Ordinal)
            .ToList();
        return new NeighbourhoodResult(new Subgraph(order.Select(id => kept[id]).ToList(), keptEdges), nodeLimitReached, cappedLevel);
    }

    /// <summary>The filtered edges of the nodes, and whether the cap was reached (so some were not read).</summary>
    private async Task<(List<GraphEdge> Edges, bool Capped)> ReadEdgesAsync(
        List<string> nodeIds, EdgeDirection direction, NeighbourhoodFilter filter, int cap, CancellationToken cancellationToken)
    {
        var types = filter.RelationshipTypes is { Count: > 0 } t ? t : null;
        var found = await store.GetEdgesAsync(new EdgeQuery(nodeIds, direction, types, cap), cancellationToken);
        return (found.Where(filter.Keeps).ToList(), found.Count >= cap);
    }

    /// <summary>With a topic filter, a meeting stays only when it is ABOUT the topic (one store call for all of them).</summary>
    private async Task<List<GraphNode>> KeepOnTopicAsync(List<GraphNode> nodes, NeighbourhoodFilter filter, CancellationToken cancellationToken)
    {
        if (filter.Topic is not { } topic)
        {
            return nodes;
        }

        var meetings = nodes.Where(n => n.Kind == NodeKind.Meeting).Select(n => n.Id).ToList();
        if (meetings.Count == 0)
        {
            return nodes;
        }

        var about = await store.GetEdgesAsync(new EdgeQuery(meetings, EdgeDirection.Outgoing, [RelationshipType.About]), cancellationToken);
        var onTopic = about.Where(e => e.Target == topic).Select(e => e.Source).ToHashSet(StringComparer.Ordinal);
        return nodes.Where(n => n.Kind != NodeKind.Meeting || onTopic.Contains(n.Id)).ToList();
    }
}
