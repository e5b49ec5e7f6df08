using System.Globalization;
using BenchmarkDotNet.Running;
using KnowledgeGraph.Benchmarks.Ingest;

// Measurement tools (one run each), then BenchmarkDotNet for everything else (`--filter …`).
//   ingest-corpus [--parallel N]                      seed + Cablegate into SQLite, then re-ingest
//   ingest-synthetic N… [--parallel N]                synthetic corpora of N cables (e.g. 10000 50000 250000)
//   generate --from DIR --count N -o DIR              write a synthetic cables.csv recombined from DIR
var parallel = Option(args, "--parallel") is { } p ? int.Parse(p, CultureInfo.InvariantCulture) : Environment.ProcessorCount;
switch (args.FirstOrDefault())
{
    case "ingest-corpus":
        await IngestMeasurement.CorpusAsync(parallel);
        return;
    case "ingest-synthetic":
        var counts = args.Skip(1).TakeWhile(a => !a.StartsWith("--", StringComparison.Ordinal)).Select(a => int.Parse(a, CultureInfo.InvariantCulture)).ToArray();
        await IngestMeasurement.SyntheticAsync(counts.Length > 0 ? counts : [10_000, 50_000, 250_000], parallel);
        return;
    case "generate":
        var from = Option(args, "--from") ?? throw new ArgumentException("--from DIR is required");
        var count = int.Parse(Option(args, "--count") ?? "10000", CultureInfo.InvariantCulture);
        var output = Option(args, "-o") ?? Option(args, "--output") ?? "synthetic";
        Console.WriteLine(SyntheticCorpus.Load([from]).WriteCsv(output, count));
        return;
    default:
        BenchmarkSwitcher.FromAssembly(typeof(IngestMeasurement).Assembly).Run(args);
        return;
}

static string? Option(string[] args, string name)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
}
