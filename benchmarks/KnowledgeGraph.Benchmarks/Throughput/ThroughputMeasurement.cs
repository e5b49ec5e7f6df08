using System.Diagnostics;
using System.Globalization;
using KnowledgeGraph.Cables;
using KnowledgeGraph.Extraction;
using KnowledgeGraph.Testing;

namespace KnowledgeGraph.Benchmarks.Throughput;

/// <summary>
/// <c>throughput [--passes N] [--workers 1,2]</c>: steady-state throughput over ../shared/corpus (seed + 1,295 Cablegate
/// pages) of (a) reading + header parsing and (b) full extraction (read, parse, entities, meetings, resolution) with 1
/// and 2 workers, through the same ordered pipeline as <c>kg extract --parallel</c>. Warm-up passes first until the JIT is
/// done (three at least, more while a pass still compiles), then N timed passes; prints the median pass. "MB of cable text" = characters of the parsed cables' header + normalized
/// body / 10^6 (what the issues' targets count); "MB of input" = bytes of the files read / 10^6 (HTML markup included).
/// CPU time is user + system time of this process (all threads, GC included), the figure to trust on a busy machine;
/// "MB/s per core" divides by CPU time, so it is the one-core throughput whatever the worker count.
/// </summary>
internal static class ThroughputMeasurement
{
    private const int WarmUpPasses = 3;
    private const int MaxWarmUpPasses = 15;

    /// <summary>A warm-up pass that compiled less than this leaves the JIT done.</summary>
    private static readonly TimeSpan SettledJitTime = TimeSpan.FromMilliseconds(20);

    private static readonly List<string> Notes = [];

    public static void Run(int passes, IReadOnlyList<int> workers, bool allocations = false)
    {
        var corpus = SharedData.Corpus ?? throw new InvalidOperationException(SharedData.MissingMessage);
        var inputBytes = Directory.EnumerateFiles(corpus, "*", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length);
        var reader = new CableReader();
        long textChars = 0;
        var cables = 0;
        foreach (var result in reader.Read([corpus]))
        {
            if (result is CableParsed parsed)
            {
                cables++;
                textChars += parsed.Cable.Header.Length + parsed.Cable.Body.Length;
            }
        }

        var textMb = textChars / 1e6;
        var inputMb = inputBytes / 1e6;
        Console.WriteLine($"corpus: {corpus}: {cables} cables, {textMb:0.00} MB of cable text (header + body), {inputMb:0.00} MB of input files");
        Console.WriteLine($"GC: {(System.Runtime.GCSettings.IsServerGC ? "server" : "workstation")}, {Environment.ProcessorCount} processors; {passes} timed passes after {WarmUpPasses} warm-up passes, median pass shown");
        Console.WriteLine();
        Console.WriteLine("| what | workers | CPU s/pass | wall s/pass | MB/s per core (CPU) | MB/s (wall) | input MB/s per core | allocated MB/pass | gen0/gen1/gen2 per pass |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|---|");
        Measure("read + header parsing", 1, passes, textMb, inputMb, () => ReadOnly(reader, corpus));
        foreach (var w in workers)
        {
            Measure("full extraction", w, passes, textMb, inputMb, () => Extract(reader, corpus, w));
        }

        if (allocations)
        {
            // A separate pass: the listener's own cost stays out of the figures above.
            using var sampler = new AllocationSampler();
            Extract(reader, corpus, 1);
            Console.WriteLine();
            Console.WriteLine("allocated bytes by type in one full-extraction pass (sampled every ~100 KB):");
            foreach (var (type, share) in sampler.Top(25))
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {share,6:P1}  {type}"));
            }
        }

        using var process = Process.GetCurrentProcess();
        Console.WriteLine();
        Notes.ForEach(Console.WriteLine);
        Console.WriteLine($"peak working set of the process: {process.PeakWorkingSet64 / 1e6:0} MB (corpus text held in no list: one pass streams)");
    }

    private static int ReadOnly(CableReader reader, string corpus)
    {
        var count = 0;
        foreach (var result in reader.Read([corpus]))
        {
            count += result is CableParsed ? 1 : 0;
        }

        return count;
    }

    private static int Extract(CableReader reader, string corpus, int workers)
    {
        var count = 0;
        var facts = OrderedParallel.Select(
            reader.ReadPending([corpus]),
            p => p.Parse() is CableParsed parsed ? FactExtractor.Default.Extract(parsed.Cable).Persons.Count : 0,
            workers);
        foreach (var n in facts)
        {
            count += n;
        }

        return count;
    }

    private static void Measure(string what, int workers, int passes, double textMb, double inputMb, Func<int> pass)
    {
        // Warm-up until the JIT is done (lexicons, tiering, the background optimization of the large generated regexes):
        // a fixed three passes left that work (0.1-0.3 s of compiling per pass, JitInfo says) running into the timed
        // passes up to the seventh on a loaded machine. Tier-1 compiling comes in bursts, so passes go on until two in a
        // row compiled next to nothing.
        var warmUps = 0;
        var jit = TimeSpan.MaxValue;
        var previousJit = TimeSpan.MaxValue;
        while (warmUps < WarmUpPasses || (warmUps < MaxWarmUpPasses && (jit >= SettledJitTime || previousJit >= SettledJitTime)))
        {
            var jit0 = System.Runtime.JitInfo.GetCompilationTime();
            pass();
            (previousJit, jit) = (jit, System.Runtime.JitInfo.GetCompilationTime() - jit0);
            warmUps++;
        }

        var timedJit0 = System.Runtime.JitInfo.GetCompilationTime();

        var samples = new List<(double Cpu, double Wall, double AllocatedMb, int Gen0, int Gen1, int Gen2)>();
        using var process = Process.GetCurrentProcess();
        for (var i = 0; i < passes; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            process.Refresh();
            var cpu0 = process.TotalProcessorTime;
            var allocated0 = GC.GetTotalAllocatedBytes(precise: true);
            var (g0, g1, g2) = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
            var clock = Stopwatch.StartNew();
            pass();
            clock.Stop();
            process.Refresh();
            samples.Add((
                (process.TotalProcessorTime - cpu0).TotalSeconds,
                clock.Elapsed.TotalSeconds,
                (GC.GetTotalAllocatedBytes(precise: true) - allocated0) / 1e6,
                GC.CollectionCount(0) - g0, GC.CollectionCount(1) - g1, GC.CollectionCount(2) - g2));
        }

        var timedJit = System.Runtime.JitInfo.GetCompilationTime() - timedJit0;
        Notes.Add(string.Create(CultureInfo.InvariantCulture,
            $"{what}, {workers} worker(s): {warmUps} warm-up passes (the last two compiled {previousJit.TotalMilliseconds:0} and {jit.TotalMilliseconds:0} ms); JIT time in the {passes} timed passes: {timedJit.TotalMilliseconds:0} ms"));
        var m = samples.OrderBy(s => s.Cpu).ElementAt(samples.Count / 2);
        var f = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Create(f,
            $"| {what} | {workers} | {m.Cpu:0.000} | {m.Wall:0.000} | {textMb / m.Cpu:0.0} | {textMb / m.Wall:0.0} | {inputMb / m.Cpu:0.0} | {m.AllocatedMb:0} | {m.Gen0}/{m.Gen1}/{m.Gen2} |"));
    }
}
