using System.Diagnostics.Tracing;

namespace KnowledgeGraph.Benchmarks.Throughput;

/// <summary>
/// Which types a pass allocates: the runtime's GC AllocationTick event fires about every 100 KB allocated and names
/// the type of the object that crossed the mark, so the tick counts per type are a sample of the bytes per type.
/// </summary>
internal sealed class AllocationSampler : EventListener
{
    private const EventKeywords GcKeyword = (EventKeywords)0x1;
    private readonly Dictionary<string, long> _bytesByType = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    protected override void OnEventSourceCreated(EventSource source)
    {
        if (source.Name == "Microsoft-Windows-DotNETRuntime")
        {
            EnableEvents(source, EventLevel.Verbose, GcKeyword);
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs e)
    {
        if (e.EventName is not "GCAllocationTick_V4" and not "GCAllocationTick_V3" || e.Payload is null)
        {
            return;
        }

        var names = e.PayloadNames ?? [];
        var type = names.IndexOf("TypeName") is >= 0 and var t ? e.Payload[t] as string ?? "?" : "?";
        var amount = names.IndexOf("AllocationAmount64") is >= 0 and var a
            ? Convert.ToInt64(e.Payload[a], System.Globalization.CultureInfo.InvariantCulture)
            : 100_000;
        lock (_gate)
        {
            _bytesByType[type] = _bytesByType.GetValueOrDefault(type) + amount;
        }
    }

    /// <summary>The types with the most sampled bytes, largest first, with their share of all sampled bytes.</summary>
    public IReadOnlyList<(string Type, double Share)> Top(int count)
    {
        lock (_gate)
        {
            var total = (double)Math.Max(1, _bytesByType.Values.Sum());
            return _bytesByType.OrderByDescending(p => p.Value).Take(count).Select(p => (p.Key, p.Value / total)).ToList();
        }
    }
}
