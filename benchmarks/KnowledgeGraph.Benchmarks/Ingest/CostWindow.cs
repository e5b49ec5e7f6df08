using System.Diagnostics;
using System.Globalization;
using KnowledgeGraph.Graph.Ingest;

namespace KnowledgeGraph.Benchmarks.Ingest;

/// <summary>
/// Prints the CPU per cable of each window of <c>every</c> cables during a long run, so growth in the cost per cable
/// shows as it happens rather than only as one average at the end.
/// </summary>
internal sealed class CostWindow(int every = 10_000, long startAt = 0) : IProgress<IngestProgress>
{
    private readonly Lock _gate = new();
    private readonly Process _process = Process.GetCurrentProcess();
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private TimeSpan _lastCpu = Process.GetCurrentProcess().TotalProcessorTime;
    private TimeSpan _lastWall;
    private long _lastDone = startAt;

    public void Report(IngestProgress value) => Tick(value.Done);

    public void Tick(long done)
    {
        lock (_gate)
        {
            if (done / every == _lastDone / every)
            {
                return;
            }

            _process.Refresh();
            var cpu = _process.TotalProcessorTime;
            var wall = _clock.Elapsed;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {done:N0} cables: {(cpu - _lastCpu).TotalMilliseconds / (done - _lastDone):0.00} ms CPU per cable since {_lastDone:N0}, {(wall - _lastWall).TotalSeconds:0} s wall"));
            (_lastCpu, _lastWall, _lastDone) = (cpu, wall, done);
        }
    }
}
