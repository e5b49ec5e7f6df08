using System.Diagnostics;
using KnowledgeGraph.Cables;
using KnowledgeGraph.Extraction;
using KnowledgeGraph.Graph.Mapping;
using KnowledgeGraph.Graph.Stores;
using KnowledgeGraph.Storage.Neo4j;
using KnowledgeGraph.Testing;

namespace KnowledgeGraph.Benchmarks;

/// <summary>
/// Writes the corpus-sized graph (the 1,295 Cablegate pages plus the seed, read and extracted by the product) into
/// the Neo4j test server, timing the store's part on its own: <c>dotnet run -c Release --project benchmarks/KnowledgeGraph.Benchmarks -- neo4j-ingest [batch]</c>
/// with the server started (scripts/neo4j-test-server.sh start). Empties the test server's database first.
/// A single end-to-end run, not a BenchmarkDotNet job: one ingest is the quantity of interest, not a hot loop.
/// </summary>
internal static class Neo4jIngestMeasurement
{
    public static async Task<int> RunAsync(string[] args)
    {
        var batch = args.Length > 0 && int.TryParse(args[0], out var b) ? b : 100;
        if (SharedData.CablegateHtml is not { } html || SharedData.SeedCable is not { } seed)
        {
            Console.Error.WriteLine(SharedData.MissingMessage);
            return 2;
        }

        var total = Stopwatch.StartNew();
        var read = Stopwatch.StartNew();
        var cables = new CableReader().Read([html, seed]).OfType<CableParsed>().Select(p => p.Cable).ToArray();
        read.Stop();
        var extract = Stopwatch.StartNew();
        var graphs = cables.AsParallel().AsOrdered().Select(c => CableGraphBuilder.Default.Build(FactExtractor.Default.Extract(c))).ToArray();
        extract.Stop();

        await Neo4jTestServer.ClearAsync();
        await using var store = new Neo4jGraphStore(new Neo4jStoreOptions(Neo4jTestServer.Uri, Neo4jTestServer.User, Neo4jTestServer.Password));
        var info = await store.OpenAsync();

        var write = Stopwatch.StartNew();
        var summary = WriteSummary.None;
        foreach (var chunk in graphs.Chunk(batch))
        {
            summary = summary.Add(await store.WriteCablesAsync(chunk));
        }

        write.Stop();
        var hashes = Stopwatch.StartNew();
        var stored = await store.GetContentHashesAsync(graphs.Select(g => g.CableId).ToArray());
        hashes.Stop();
        var rewrite = Stopwatch.StartNew();
        foreach (var chunk in graphs.Take(200).Chunk(batch))
        {
            await store.WriteCablesAsync(chunk);
        }

        rewrite.Stop();
        var counts = await store.GetCountsAsync();
        total.Stop();

        Console.WriteLine($"store            {info.Version} at {info.Location} via {store.Protocol}");
        Console.WriteLine($"cables           {graphs.Length} ({graphs.Sum(g => g.Nodes.Count)} nodes, {graphs.Sum(g => g.Edges.Count)} edges in their graphs)");
        Console.WriteLine($"read             {read.Elapsed.TotalSeconds,8:F1} s");
        Console.WriteLine($"extract+map      {extract.Elapsed.TotalSeconds,8:F1} s");
        Console.WriteLine($"write (batch {batch}) {write.Elapsed.TotalSeconds,8:F1} s  = {graphs.Length / write.Elapsed.TotalSeconds:F0} cables/s; written: {summary}");
        Console.WriteLine($"content hashes   {hashes.Elapsed.TotalSeconds,8:F1} s  ({stored.Count} stored)");
        Console.WriteLine($"rewrite 200      {rewrite.Elapsed.TotalSeconds,8:F1} s");
        Console.WriteLine($"end to end       {total.Elapsed.TotalSeconds,8:F1} s");
        Console.WriteLine("nodes            " + string.Join(", ", counts.Nodes.Select(p => $"{p.Key} {p.Value}")));
        Console.WriteLine("relationships    " + string.Join(", ", counts.Relationships.Select(p => $"{p.Key} {p.Value}")));
        return 0;
    }

}
