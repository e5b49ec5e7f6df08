using System.Buffers;
using System.Collections.Concurrent;
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
    // Reading a big subgraph parses hundreds of thousands of maps with the same few dozen keys: keys are shared
    // strings, looked up without allocating. Bounded, in case a store holds many distinct keys.
    private const int MaxSharedKeys = 1_024;
    private const int MaxSharedKeyLength = 64;
    private const int StackBytes = 1_024;
    private static readonly ConcurrentDictionary<string, string> SharedKeys = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> SharedKeyLookup =
        SharedKeys.GetAlternateLookup<ReadOnlySpan<char>>();

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
        // UTF-8 for the reader in a stack or pooled buffer: no array per row.
        var maxBytes = Encoding.UTF8.GetMaxByteCount(json.Length);
        var rented = maxBytes > StackBytes ? ArrayPool<byte>.Shared.Rent(maxBytes) : null;
        try
        {
            Span<byte> buffer = rented ?? stackalloc byte[StackBytes];
            var length = Encoding.UTF8.GetBytes(json, buffer);
            return Read(buffer[..length]);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }

    private static Dictionary<string, object?> Read(ReadOnlySpan<byte> utf8)
    {
        var result = new Dictionary<string, object?>(8, StringComparer.Ordinal);
        var reader = new Utf8JsonReader(utf8);
        reader.Read(); // StartObject
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var key = ReadKey(ref reader);
            reader.Read();
            result[key] = ReadValue(ref reader);
        }

        return result;
    }

    private static string ReadKey(ref Utf8JsonReader reader)
    {
        if (reader.ValueIsEscaped || reader.HasValueSequence || reader.ValueSpan.Length > MaxSharedKeyLength)
        {
            return reader.GetString()!;
        }

        Span<char> chars = stackalloc char[MaxSharedKeyLength];
        var name = chars[..Encoding.UTF8.GetChars(reader.ValueSpan, chars)];
        if (SharedKeyLookup.TryGetValue(name, out var shared))
        {
            return shared;
        }

        var key = name.ToString();
        return SharedKeys.Count < MaxSharedKeys ? SharedKeys.GetOrAdd(key, key) : key;
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
        ReadOnlySpan<byte> raw = reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan;
        if (raw.IndexOfAny(".eE"u8) >= 0)
        {
            return reader.GetDouble();
        }

        return reader.GetInt64();
    }
}
