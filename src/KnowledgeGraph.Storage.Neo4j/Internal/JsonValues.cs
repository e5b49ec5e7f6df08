using System.Globalization;
using System.Text.Json;

namespace KnowledgeGraph.Storage.Neo4j.Internal;

/// <summary>
/// Converts between .NET values and the JSON both HTTP APIs speak. The graph's property values are string,
/// long, double, bool and lists of them (see GraphNode). A double is always written with a fraction or
/// exponent so Neo4j stores a Float even for 1.0, and a number read back is a double exactly when its text
/// has one; lists come back as typed arrays (string[], long[], double[]).
/// </summary>
internal static class JsonValues
{
    public static void Write(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case string s:
                writer.WriteStringValue(s);
                break;
            case bool b:
                writer.WriteBooleanValue(b);
                break;
            case int i:
                writer.WriteNumberValue(i);
                break;
            case long l:
                writer.WriteNumberValue(l);
                break;
            case double d:
                WriteDouble(writer, d);
                break;
            case float f:
                WriteDouble(writer, f);
                break;
            case DateOnly date:
                writer.WriteStringValue(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                break;
            case IReadOnlyDictionary<string, object?> map:
                writer.WriteStartObject();
                foreach (var (key, item) in map)
                {
                    writer.WritePropertyName(key);
                    Write(writer, item);
                }

                writer.WriteEndObject();
                break;
            case System.Collections.IEnumerable list:
                writer.WriteStartArray();
                foreach (var item in list)
                {
                    Write(writer, item);
                }

                writer.WriteEndArray();
                break;
            default:
                throw new ArgumentException($"Unsupported parameter type {value.GetType().Name}.", nameof(value));
        }
    }

    private static void WriteDouble(Utf8JsonWriter writer, double d)
    {
        if (!double.IsFinite(d))
        {
            throw new ArgumentException("Neo4j's JSON APIs cannot carry NaN or infinity.", nameof(d));
        }

        var text = d.ToString("R", CultureInfo.InvariantCulture);
        writer.WriteRawValue(text.Contains('.') || text.Contains('E') ? text : text + ".0");
    }

    /// <summary>A value of the tx endpoint or of the Query API's plain JSON format.</summary>
    public static object? Read(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        JsonValueKind.String => element.GetString(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Number => ReadNumber(element),
        JsonValueKind.Array => ReadList(element),
        JsonValueKind.Object => ReadMap(element),
        _ => throw new InvalidOperationException("Unexpected JSON value " + element.ValueKind),
    };

    private static object ReadNumber(JsonElement element)
    {
        var raw = element.GetRawText();
        if (raw.AsSpan().IndexOfAny(".eE") < 0 && element.TryGetInt64(out var l))
        {
            return l;
        }

        return element.GetDouble();
    }

    private static object ReadList(JsonElement element)
    {
        var items = new List<object?>(element.GetArrayLength());
        foreach (var item in element.EnumerateArray())
        {
            items.Add(Read(item));
        }

        if (items.Count > 0 && items.TrueForAll(i => i is string))
        {
            return items.Cast<string>().ToArray();
        }

        if (items.Count > 0 && items.TrueForAll(i => i is long))
        {
            return items.Cast<long>().ToArray();
        }

        if (items.Count > 0 && items.TrueForAll(i => i is double or long))
        {
            return items.Select(i => Convert.ToDouble(i, CultureInfo.InvariantCulture)).ToArray();
        }

        return items.ToArray();
    }

    private static Dictionary<string, object?> ReadMap(JsonElement element)
    {
        var map = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject())
        {
            map[property.Name] = Read(property.Value);
        }

        return map;
    }
}
