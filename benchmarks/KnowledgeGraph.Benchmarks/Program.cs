using BenchmarkDotNet.Running;
using KnowledgeGraph.Benchmarks;
using KnowledgeGraph.Benchmarks.Export;

// Measurement tools that are not BenchmarkDotNet benchmarks (they time one long end-to-end run).
switch (args)
{
    case ["neo4j-ingest", ..]:
        return await Neo4jIngestMeasurement.RunAsync(args[1..]);
    case ["neo4j-profile", ..]:
        return await Neo4jStatementProfile.RunAsync(args[1..]);
    case ["export-sizes"]:
        await ExportBenchmarks.PrintSizesAsync();
        return 0;
}

// Every benchmark class in this assembly; pick with --filter, e.g. `--filter *Reading*`.
BenchmarkSwitcher.FromAssembly(typeof(ReadingBenchmarks).Assembly).Run(args);
return 0;
