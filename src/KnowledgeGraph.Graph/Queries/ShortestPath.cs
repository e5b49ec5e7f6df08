using KnowledgeGraph.Graph.Model;
using KnowledgeGraph.Graph.Stores;

namespace KnowledgeGraph.Graph.Queries;

/// <summary>
/// Shortest path between two nodes by bidirectional breadth-first search over
/// <see cref="IGraphStore.GetEdgesAsync"/>: each step expands the smaller side by one whole level in one
/// store call. Lives here rather than in Cypher because Neo4j 3.1's <c>shortestPath</c> fails on Java 17
/// and both stores must answer alike. Ties are broken by the store's edge order and by node id, so the
/// same graph always gives the same path.
/// </summary>
public sealed class ShortestPath(IGraphStore store)
{
    /// <summary>Nodes a search may visit before giving up (hubs such as countries touch most of the graph).</summary>
    public const int MaxVisited = 200_000;

    /// <summary>
    /// The path from <paramref name="fromId"/> to <paramref name="toId"/> of at most <paramref name="maxHops"/>
    /// edges, following only <paramref name="via"/> relationship types when given (edges in either direction).
    /// Nodes and edges come in path order. Null when there is none within reach.
    /// </summary>
    public async Task<Subgraph?> FindAsync(
        string fromId,
        string toId,
        int maxHops,
        IReadOnlyCollection<string>? via = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxHops);
        var ends = await store.GetNodesAsync([fromId, toId], cancellationToken);
        if (ends.All(n => n.Id != fromId) || ends.All(n => n.Id != toId))
        {
            return null;
        }

        if (fromId == toId)
        {
            return new Subgraph([ends[0]], []);
        }

        var types = via is { Count: > 0 } ? via : null;
        var forward = new Side(fromId);
        var backward = new Side(toId);
        while (forward.Depth + backward.Depth < maxHops && forward.Frontier.Count > 0 && backward.Frontier.Count > 0)
        {
            var (near, far) = forward.Frontier.Count <= backward.Frontier.Count ? (forward, backward) : (backward, forward);
            var edges = await store.GetEdgesAsync(new EdgeQuery(near.Frontier, EdgeDirection.Both, types), cancellationToken);
            var next = new List<string>();
            foreach (var edge in edges)
            {
                foreach (var (here, there) in new[] { (edge.Source, edge.Target), (edge.Target, edge.Source) })
                {
                    if (near.Level.Contains(here) && !near.Parent.ContainsKey(there))
                    {
                        near.Parent[there] = (here, edge);
                        next.Add(there);
                    }
                }
            }

            near.Depth++;
            near.Frontier = next;
            near.Level = next.ToHashSet(StringComparer.Ordinal);

            // The meeting node closest to both ends, ties by id: deterministic whichever side expanded.
            var meet = next.Where(far.Parent.ContainsKey)
                .OrderBy(id => far.DistanceOf(id))
                .ThenBy(id => id, StringComparer.Ordinal)
                .FirstOrDefault();
            if (meet is not null)
            {
                return await BuildAsync(forward, backward, meet, cancellationToken);
            }

            if (forward.Parent.Count + backward.Parent.Count > MaxVisited)
            {
                return null;
            }
        }

        return null;
    }

    private async Task<Subgraph> BuildAsync(Side forward, Side backward, string meet, CancellationToken cancellationToken)
    {
        var ids = new List<string>();
        var edges = new List<GraphEdge>();
        for (var id = meet; forward.Parent[id] is { Edge: { } edge } step; id = step.Previous)
        {
            ids.Insert(0, step.Previous);
            edges.Insert(0, edge);
        }

        ids.Add(meet);
        for (var id = meet; backward.Parent[id] is { Edge: { } edge } step; id = step.Previous)
        {
            ids.Add(step.Previous);
            edges.Add(edge);
        }

        var nodes = await store.GetNodesAsync(ids, cancellationToken);
        return new Subgraph(nodes, edges);
    }

    /// <summary>One end of the search: parents of every reached node, and the current outermost level.</summary>
    private sealed class Side
    {
        public Side(string start)
        {
            Parent = new Dictionary<string, (string Previous, GraphEdge? Edge)>(StringComparer.Ordinal) { [start] = (start, null) };
            Frontier = [start];
            Level = [start];
        }

        public Dictionary<string, (string Previous, GraphEdge? Edge)> Parent { get; }

        public List<string> Frontier { get; set; }

        public HashSet<string> Level { get; set; }

        public int Depth { get; set; }

        public int DistanceOf(string id)
        {
            var distance = 0;
            for (var at = id; Parent[at].Edge is not null; at = Parent[at].Previous)
            {
                distance++;
            }

            return distance;
        }
    }
}
