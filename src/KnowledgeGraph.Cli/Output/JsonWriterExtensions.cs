using System.Globalization;
using System.Text.Json;

namespace KnowledgeGraph.Cli.Output;

/// <summary>The small writing habits every JSON section of <c>kg</c> output shares: nulls written out, ISO dates, string lists.</summary>
internal static class JsonWriterExtensions
{
    public static void WriteStringOrNull(this Utf8JsonWriter w, string name, string? value)
    {
        if (value is null)
        {
            w.WriteNull(name);
        }
        else
        {
            w.WriteString(name, value);
        }
    }

    /// <summary>An ISO date (<c>2007-10-23</c>), or null.</summary>
    public static void WriteDateOrNull(this Utf8JsonWriter w, string name, DateOnly? value) =>
        w.WriteStringOrNull(name, value?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

    public static void WriteStrings(this Utf8JsonWriter w, string name, IEnumerable<string> values)
    {
        w.WriteStartArray(name);
        foreach (var v in values)
        {
            w.WriteStringValue(v);
        }

        w.WriteEndArray();
    }
}
