using System.Diagnostics;
using System.Globalization;
using KnowledgeGraph.Export;
using KnowledgeGraph.Export.Selection;
using KnowledgeGraph.Graph.Model;

namespace KnowledgeGraph.Benchmarks.Export;

/// <summary>
/// <c>export-sizes</c>: single timed runs of the export path on <see cref="ExportCorpus"/>, wall and CPU time (user +
/// system of this process) side by side, because wall time means little on a shared machine. Each line is one step:
/// the selection <c>kg export --from 2007 --to 2009</c> makes (the store read), each format written from memory, and
/// select + write end to end into a file, which is what the &lt; 5 s target is about. A warm-up pass runs first so
/// the figures are of the code, not of the JIT.
/// </summary>
internal static class ExportMeasurement
{
    private static readonly SubgraphSelection Selection = new([], Depth: 1, From: new DateOnly(2007, 1, 1), To: new DateOnly(2009, 12, 31));

    public static async Task RunAsync()
    {
        await using var store = await ExportCorpus.OpenAsync();
        var counts = await store.GetCountsAsync();
        Console.WriteLine(Invariant($"store {ExportCorpus.Path}: {counts.Nodes.Values.Sum():N0} nodes, {counts.Relationships.Values.Sum():N0} relationships"));
        Console.WriteLine(Invariant($"same as: kg export --store sqlite:{ExportCorpus.Path} --from 2007 --to 2009 --format FORMAT -o FILE"));
        var export = new SubgraphExport(store);

        // Warm-up: JIT every path once on the real data.
        var warm = (await export.SelectAsync(Selection)).Subgraph;
        foreach (var format in Enum.GetValues<ExportFormat>())
        {
            await SubgraphExport.WriteAsync(warm, format, Stream.Null);
        }

        warm = null;
        SelectedSubgraph selected = new(Subgraph.Empty, null);
        Print("select (store read)", await MeasureAsync(async () => selected = await export.SelectAsync(Selection)),
            Invariant($"{selected.Subgraph.Nodes.Count:N0} nodes, {selected.Subgraph.Edges.Count:N0} relationships{(selected.Truncation is { } t ? "; " + t : "")}"));
        var subgraph = selected.Subgraph;
        selected = new(Subgraph.Empty, null);

        using var directory = new Testing.TempDirectory();
        foreach (var format in Enum.GetValues<ExportFormat>())
        {
            var counter = new CountingStream();
            Print(Invariant($"write {format} from memory"), await MeasureAsync(() => SubgraphExport.WriteAsync(subgraph, format, counter)),
                Invariant($"{counter.Length / 1024.0 / 1024.0:F1} MiB"));
        }

        subgraph = Subgraph.Empty;
        foreach (var format in Enum.GetValues<ExportFormat>())
        {
            var path = directory.File("out" + ExportFormatInfo.Of(format).FileExtension);
            Print(Invariant($"select + write {format} to a file"), await MeasureAsync(async () =>
            {
                var selection = await export.SelectAsync(Selection);
                await SubgraphExport.WriteToPathAsync(selection.Subgraph, format, path);
            }), "end to end");
        }
    }

    private static async Task<(TimeSpan Wall, TimeSpan Cpu, long Allocated)> MeasureAsync(Func<Task> step)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        using var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var clock = Stopwatch.StartNew();
        await step();
        clock.Stop();
        process.Refresh();
        return (clock.Elapsed, process.TotalProcessorTime - cpu, GC.GetTotalAllocatedBytes(precise: true) - allocated);
    }

    private static void Print(string step, (TimeSpan Wall, TimeSpan Cpu, long Allocated) m, string detail) =>
        Console.WriteLine(Invariant($"  {step,-34} {m.Wall.TotalSeconds,6:F2} s wall {m.Cpu.TotalSeconds,6:F2} s CPU {m.Allocated / 1024.0 / 1024.0,8:F0} MiB allocated   {detail}"));

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    /// <summary>Counts the bytes written and keeps none of them.</summary>
    private sealed class CountingStream : Stream
    {
        private long length;

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => length;

        public override long Position { get => length; set => throw new NotSupportedException(); }

        public override void Write(byte[] buffer, int offset, int count) => length += count;

        public override void Write(ReadOnlySpan<byte> buffer) => length += buffer.Length;

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            length += buffer.Length;
            return ValueTask.CompletedTask;
        }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
