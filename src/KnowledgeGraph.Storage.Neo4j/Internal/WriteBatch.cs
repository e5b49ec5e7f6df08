using KnowledgeGraph.Graph.Model;

namespace KnowledgeGraph.Storage.Neo4j.Internal;

/// <summary>
/// The statements that write a batch of cables in one transaction: first everything the stored versions of these
/// cables contributed is removed (their meetings, their relationships, their share of shared nodes), then the new
/// graphs are written with <c>UNWIND $rows</c> statements (one per label and relationship type), and finally the
/// MET edges of every person who attended an old or new meeting of these cables are derived again.
/// <para>Shared nodes, stubs and relationships are merged here across the batch first (one row each, properties
/// merged in cable order exactly as successive writes would, <c>refs</c> = how many of the cables contribute it),
/// so a node that every cable mentions is written once per batch rather than once per cable.</para>
/// </summary>
internal static class WriteBatch
{
    public static IReadOnlyList<CypherStatement> Statements(IReadOnlyList<CableGraph> cables)
    {
        // The same cable twice in one batch: the later version is the one stored (as two writes in a row would leave it).
        var latest = cables.GroupBy(c => c.CableId, StringComparer.Ordinal).Select(g => g.Last()).ToArray();
        var cableIds = latest.Select(c => c.CableId).ToArray();
        var byCables = new Dictionary<string, object?> { ["cables"] = cableIds };
        var own = new Dictionary<NodeKind, List<object?>>();
        var shared = new Dictionary<string, SharedRow>(StringComparer.Ordinal);
        var stubs = new Dictionary<string, int>(StringComparer.Ordinal);
        var edges = new Dictionary<string, EdgeRow>(StringComparer.Ordinal);
        var contributions = new List<object?>();

        foreach (var graph in latest)
        {
            var cable = graph.CableId;
            var contributed = new HashSet<string>(StringComparer.Ordinal);
            foreach (var node in graph.Nodes)
            {
                if (node.Kind == NodeKind.Meeting || (node.Kind == NodeKind.Cable && node.Id == cable))
                {
                    Add(own, node.Kind, new Dictionary<string, object?>
                    {
                        ["id"] = node.Id,
                        ["label"] = node.Label,
                        ["owner"] = cable,
                        ["search"] = node.Kind == NodeKind.Cable ? new[] { node.Id.ToLowerInvariant() } : null,
                        ["props"] = GraphRows.Storable(node.Properties, GraphProperty.Stub, GraphProperty.MentionCount),
                    });
                    continue;
                }

                var first = contributed.Add(node.Id);
                if (node.Kind == NodeKind.Cable)
                {
                    stubs[node.Id] = stubs.GetValueOrDefault(node.Id) + (first ? 1 : 0);
                    continue;
                }

                if (!shared.TryGetValue(node.Id, out var row))
                {
                    shared[node.Id] = row = new SharedRow(node.Kind);
                }

                row.Merge(node, first);
            }

            var edgeIds = new List<string>();
            var edgeStarts = new List<string>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var edge in graph.Edges)
            {
                if (edge.Type == RelationshipType.Met)
                {
                    continue; // derived by the store, never written directly
                }

                var first = seen.Add(edge.Id);
                if (!edges.TryGetValue(edge.Id, out var row))
                {
                    edges[edge.Id] = row = new EdgeRow(edge.Type);
                }

                row.Merge(edge, first);
                if (first)
                {
                    edgeIds.Add(edge.Id);
                    edgeStarts.Add(edge.Source);
                }
            }

            contributions.Add(new Dictionary<string, object?>
            {
                ["cable"] = cable,
                ["nodes"] = contributed.ToArray(),
                ["edgeIds"] = edgeIds.ToArray(),
                ["edgeStarts"] = edgeStarts.ToArray(),
            });
        }

