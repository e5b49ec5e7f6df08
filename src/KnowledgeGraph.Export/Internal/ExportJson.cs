using System.Text.Encodings.Web;
using System.Text.Json;
using KnowledgeGraph.Graph.Model;

namespace KnowledgeGraph.Export.Internal;

/// <summary>JSON output shared by node-link and Cytoscape.js: compact UTF-8, non-ASCII kept readable, typed values.</summary>
internal static class ExportJson
{
    // Files, never embedded in HTML: quotes, backslashes and control characters are still escaped.
    public static Utf8JsonWriter Create(Stream output) => new(output, new JsonWriterOptions
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = false,
        SkipValidation = false,
    });

    public static void WriteString(Utf8JsonWriter json, string name, string value) =>
        json.WriteString(SafeText.ForUnicode(name), SafeText.ForUnicode(value));

    /// <summary>Writes the node's or edge's properties, ordered by name, renamed where a field name is reserved.</summary>
    public static void WriteProperties(Utf8JsonWriter json, IReadOnlyDictionary<string, object?> properties, IReadOnlySet<string> reserved)
    {
        foreach (var (name, raw) in properties.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            if (name == GraphProperty.Id || ExportValue.Normalize(raw) is not { } value)
            {
                continue;
            }

            json.WritePropertyName(SafeText.ForUnicode(ExportNames.ForProperty(name, reserved)));
            if (value.IsList)
            {
                json.WriteStartArray();
                foreach (var item in value.List!)
                {
                    WriteScalar(json, ExportValue.Convert(item, value.Type));
                }

                json.WriteEndArray();
            }
            else
            {
                WriteScalar(json, value.Scalar!);
            }
        }
    }

    private static void WriteScalar(Utf8JsonWriter json, object scalar)
    {
        switch (scalar)
        {
            case bool b:
                json.WriteBooleanValue(b);
                break;
            case long l:
                json.WriteNumberValue(l);
                break;
            case double d:
                json.WriteNumberValue(d);
                break;
            default:
                json.WriteStringValue(SafeText.ForUnicode(ExportValue.Format(scalar)));
                break;
        }
    }
}
