using System.Globalization;
using BenchmarkDotNet.Running;
using KnowledgeGraph.Benchmarks;
using KnowledgeGraph.Benchmarks.Api;
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
    case ["api-latency", ..]:
        // GraphQL latency percentiles on an embedded store of CABLES synthetic cables (default 20,000).
        await ApiLatency.RunAsync(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 20_000);
        return 0;
}

// Every benchmark class in this assembly; pick with --filter, e.g. `--filter *Reading*`.
BenchmarkSwitcher.FromAssembly(typeof(ReadingBenchmarks).Assembly).Run(args);
return 0;
