using System.Diagnostics;
using System.Globalization;
using KnowledgeGraph.Cables;
using KnowledgeGraph.Cables.Model;
using KnowledgeGraph.Extraction;
using KnowledgeGraph.Graph.Ingest;
using KnowledgeGraph.Storage.Sqlite;
using KnowledgeGraph.Testing;

namespace KnowledgeGraph.Benchmarks.Ingest;

/// <summary>
/// End-to-end ingest measurements into the embedded store (one run each: these take seconds to minutes, so
/// BenchmarkDotNet's repetitions would add nothing but time). Wall time depends on what else the machine runs;
/// CPU time (user + system of this process) is reported beside it as the steadier figure.
/// <list type="bullet">
/// <item><c>ingest-corpus</c>: the seed plus the 1,295 Cablegate pages, then the same again (re-ingest).</item>
/// <item><c>ingest-synthetic N…</c>: N synthetic cables each (e.g. 10000 50000 250000), each into a fresh database.</item>
/// </list>
/// </summary>
internal static class IngestMeasurement
{
    public static async Task CorpusAsync(int parallel)
    {
        var inputs = new[] { Path.GetDirectoryName(SharedData.SeedCable!)!, SharedData.CablegateHtml! };
        using var directory = new TempDirectory();
        var path = directory.File("kg.db");
        Console.WriteLine($"Ingest: seed + Cablegate corpus into {path}, --parallel {parallel}");

        var read = Stopwatch.StartNew();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var parsed = new CableReader().Read(inputs).OfType<CableParsed>().ToArray();
        var readCpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"read + parse only: {parsed.Length} cables, {read.Elapsed.TotalSeconds:0.00} s wall, {readCpu.TotalSeconds:0.00} s CPU"));
        cpu = Process.GetCurrentProcess().TotalProcessorTime;
        read.Restart();
        var facts = parsed.AsParallel().WithDegreeOfParallelism(parallel).Select(c => FactExtractor.Default.Extract(c.Cable)).ToArray();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"extraction only: {facts.Length} cables, {read.Elapsed.TotalSeconds:0.00} s wall, {(Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds:0.00} s CPU"));
        cpu = Process.GetCurrentProcess().TotalProcessorTime;
        read.Restart();
        var graphs = facts.Select(KnowledgeGraph.Graph.Mapping.CableGraphBuilder.Default.Build).ToArray();
        await using (var store = new SqliteGraphStore(directory.File("store-only.db")))
        {
            await store.OpenAsync();
            foreach (var chunk in graphs.Chunk(250))
            {
                await store.WriteCablesAsync(chunk);
            }
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"mapping + store writes only: {graphs.Length} cables, {read.Elapsed.TotalSeconds:0.00} s wall, {(Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds:0.00} s CPU"));
        facts = null;
        graphs = null;
        parsed = null;
        GC.Collect();

        var first = await RunAsync(path, new CableReader().Read(inputs), parallel);
        Print("first ingest", first, path);
        var again = await RunAsync(path, new CableReader().Read(inputs), parallel);
        Print("re-ingest", again, path);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"re-ingest speed-up: {first.Wall.TotalSeconds / again.Wall.TotalSeconds:0.0}x wall, {first.Cpu.TotalSeconds / again.Cpu.TotalSeconds:0.0}x CPU"));
    }

    /// <param name="keep">A folder to keep each database in (<c>synth-{N/1000}k.db</c>); null = temporary files.</param>
    public static async Task SyntheticAsync(IReadOnlyList<int> counts, int parallel, string? keep = null)
    {
        var corpus = SyntheticCorpus.Load([SharedData.CablegateHtml!]);
        Console.WriteLine($"Ingest: synthetic cables recombined from {corpus.TemplateCount} real ones, --parallel {parallel}");
        Measured? baseline = null;
        foreach (var count in counts)
        {
            using var directory = new TempDirectory();
            var path = keep is null ? directory.File("kg.db") : Path.Combine(Path.GetFullPath(keep), string.Create(CultureInfo.InvariantCulture, $"synth-{count / 1000}k.db"));
            if (keep is not null)
            {
                Directory.CreateDirectory(keep);
                foreach (var stale in new[] { path, path + "-wal", path + "-shm" }.Where(File.Exists))
                {
                    File.Delete(stale);
                }
            }

            var reader = new CableReader();
            var inputs = corpus.Records(count).SelectMany(r => reader.Parse(SyntheticCorpus.ToCsv(r), "synthetic.csv", CableFormat.CablesCsv));
            var run = await RunAsync(path, inputs, parallel);
            Print($"{count:N0} synthetic", run, path);
            baseline ??= run;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  per-cable cost vs {baseline.Report.Read:N0}: {run.CpuPerCable / baseline.CpuPerCable:0.00}x CPU, {run.WallPerCable / baseline.WallPerCable:0.00}x wall"));
        }
    }

    private static async Task<Measured> RunAsync(string path, IEnumerable<CableReadResult> inputs, int parallel)
    {
        var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        IngestReport report;
        await using (var store = new SqliteGraphStore(path))
        {
            await store.OpenAsync();
            report = await new IngestPipeline(store, FactExtractor.Default.Extract).RunAsync(inputs, new IngestOptions(parallel, 250), new CostWindow());
        }

        clock.Stop();
        process.Refresh();
        return new Measured(report, clock.Elapsed, process.TotalProcessorTime - cpu, process.PeakWorkingSet64);
    }

    private static void Print(string what, Measured run, string path)
    {
        var size = new FileInfo(path).Length + (File.Exists(path + "-wal") ? new FileInfo(path + "-wal").Length : 0);
        var r = run.Report;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{what}: {r.Read:N0} read, {r.New:N0} new, {r.Updated:N0} updated, {r.Unchanged:N0} unchanged, {r.Rejected:N0} rejected; " +
            $"{run.Wall.TotalSeconds:0.00} s wall ({r.Read / run.Wall.TotalSeconds:0} cables/s), {run.Cpu.TotalSeconds:0.00} s CPU; " +
            $"{r.Nodes:N0} nodes, {r.Relationships:N0} relationships written; db {size / 1048576.0:0.0} MB; peak working set {run.PeakMemory / 1048576.0:0} MB"));
    }

    private sealed record Measured(IngestReport Report, TimeSpan Wall, TimeSpan Cpu, long PeakMemory)
    {
        public double CpuPerCable => Cpu.TotalSeconds / Math.Max(1, Report.Read);
        public double WallPerCable => Wall.TotalSeconds / Math.Max(1, Report.Read);
    }
}
