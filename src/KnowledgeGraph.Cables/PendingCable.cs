namespace KnowledgeGraph.Cables;

/// <summary>
/// A cable whose bytes have been read but not yet decoded and parsed (see <see cref="CableReader.ReadPending"/>).
/// <see cref="Parse"/> is pure CPU work, safe on any thread; call it once.
/// </summary>
public sealed class PendingCable
{
    private readonly Func<CableReadResult> _parse;

    internal PendingCable(Func<CableReadResult> parse)
    {
        _parse = parse;
    }

    /// <summary>Decodes and parses the cable (or returns the rejection found while reading it).</summary>
    public CableReadResult Parse() => _parse();

    internal static PendingCable Of(CableReadResult result) => new(() => result);
}
