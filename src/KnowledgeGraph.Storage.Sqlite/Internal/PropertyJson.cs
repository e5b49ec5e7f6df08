using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace KnowledgeGraph.Storage.Sqlite.Internal;

/// <summary>
/// Property maps as JSON that keeps the graph's value types: integers read back as <c>long</c>, fractional
/// numbers as <c>double</c> (a double is always written with a decimal point or exponent), lists as
/// <c>string[]</c> or <c>long[]</c>. Keys are written sorted so equal maps give equal text.
/// </summary>
internal static class PropertyJson
{
    public static string Write(IEnumerable<KeyValuePair<string, object?>> properties)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartObject();
            foreach (var (key, value) in properties.Where(p => p.Value is not null).OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                writer.WritePropertyName(key);
                WriteValue(writer, value!);
            }

            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    public static Dictionary<string, object?> Read(string json)
    {
        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json));
        reader.Read(); // StartObject
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var key = reader.GetString()!;
            reader.Read();
            result[key] = ReadValue(ref reader);
        }

        return result;
    }

    private static void WriteValue(Utf8JsonWriter writer, object value)
    {
        switch (value)
        {
            case string s: writer.WriteStringValue(s); break;
            case bool b: writer.WriteBooleanValue(b); break;
            case long or int or short or byte or uint: writer.WriteNumberValue(Convert.ToInt64(value, CultureInfo.InvariantCulture)); break;
            case double or float or decimal: WriteDouble(writer, Convert.ToDouble(value, CultureInfo.InvariantCulture)); break;
            case IEnumerable<string> strings:
                writer.WriteStartArray();
                foreach (var s in strings)
                {
                    writer.WriteStringValue(s);
                }

                writer.WriteEndArray();
                break;
            case IEnumerable<long> longs:
                writer.WriteStartArray();
                foreach (var l in longs)
                {
                    writer.WriteNumberValue(l);
                }

                writer.WriteEndArray();
                break;
            case IEnumerable<int> ints:
                writer.WriteStartArray();
                foreach (var i in ints)
                {
                    writer.WriteNumberValue(i);
                }

                writer.WriteEndArray();
                break;
            default:
                throw new ArgumentException($"A graph property cannot hold a {value.GetType().Name}: only string, long, double, bool and lists of string or long.");
        }
    }

    private static void WriteDouble(Utf8JsonWriter writer, double value)
    {
        if (!double.IsFinite(value))
        {
            throw new ArgumentException("A graph property cannot hold NaN or infinity.");
        }

        var text = value.ToString("R", CultureInfo.InvariantCulture);
        if (!text.Contains('.') && !text.Contains('E'))
        {
            text += ".0";
        }

        writer.WriteRawValue(text, skipInputValidation: true);
    }

    private static object? ReadValue(ref Utf8JsonReader reader)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.String: return reader.GetString();
            case JsonTokenType.True: return true;
            case JsonTokenType.False: return false;
            case JsonTokenType.Null: return null;
            case JsonTokenType.Number: return ReadNumber(ref reader);
            case JsonTokenType.StartArray:
                var strings = new List<string>();
                var longs = new List<long>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    if (reader.TokenType == JsonTokenType.Number)
                    {
                        longs.Add(reader.GetInt64());
                    }
                    else
                    {
                        strings.Add(reader.GetString() ?? "");
                    }
                }

                return longs.Count > 0 ? longs.ToArray() : strings.ToArray();
            default:
                throw new JsonException($"Unexpected {reader.TokenType} in stored properties.");
        }
    }

    private static object ReadNumber(ref Utf8JsonReader reader)
    {
        var raw = reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan.ToArray();
        if (raw.AsSpan().IndexOfAny(".eE"u8) >= 0)
        {
            return reader.GetDouble();
        }

        return reader.GetInt64();
    }
}
