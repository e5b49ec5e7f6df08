using BenchmarkDotNet.Attributes;
using KnowledgeGraph.Export;
using KnowledgeGraph.Export.Selection;
using KnowledgeGraph.Graph.Stores;
using KnowledgeGraph.Storage.Sqlite;

namespace KnowledgeGraph.Benchmarks.Export;

/// <summary>
/// Exporting a ~100k-relationship subgraph from the embedded store, per format: <see cref="StreamFromStore"/> pages the
/// nodes and relationships out of SQLite while writing; <see cref="SelectAndWrite"/> is what <c>kg export --from 2007
/// --to 2009</c> does (the meetings of the range and their neighbourhood, through the GraphQL query services, then written).
/// Output goes to <see cref="Stream.Null"/> so the disk is not measured.
/// </summary>
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 3)]
[MemoryDiagnoser]
public class ExportBenchmarks
{
    private SqliteGraphStore store = null!;
    private string[] nodeIds = [];

    [Params(ExportFormat.GraphMl, ExportFormat.Gexf, ExportFormat.Csv, ExportFormat.Json, ExportFormat.Cytoscape, ExportFormat.Cypher)]
    public ExportFormat Format { get; set; }

    [GlobalSetup]
    public async Task SetupAsync()
    {
        store = await ExportCorpus.OpenAsync();
        nodeIds = await ExportCorpus.AllNodeIdsAsync(store);
    }

    [GlobalCleanup]
    public async Task CleanupAsync() => await store.DisposeAsync();

    [Benchmark]
    public Task StreamFromStore() => GraphExporters.For(Format).WriteAsync(StoreExportSource.Create(store, nodeIds), Stream.Null);

    [Benchmark]
    public async Task SelectAndWrite()
    {
        var selection = new SubgraphSelection([], Depth: 1, From: new DateOnly(2007, 1, 1), To: new DateOnly(2009, 12, 31));
        var subgraph = await new SubgraphExport(store).SelectAsync(selection);
        await SubgraphExport.WriteAsync(subgraph, Format, Stream.Null);
    }

    /// <summary>
    /// Sizes and single-run timings (Stopwatch; BenchmarkDotNet gives the real figures): the whole store read into
    /// memory, then each format written from memory and streamed from the store.
    /// </summary>
    public static async Task PrintSizesAsync()
    {
        await using var store = await ExportCorpus.OpenAsync();
        var counts = await store.GetCountsAsync();
        Console.WriteLine($"store: {counts.Nodes.Values.Sum()} nodes, {counts.Relationships.Values.Sum()} relationships");
        var ids = await ExportCorpus.AllNodeIdsAsync(store);
        var source = StoreExportSource.Create(store, ids);
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var subgraph = new KnowledgeGraph.Graph.Model.Subgraph(await source.Nodes().ToListAsync(), await source.Edges().ToListAsync());
        Console.WriteLine($"read from the store: {subgraph.Nodes.Count} nodes, {subgraph.Edges.Count} relationships in {watch.ElapsedMilliseconds} ms");
        foreach (var format in Enum.GetValues<ExportFormat>())
        {
            var counter = new MemoryStream();
            watch.Restart();
            await SubgraphExport.WriteAsync(subgraph, format, counter);
            var fromMemory = watch.ElapsedMilliseconds;
            watch.Restart();
            await GraphExporters.For(format).WriteAsync(StoreExportSource.Create(store, ids), Stream.Null);
            Console.WriteLine($"  {format}: {counter.Length / 1024 / 1024.0:F1} MiB; written from memory in {fromMemory} ms, streamed from the store in {watch.ElapsedMilliseconds} ms");
        }
    }
}
