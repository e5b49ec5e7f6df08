using System.Text;
using System.Text.Json;
using KnowledgeGraph.Export.Tests.Support;
using KnowledgeGraph.Testing;

namespace KnowledgeGraph.Export.Tests.Writers;

/// <summary>The Cypher script run against the real Neo4j test server (3.1.1), statement by statement over HTTP.</summary>
public sealed class CypherScriptNeo4jTests
{
    [Neo4jFact]
    public async Task Script_recreates_the_subgraph_and_running_it_again_changes_nothing()
    {
        var graph = SampleGraph.Create();
        var script = Encoding.UTF8.GetString(await Exports.ToBytesAsync(ExportFormat.Cypher, graph));
        var statements = script.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => !l.StartsWith("//", StringComparison.Ordinal)).ToArray();

        await using var lease = await Neo4jTestServer.AcquireAsync();
        for (var run = 0; run < 2; run++)
        {
            foreach (var statement in statements)
            {
                (await Neo4jTestServer.RunAsync(statement.TrimEnd(';'))).Dispose();
            }
        }

        using var nodes = await Neo4jTestServer.RunAsync("MATCH (n) RETURN n.id, labels(n), n ORDER BY n.id");
        var nodeRows = Rows(nodes).ToDictionary(r => r[0].GetString()!);
        Assert.Equal(graph.Nodes.Count, nodeRows.Count);
        foreach (var node in graph.Nodes)
        {
            var row = nodeRows[node.Id];
            Assert.Equal(node.Kind.ToString(), Assert.Single(row[1].EnumerateArray()).GetString());
            var expected = node.Properties.ToDictionary(p => p.Key, p => p.Value);
            expected["id"] = node.Id;
            Same(expected, row[2], node.Id);
        }

        using var edges = await Neo4jTestServer.RunAsync("MATCH (a)-[r]->(b) RETURN r.id, type(r), a.id, b.id, r ORDER BY r.id");
        var edgeRows = Rows(edges).ToDictionary(r => r[0].GetString()!);
        Assert.Equal(graph.Edges.Count, edgeRows.Count);
        foreach (var edge in graph.Edges)
        {
            var row = edgeRows[edge.Id];
            Assert.Equal((edge.Type, edge.Source, edge.Target), (row[1].GetString(), row[2].GetString(), row[3].GetString()));
            var expected = edge.Properties.ToDictionary(p => p.Key, p => p.Value);
            expected["id"] = edge.Id;
            Same(expected, row[4], edge.Id);
        }
    }

    private static IEnumerable<JsonElement[]> Rows(JsonDocument result) =>
        result.RootElement.GetProperty("results")[0].GetProperty("data").EnumerateArray().Select(d => d.GetProperty("row").EnumerateArray().ToArray());

    private static void Same(Dictionary<string, object?> expected, JsonElement actual, string what)
    {
        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), actual.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        foreach (var (name, value) in expected)
        {
            var element = actual.GetProperty(name);
            switch (value)
            {
                case string s:
                    Assert.True(s.Replace('\ud800', '\uFFFD') == element.GetString(), $"{what}.{name}: {JsonSerializer.Serialize(s)} read as {element}");
                    break;
                case long l:
                    Assert.Equal(l, element.GetInt64());
                    break;
                case double d:
                    Assert.Equal(d, element.GetDouble());
                    break;
                case bool b:
                    Assert.Equal(b, element.GetBoolean());
                    break;
                case string[] items:
                    Assert.Equal(items, element.EnumerateArray().Select(e => e.GetString()!));
                    break;
                case long[] items:
                    Assert.Equal(items, element.EnumerateArray().Select(e => e.GetInt64()));
                    break;
                default:
                    throw new NotSupportedException(value?.GetType().Name);
            }
        }
    }
}
