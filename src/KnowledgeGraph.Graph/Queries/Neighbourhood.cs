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
    /// <summary>Upper bound on edges read per level, so that a hub (a country mentioned by 100k cables) cannot exhaust memory.</summary>
    public const int MaxEdgesPerLevel = 50_000;

    /// <summary>
    /// Nodes within <paramref name="depth"/> hops of <paramref name="seedIds"/> (at most <paramref name="limit"/> nodes,
    /// nearest first, ties by id) and every edge among them that the filter keeps. Nodes are ordered by distance
    /// then id; edges by id. Unknown seed ids are ignored.
    /// </summary>
    public async Task<Subgraph> GetAsync(
        IReadOnlyCollection<string> seedIds,
        int depth,
        int limit,
        NeighbourhoodFilter? filter = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(depth);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        filter ??= NeighbourhoodFilter.None;

        var seeds = await store.GetNodesAsync(seedIds.Distinct(StringComparer.Ordinal).ToList(), cancellationToken);
        var kept = new Dictionary<string, GraphNode>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var seed in seeds.Take(limit))
        {
            kept[seed.Id] = seed;
            order.Add(seed.Id);
        }

        var edges = new Dictionary<string, GraphEdge>(StringComparer.Ordinal);
        var frontier = order.ToList();
        for (var level = 0; level < depth && frontier.Count > 0 && kept.Count < limit; level++)
        {
            var levelEdges = await ReadEdgesAsync(frontier, filter, cancellationToken);
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
                    break;
                }

                kept[node.Id] = node;
                order.Add(node.Id);
                frontier.Add(node.Id);
            }
        }

        // Edges among the outermost ring were not read yet: one more call so the picture is complete.
        if (frontier.Count > 0 && depth > 0)
        {
            foreach (var edge in await ReadEdgesAsync(frontier, filter, cancellationToken))
            {
                edges.TryAdd(edge.Id, edge);
            }
        }

        var keptEdges = edges.Values
            .Where(e => kept.ContainsKey(e.Source) && kept.ContainsKey(e.Target))
            .OrderBy(e => e.Id, StringComparer.Ordinal)
            .ToList();
        return new Subgraph(order.Select(id => kept[id]).ToList(), keptEdges);
    }

    private async Task<IReadOnlyList<GraphEdge>> ReadEdgesAsync(List<string> nodeIds, NeighbourhoodFilter filter, CancellationToken cancellationToken)
    {
        var types = filter.RelationshipTypes is { Count: > 0 } t ? t : null;
        var found = await store.GetEdgesAsync(new EdgeQuery(nodeIds, EdgeDirection.Both, types, MaxEdgesPerLevel), cancellationToken);
        return found.Where(filter.Keeps).ToList();
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
