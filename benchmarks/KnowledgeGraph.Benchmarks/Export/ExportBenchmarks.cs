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
        var subgraph = (await new SubgraphExport(store).SelectAsync(selection)).Subgraph;
        await SubgraphExport.WriteAsync(subgraph, Format, Stream.Null);
    }
}
