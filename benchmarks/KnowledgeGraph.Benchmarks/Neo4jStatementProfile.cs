using System.Diagnostics;
using KnowledgeGraph.Cables;
using KnowledgeGraph.Extraction;
using KnowledgeGraph.Graph.Mapping;
using KnowledgeGraph.Storage.Neo4j;
using KnowledgeGraph.Storage.Neo4j.Internal;
using KnowledgeGraph.Testing;

namespace KnowledgeGraph.Benchmarks;

/// <summary>
/// Times each statement of one write batch on its own (not atomic: a diagnostic, run against a loaded test server):
/// <c>-- neo4j-profile [cables]</c>. Shows which part of the batch write dominates.
/// </summary>
internal static class Neo4jStatementProfile
{
    public static async Task<int> RunAsync(string[] args)
    {
        var count = args.Length > 0 && int.TryParse(args[0], out var n) ? n : 100;
        var cables = new CableReader().Read([SharedData.CablegateHtml!]).OfType<CableParsed>().Select(p => p.Cable).Take(count).ToArray();
        var graphs = cables.AsParallel().AsOrdered().Select(c => CableGraphBuilder.Default.Build(FactExtractor.Default.Extract(c))).ToArray();
        var options = new Neo4jStoreOptions(Neo4jTestServer.Uri, Neo4jTestServer.User, Neo4jTestServer.Password);
        await using (var store = new Neo4jGraphStore(options))
        {
            await store.OpenAsync();
        }

        using var connection = await Neo4jConnection.OpenAsync(options, CancellationToken.None);
        foreach (var statement in WriteBatch.Statements(graphs))
        {
            var watch = Stopwatch.StartNew();
            await connection.RunAsync(statement, CancellationToken.None);
            var rows = statement.Parameters.TryGetValue("rows", out var r) && r is System.Collections.ICollection c ? c.Count : 0;
            Console.WriteLine($"{watch.Elapsed.TotalMilliseconds,9:F0} ms  {rows,6} rows  {statement.Text.Split('\n').Skip(1).FirstOrDefault()?.Trim()} / {statement.Text.Split('\n').Skip(3).FirstOrDefault()?.Trim()}");
        }

        return 0;
    }
}
