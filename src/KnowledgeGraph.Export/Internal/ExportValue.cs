using System.Collections;
using System.Globalization;
using System.Text.Json;

namespace KnowledgeGraph.Export.Internal;

/// <summary>
/// A property value reduced to what every format can write: a boolean, long, finite double or string, or a list
/// of one of those. The one place that decides how a value is typed and how it is spelt (invariant culture,
/// round-trippable doubles, ISO dates), so every format agrees.
/// </summary>
internal sealed record ExportValue(ScalarType Type, object? Scalar, IReadOnlyList<object>? List)
{
    public bool IsList => List is not null;

    /// <summary>Null for null, non-finite numbers and values of no known kind.</summary>
    public static ExportValue? Normalize(object? raw)
    {
        if (raw is JsonElement { ValueKind: JsonValueKind.Array } array)
        {
            raw = array.EnumerateArray().ToArray();
        }

        if (raw is null or string or JsonElement || raw is not IEnumerable enumerable)
        {
            return NormalizeScalar(raw) is { } scalar ? new ExportValue(TypeOf(scalar), scalar, null) : null;
        }

        var items = new List<object>();
        foreach (var item in enumerable)
        {
            if (NormalizeScalar(item) is { } scalar)
            {
                items.Add(scalar);
            }
        }

        var type = items.Count == 0 ? ScalarType.String : TypeOf(items[0]);
        foreach (var item in items)
        {
            var itemType = TypeOf(item);
            type = itemType == type ? type
                : (type, itemType) is (ScalarType.Long, ScalarType.Double) or (ScalarType.Double, ScalarType.Long) ? ScalarType.Double
                : ScalarType.String;
        }

        return new ExportValue(type, null, items);
    }

    /// <summary>Converts <paramref name="value"/> (a scalar of this value) to <paramref name="type"/>, as a declared column needs it.</summary>
    public static object Convert(object value, ScalarType type) => type switch
    {
        ScalarType.Double when value is long l => (double)l,
        ScalarType.String when value is not string => Format(value),
        _ => value,
    };

    /// <summary>The invariant spelling of a normalized scalar (<c>true</c>, <c>42</c>, <c>0.25</c>, text as is).</summary>
    public static string Format(object scalar) => scalar switch
    {
        bool b => b ? "true" : "false",
        long l => l.ToString(CultureInfo.InvariantCulture),
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        string s => s,
        _ => System.Convert.ToString(scalar, CultureInfo.InvariantCulture) ?? "",
    };

    private static ScalarType TypeOf(object scalar) => scalar switch
    {
        bool => ScalarType.Boolean,
        long => ScalarType.Long,
        double => ScalarType.Double,
        _ => ScalarType.String,
    };

    private static object? NormalizeScalar(object? raw) => raw switch
    {
        null => null,
        string s => s,
        bool b => b,
        long l => l,
        int i => (long)i,
        short s => (long)s,
        byte b => (long)b,
        uint u => (long)u,
        ulong u when u <= long.MaxValue => (long)u,
        double d => double.IsFinite(d) ? d : null,
        float f => float.IsFinite(f) ? (double)f : null,
        decimal m => (double)m,
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime d => d.ToString("O", CultureInfo.InvariantCulture),
        DateTimeOffset d => d.ToString("O", CultureInfo.InvariantCulture),
        JsonElement { ValueKind: JsonValueKind.String } j => j.GetString(),
        JsonElement { ValueKind: JsonValueKind.True } => true,
        JsonElement { ValueKind: JsonValueKind.False } => false,
        JsonElement { ValueKind: JsonValueKind.Number } j => j.TryGetInt64(out var l) ? l : j.GetDouble(),
        JsonElement j when j.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined => null,
        JsonElement j => j.GetRawText(),
        Enum e => e.ToString(),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => raw.ToString(),
    };
}
