using KnowledgeGraph.Graph.Model;

namespace KnowledgeGraph.Storage.Sqlite.Internal;

/// <summary>
/// The MET edge of one person pair, kept up to date incrementally while new cables add held meetings:
/// the stored summary (count, first and last dates, topics) plus what this batch added. Adding to a summary
/// gives what recomputing it from all held meetings would (see <see cref="Sql.MetSummary"/>), without a query
/// whose cost grows with the number of meetings the two persons already have.
/// </summary>
internal sealed class MetTally
{
    private readonly SortedSet<string> _topics = new(StringComparer.Ordinal);
    private long _meetings;
    private string? _first;
    private string? _last;

    public MetTally(IReadOnlyDictionary<string, object?>? stored)
    {
        if (stored is null)
        {
            return;
        }

        _meetings = stored.GetValueOrDefault(GraphProperty.Meetings) is long n ? n : 0;
        _first = stored.GetValueOrDefault(GraphProperty.First) as string;
        _last = stored.GetValueOrDefault(GraphProperty.Last) as string;
        _topics.UnionWith(stored.GetValueOrDefault(GraphProperty.Topics) as string[] ?? []);
    }

    public long Meetings => _meetings;

    /// <summary>True once this batch added a meeting (the edge must be written).</summary>
    public bool Changed { get; private set; }

    public void Add(string? date, IEnumerable<string> topics)
    {
        _meetings++;
        Changed = true;
        if (date is not null)
        {
            _first = _first is null || string.CompareOrdinal(date, _first) < 0 ? date : _first;
            _last = _last is null || string.CompareOrdinal(date, _last) > 0 ? date : _last;
        }

        _topics.UnionWith(topics);
    }

    /// <summary>The edge's properties, as <see cref="CableWriter"/> writes them when it recomputes a pair.</summary>
    public Dictionary<string, object?> ToProperties() => Properties(_meetings, _first, _last, _topics.ToArray());

    public static Dictionary<string, object?> Properties(long meetings, string? first, string? last, string[] topics) => new()
    {
        [GraphProperty.Meetings] = meetings,
        [GraphProperty.First] = first,
        [GraphProperty.Last] = last,
        [GraphProperty.Topics] = topics.Length > 0 ? topics : null,
    };
}