        var statements = new List<CypherStatement>
        {
            new(Cypher.MarkMeetingPersonsStale, byCables),
            new(Cypher.RemoveEdgeSources, byCables),
            new(Cypher.RemoveNodeSources, byCables),
            new(Cypher.DeleteOwnMeetings, byCables),
        };
        foreach (var (kind, rows) in own.OrderBy(p => p.Key))
        {
            statements.Add(Rows(Cypher.UpsertOwnNodes(kind), rows));
        }

        if (stubs.Count > 0)
        {
            statements.Add(Rows(Cypher.MergeStubCables, [.. stubs.Select(p => new Dictionary<string, object?> { ["id"] = p.Key, ["refs"] = p.Value })]));
        }

        foreach (var group in shared.Values.GroupBy(r => r.Kind).OrderBy(g => g.Key))
        {
            statements.Add(Rows(Cypher.MergeSharedNodes(group.Key), [.. group.Select(r => r.ToRow())]));
        }

        foreach (var type in RelationshipType.All)
        {
            List<object?> rows = [.. edges.Values.Where(e => e.Type == type).Select(e => e.ToRow())];
            if (rows.Count > 0)
            {
                statements.Add(Rows(Cypher.MergeEdges(type), rows));
            }
        }

        statements.Add(Rows(Cypher.SaveContributions, contributions));
        statements.Add(new(Cypher.MarkMeetingPersonsStale, byCables));
        statements.Add(new(Cypher.DeleteStaleMet));
        statements.Add(new(Cypher.CreateStaleMet));
        statements.Add(new(Cypher.ClearStale));
        return statements;
    }

    /// <summary>Index of <see cref="Cypher.CreateStaleMet"/>'s result among the statements' results (counted back from the end).</summary>
    public const int MetResultFromEnd = 2;

    private static CypherStatement Rows(string text, List<object?> rows) => new(text, new Dictionary<string, object?> { ["rows"] = rows });

    private static void Add<TKey>(Dictionary<TKey, List<object?>> groups, TKey key, object? row)
        where TKey : notnull
    {
        if (!groups.TryGetValue(key, out var list))
        {
            groups[key] = list = [];
        }

        list.Add(row);
    }

    /// <summary>One shared node across the batch: properties merged key by key (later cable wins), aliases united in order.</summary>
    private sealed class SharedRow(NodeKind kind)
    {
        private readonly Dictionary<string, object?> _props = new(StringComparer.Ordinal);
        private List<string>? _aliases;
        private string _id = "";
        private int _refs;

        public NodeKind Kind { get; } = kind;

        public void Merge(GraphNode node, bool newCable)
        {
            _id = node.Id;
            _refs += newCable ? 1 : 0;
            foreach (var (key, value) in GraphRows.Storable(node.Properties, GraphProperty.MentionCount, GraphProperty.Aliases))
            {
                _props[key] = value;
            }

            if (node.Properties.GetValueOrDefault(GraphProperty.Aliases) is IEnumerable<string> aliases)
            {
                _aliases ??= [];
                foreach (var alias in aliases)
                {
                    if (!_aliases.Contains(alias, StringComparer.Ordinal))
                    {
                        _aliases.Add(alias);
                    }
                }
            }
        }

        public Dictionary<string, object?> ToRow() => new()
        {
            ["id"] = _id,
            ["refs"] = _refs,
            ["aliases"] = _aliases?.ToArray(),
            ["props"] = _props,
        };
    }

    /// <summary>One relationship across the batch: the later cable's properties replace the earlier's (as successive writes do).</summary>
    private sealed class EdgeRow(string type)
    {
        private GraphEdge? _edge;
        private int _refs;

        public string Type { get; } = type;

        public void Merge(GraphEdge edge, bool newCable)
        {
            _edge = edge;
            _refs += newCable ? 1 : 0;
        }

        public Dictionary<string, object?> ToRow() => new()
        {
            ["id"] = _edge!.Id,
            ["source"] = _edge.Source,
            ["target"] = _edge.Target,
            ["refs"] = _refs,
            ["props"] = GraphRows.Storable(_edge.Properties),
        };
    }
}
