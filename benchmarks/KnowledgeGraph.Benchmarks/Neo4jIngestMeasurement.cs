using System.Diagnostics;
using System.Globalization;
using KnowledgeGraph.Cables;
using KnowledgeGraph.Extraction;
using KnowledgeGraph.Graph.Ingest;
using KnowledgeGraph.Graph.Mapping;
using KnowledgeGraph.Graph.Stores;
using KnowledgeGraph.Storage.Neo4j;
using KnowledgeGraph.Testing;

namespace KnowledgeGraph.Benchmarks;

/// <summary>
/// Ingests the corpus (the 1,295 Cablegate pages plus the seed) into the Neo4j test server with the product's own
/// pipeline (reader → extraction → store, as <c>kg ingest</c> does), then again unchanged (skipped by content hash),
/// then forces a rewrite of 200 stored cables through the store alone:
/// <c>dotnet run -c Release --project benchmarks/KnowledgeGraph.Benchmarks -- neo4j-ingest [batch] [parallel]</c>
/// with the server started (scripts/neo4j-test-server.sh start). Takes the test server's lease and empties its database first.
/// Every phase prints wall time, this process's CPU time, and the server's CPU time (the test server's JVM, read from
/// /proc), because wall time means little on a shared machine. Single runs, not BenchmarkDotNet jobs.
/// </summary>
internal static class Neo4jIngestMeasurement
{
    public static async Task<int> RunAsync(string[] args)
    {
        var batch = args.Length > 0 && int.TryParse(args[0], out var b) ? b : 250;
        var parallel = args.Length > 1 && int.TryParse(args[1], out var p) ? p : 0;
        if (SharedData.CablegateHtml is not { } html || SharedData.SeedCable is not { } seed)
        {
            Console.Error.WriteLine(SharedData.MissingMessage);
            return 2;
        }

        string[] inputs = [html, seed];
        await using var lease = await Neo4jTestServer.AcquireAsync(); // waits for tests using the server, then empties it
        await using var store = new Neo4jGraphStore(new Neo4jStoreOptions(Neo4jTestServer.Uri, Neo4jTestServer.User, Neo4jTestServer.Password));
        var info = await store.OpenAsync();
        Console.WriteLine($"store            {info.Version} at {info.Location} via {store.Protocol}; batch {batch}");
        var server = ServerProcess();

        var options = new IngestOptions(parallel, batch);
        var pipeline = new IngestPipeline(store, FactExtractor.Default.Extract);
        var first = await Measure(server, () => pipeline.RunAsync(new CableReader().Read(inputs), options));
        Print("first ingest", first, $"{first.Value.New} new, {first.Value.Rejected} rejected; {first.Value.Nodes:N0} nodes, {first.Value.Relationships:N0} relationships written");
        var again = await Measure(server, () => pipeline.RunAsync(new CableReader().Read(inputs), options));
        Print("re-ingest", again, $"{again.Value.Unchanged} unchanged, {again.Value.Written} written");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"re-ingest speed-up {first.Wall.TotalSeconds / again.Wall.TotalSeconds:0.0}x wall, {first.Cpu.TotalSeconds / again.Cpu.TotalSeconds:0.0}x CPU"));

        var graphs = new CableReader().Read([html]).OfType<CableParsed>().Take(200)
            .Select(c => CableGraphBuilder.Default.Build(FactExtractor.Default.Extract(c.Cable))).ToArray();
        var rewrite = await Measure(server, async () =>
        {
            var summary = WriteSummary.None;
            foreach (var chunk in graphs.Chunk(batch))
            {
                summary = summary.Add(await store.WriteCablesAsync(chunk));
            }

            return summary;
        });
        Print("rewrite 200", rewrite, "store writes only (each cable replaces its stored facts)");

        var counts = await store.GetCountsAsync();
        Console.WriteLine("nodes            " + string.Join(", ", counts.Nodes.Select(c => $"{c.Key} {c.Value}")));
        Console.WriteLine("relationships    " + string.Join(", ", counts.Relationships.Select(c => $"{c.Key} {c.Value}")));
        return first.Value.Error is null ? 0 : 1;
    }

    private sealed record Measured<T>(T Value, TimeSpan Wall, TimeSpan Cpu, TimeSpan? ServerCpu);

    private static async Task<Measured<T>> Measure<T>(int? server, Func<Task<T>> run)
    {
        GC.Collect();
        var serverBefore = ServerCpu(server);
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var wall = Stopwatch.StartNew();
        var value = await run();
        wall.Stop();
        var serverAfter = ServerCpu(server);
        return new Measured<T>(value, wall.Elapsed, Process.GetCurrentProcess().TotalProcessorTime - cpu, serverAfter - serverBefore);
    }

    private static void Print<T>(string what, Measured<T> m, string detail) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{what,-16} {m.Wall.TotalSeconds,7:0.0} s wall, {m.Cpu.TotalSeconds,6:0.0} s CPU (kg), {(m.ServerCpu is { } s ? $"{s.TotalSeconds,6:0.0} s" : "   n/a")} CPU (Neo4j server); {detail}"));

    /// <summary>The test server's JVM, from the pid file of scripts/neo4j-test-server.sh (null when not found).</summary>
    private static int? ServerProcess()
    {
        var state = Path.Combine(SharedData.RepositoryRoot, ".tools", "neo4j", "instance");
        var pidFile = File.Exists(state) ? Path.Combine(File.ReadAllText(state).Trim(), "run", "neo4j.pid") : null;
        return pidFile is not null && File.Exists(pidFile) && int.TryParse(File.ReadAllText(pidFile).Trim(), out var pid) ? pid : null;
    }

    /// <summary>User + system CPU of a process from /proc/PID/stat (Linux; clock ticks of 1/100 s).</summary>
    private static TimeSpan? ServerCpu(int? pid)
    {
        var path = $"/proc/{pid}/stat";
        if (pid is null || !File.Exists(path))
        {
            return null;
        }

        var text = File.ReadAllText(path);
        var fields = text[(text.LastIndexOf(')') + 2)..].Split(' ');
        return TimeSpan.FromSeconds((long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture)) / 100.0);
    }
}
