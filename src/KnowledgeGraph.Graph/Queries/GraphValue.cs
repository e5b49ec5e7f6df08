using System.Collections;
using System.Globalization;

namespace KnowledgeGraph.Graph.Queries;

/// <summary>
/// Reads property values the same way whichever store produced them: SQLite and Neo4j hand back
/// numbers and lists in different CLR shapes (int/long/double, string[]/List&lt;object&gt;).
/// </summary>
public static class GraphValue
{
    public static string? String(IReadOnlyDictionary<string, object?> properties, string name)
        => properties.TryGetValue(name, out var v) ? v switch
        {
            null => null,
            string s => s,
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => v.ToString(),
        } : null;

    public static long? Long(IReadOnlyDictionary<string, object?> properties, string name)
        => properties.TryGetValue(name, out var v) ? ToLong(v) : null;

    public static double? Double(IReadOnlyDictionary<string, object?> properties, string name)
        => properties.TryGetValue(name, out var v) ? v switch
        {
            double d => d,
            float f => f,
            long l => l,
            int i => i,
            decimal m => (double)m,
            string s when double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) => d,
            _ => null,
        } : null;

    public static DateOnly? Date(IReadOnlyDictionary<string, object?> properties, string name)
        => String(properties, name) is { Length: >= 10 } s
           && DateOnly.TryParseExact(s.AsSpan(0, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d
            : null;

    public static IReadOnlyList<string> Strings(IReadOnlyDictionary<string, object?> properties, string name)
        => properties.TryGetValue(name, out var v) ? v switch
        {
            null => [],
            string s => [s],
            IEnumerable<string> e => e.ToList(),
            IEnumerable e => e.Cast<object?>().Where(o => o is not null).Select(o => Convert.ToString(o, CultureInfo.InvariantCulture)!).ToList(),
            _ => [],
        } : [];

    public static IReadOnlyList<long> Longs(IReadOnlyDictionary<string, object?> properties, string name)
        => properties.TryGetValue(name, out var v) && v is IEnumerable e and not string
            ? e.Cast<object?>().Select(o => ToLong(o) ?? 0).ToList()
            : [];

    private static long? ToLong(object? v) => v switch
    {
        long l => l,
        int i => i,
        short s => s,
        double d => (long)d,
        float f => (long)f,
        decimal m => (long)m,
        string s when long.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out var l) => l,
        _ => null,
    };
}
