using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using KnowledgeGraph.Cables;
using KnowledgeGraph.Extraction;
using KnowledgeGraph.Graph.Mapping;
using KnowledgeGraph.Storage.Neo4j;
using KnowledgeGraph.Storage.Neo4j.Internal;
using KnowledgeGraph.Testing;

namespace KnowledgeGraph.Benchmarks;

/// <summary>
/// Times each statement of one write batch on its own (not atomic: a diagnostic, run against the test server) and
/// prints the operators of its PROFILE plan, flagging label and all-node scans: <c>-- neo4j-profile [cables]</c>.
/// Shows which part of the batch write dominates and that every lookup uses the id constraint or an index.
/// </summary>
internal static class Neo4jStatementProfile
{
    private static readonly string[] Scans = ["NodeByLabelScan", "AllNodesScan"];

    public static async Task<int> RunAsync(string[] args)
    {
        var count = args.Length > 0 && int.TryParse(args[0], out var n) ? n : 100;
        var cables = new CableReader().Read([SharedData.CablegateHtml!]).OfType<CableParsed>().Select(p => p.Cable).Take(count).ToArray();
        var graphs = cables.AsParallel().AsOrdered().Select(c => CableGraphBuilder.Default.Build(FactExtractor.Default.Extract(c))).ToArray();
        var options = new Neo4jStoreOptions(Neo4jTestServer.Uri, Neo4jTestServer.User, Neo4jTestServer.Password);
        await using (var store = new Neo4jGraphStore(options))
        {
            await store.OpenAsync(); // creates the constraints and indexes
        }

        using var http = new HttpClient { BaseAddress = Neo4jTestServer.Uri, Timeout = TimeSpan.FromMinutes(10) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(
            "Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{Neo4jTestServer.User}:{Neo4jTestServer.Password}")));
        var scans = 0;
        foreach (var statement in WriteBatch.Statements(graphs))
        {
            var watch = Stopwatch.StartNew();
            var body = JsonSerializer.Serialize(new { statements = new[] { new { statement = "PROFILE " + statement.Text, parameters = statement.Parameters } } });
            using var response = await http.PostAsync("db/data/transaction/commit", new StringContent(body, Encoding.UTF8, "application/json"));
            using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            watch.Stop();
            var rows = statement.Parameters.TryGetValue("rows", out var r) && r is System.Collections.ICollection c ? c.Count : 0;
            Console.WriteLine($"{watch.Elapsed.TotalMilliseconds,9:F0} ms  {rows,6} rows  {statement.Text.Split('\n').Skip(1).FirstOrDefault()?.Trim()} / {statement.Text.Split('\n').Skip(3).FirstOrDefault()?.Trim()}");
            foreach (var error in json.RootElement.GetProperty("errors").EnumerateArray())
            {
                Console.WriteLine("           error: " + error);
            }

            var operators = new List<string>();
            foreach (var result in json.RootElement.GetProperty("results").EnumerateArray())
            {
                if (result.TryGetProperty("plan", out var plan) && plan.TryGetProperty("root", out var root))
                {
                    Collect(root, operators);
                }
            }

            scans += operators.Count(o => Scans.Any(o.StartsWith));
            Console.WriteLine("           " + string.Join(" < ", operators));
        }

        Console.WriteLine(scans == 0 ? "no label or all-node scans" : $"{scans} label/all-node scans (only the KgMetStale bookkeeping label is expected)");
        return 0;
    }

    private static void Collect(JsonElement op, List<string> operators)
    {
        var name = op.GetProperty("operatorType").GetString() ?? "?";
        var hits = op.TryGetProperty("DbHits", out var h) ? $"({h} hits)" : "";
        var identifiers = op.TryGetProperty("LabelName", out var label) ? $"[{label}]" : op.TryGetProperty("Index", out var index) ? $"[{index}]" : "";
        operators.Add(name + identifiers + hits);
        if (op.TryGetProperty("children", out var children))
        {
            foreach (var child in children.EnumerateArray())
            {
                Collect(child, operators);
            }
        }
    }
}
