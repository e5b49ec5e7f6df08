using KnowledgeGraph.Graph.Model;

namespace KnowledgeGraph.Storage.Neo4j.Internal;

/// <summary>
/// The statements that write a batch of cables in one transaction: first everything the stored versions of these
/// cables contributed is removed (their meetings, their relationships, their share of shared nodes), then the new
/// graphs are written with <c>UNWIND $rows</c> statements (one per label and relationship type), and finally the
/// MET edges of every person who attended an old or new meeting of these cables are derived again.
/// </summary>
internal static class WriteBatch
{
    public static IReadOnlyList<CypherStatement> Statements(IReadOnlyList<CableGraph> cables)
    {
        var cableIds = cables.Select(c => c.CableId).Distinct(StringComparer.Ordinal).ToArray();
        var byCables = new Dictionary<string, object?> { ["cables"] = cableIds };
        var own = new Dictionary<NodeKind, List<object?>>();
        var shared = new Dictionary<NodeKind, List<object?>>();
        var stubs = new List<object?>();
        var edges = new Dictionary<string, List<object?>>(StringComparer.Ordinal);
        var contributions = new List<object?>();

        foreach (var graph in cables)
        {
            var cable = graph.CableId;
            var contributed = new List<string>();
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

                contributed.Add(node.Id);
                if (node.Kind == NodeKind.Cable)
                {
                    stubs.Add(new Dictionary<string, object?> { ["id"] = node.Id, ["cable"] = cable });
                }
                else
                {
                    Add(shared, node.Kind, new Dictionary<string, object?>
                    {
                        ["id"] = node.Id,
                        ["cable"] = cable,
                        ["aliases"] = node.Properties.GetValueOrDefault(GraphProperty.Aliases),
                        ["props"] = GraphRows.Storable(node.Properties, GraphProperty.MentionCount, GraphProperty.Aliases),
                    });
                }
            }

            var edgeIds = new List<string>();
            var edgeStarts = new List<string>();
            foreach (var edge in graph.Edges)
            {
                if (edge.Type == RelationshipType.Met)
                {
                    continue; // derived by the store, never written directly
                }

                Add(edges, edge.Type, new Dictionary<string, object?>
                {
                    ["id"] = edge.Id,
                    ["source"] = edge.Source,
                    ["target"] = edge.Target,
                    ["cable"] = cable,
                    ["props"] = GraphRows.Storable(edge.Properties),
                });
                edgeIds.Add(edge.Id);
                edgeStarts.Add(edge.Source);
            }

            contributions.Add(new Dictionary<string, object?>
            {
                ["cable"] = cable,
                ["nodes"] = contributed.Distinct(StringComparer.Ordinal).ToArray(),
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
            statements.Add(Rows(Cypher.MergeStubCables, stubs));
        }

        foreach (var (kind, rows) in shared.OrderBy(p => p.Key))
        {
            statements.Add(Rows(Cypher.MergeSharedNodes(kind), rows));
        }

        foreach (var type in RelationshipType.All)
        {
            if (edges.TryGetValue(type, out var rows))
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
}
