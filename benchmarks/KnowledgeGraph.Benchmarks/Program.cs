using System.Globalization;
using BenchmarkDotNet.Running;
using KnowledgeGraph.Benchmarks;
using KnowledgeGraph.Benchmarks.Api;
using KnowledgeGraph.Benchmarks.Export;
using KnowledgeGraph.Benchmarks.Ingest;

// Measurement tools that are not BenchmarkDotNet benchmarks (they time one long end-to-end run):
//   ingest-corpus [--parallel N]                      seed + Cablegate into SQLite, then re-ingest
//   ingest-synthetic N… [--parallel N] [--keep DIR]   synthetic corpora of N cables (e.g. 10000 50000 250000);
//                                                     --keep DIR keeps each database as DIR/synth-{N/1000}k.db
//   synthesize-store N… -o DIR [--resume]            store writes only: real cable graphs renamed, kept as DIR/synth-{N/1000}k.db
//   generate --from DIR --count N -o DIR              write a synthetic cables.csv recombined from DIR
//   api-latency [CABLES] [--db PATH] [--requests N]   GraphQL latency percentiles in process (synthetic store of
//                                                     CABLES, default 20,000, built once; or an existing database)
//   neo4j-ingest …, neo4j-profile …, export-sizes
//   throughput [--passes N] [--workers 1,2] [--allocations]  reading and extraction MB/s (CPU and wall), allocations (by type), peak memory
var parallel = Option(args, "--parallel") is { } p ? int.Parse(p, CultureInfo.InvariantCulture) : Environment.ProcessorCount;
switch (args)
{
    case ["neo4j-ingest", ..]:
        return await Neo4jIngestMeasurement.RunAsync(args[1..]);
    case ["neo4j-profile", ..]:
        return await Neo4jStatementProfile.RunAsync(args[1..]);
    case ["export-sizes"]:
        await ExportMeasurement.RunAsync();
        return 0;
    case ["ingest-corpus", ..]:
        await IngestMeasurement.CorpusAsync(parallel);
        return 0;
    case ["ingest-synthetic", ..]:
        var counts = args.Skip(1).TakeWhile(a => !a.StartsWith("--", StringComparison.Ordinal)).Select(a => int.Parse(a, CultureInfo.InvariantCulture)).ToArray();
        await IngestMeasurement.SyntheticAsync(counts.Length > 0 ? counts : [10_000, 50_000, 250_000], parallel, Option(args, "--keep"));
        return 0;
    case ["synthesize-store", ..]:
        var sizes = args.Skip(1).TakeWhile(a => !a.StartsWith('-')).Select(a => int.Parse(a, CultureInfo.InvariantCulture)).ToArray();
        await SyntheticGraphs.RunAsync(sizes.Length > 0 ? sizes : [10_000, 50_000, 250_000], Option(args, "-o") ?? "synthetic", args.Contains("--resume"));
        return 0;
    case ["generate", ..]:
        var from = Option(args, "--from") ?? throw new ArgumentException("--from DIR is required");
        var count = int.Parse(Option(args, "--count") ?? "10000", CultureInfo.InvariantCulture);
        var output = Option(args, "-o") ?? Option(args, "--output") ?? "synthetic";
        Console.WriteLine(SyntheticCorpus.Load([from]).WriteCsv(output, count));
        return 0;
    case ["throughput", ..]:
        var workers = (Option(args, "--workers") ?? "1,2").Split(',').Select(w => int.Parse(w, CultureInfo.InvariantCulture)).ToArray();
        KnowledgeGraph.Benchmarks.Throughput.ThroughputMeasurement.Run(
            int.Parse(Option(args, "--passes") ?? "5", CultureInfo.InvariantCulture), workers, args.Contains("--allocations"));
        return 0;
    case ["api-latency", ..]:
        await ApiLatency.RunAsync(
            args.Length > 1 && !args[1].StartsWith("--", StringComparison.Ordinal) ? int.Parse(args[1], CultureInfo.InvariantCulture) : 20_000,
            Option(args, "--db"),
            int.Parse(Option(args, "--requests") ?? "1000", CultureInfo.InvariantCulture));
        return 0;
}

// Every benchmark class in this assembly; pick with --filter, e.g. `--filter *Reading*`.
BenchmarkSwitcher.FromAssembly(typeof(ReadingBenchmarks).Assembly).Run(args);
return 0;

static string? Option(string[] args, string name)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
}
