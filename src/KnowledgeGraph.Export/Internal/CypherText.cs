using System.Globalization;
using System.Text;

namespace KnowledgeGraph.Export.Internal;

/// <summary>
/// Cypher literals for the export script: the one place that spells values as Cypher. Strings are single-quoted
/// with backslash escapes (newlines become <c>\n</c>, so every statement stays on one line); names that are not
/// plain identifiers are back-quoted. Portable across Neo4j 3.1–5.x.
/// </summary>
internal static class CypherText
{
    public static void AppendString(StringBuilder builder, string value)
    {
        builder.Append('\'');
        foreach (var c in SafeText.ForUnicode(value))
        {
            switch (c)
            {
                case '\\': builder.Append("\\\\"); break;
                case '\'': builder.Append("\\'"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                case < ' ' or '\u2028' or '\u2029' or '\u0085':
                    builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    break;
                default: builder.Append(c); break;
            }
        }

        builder.Append('\'');
    }

    public static void AppendScalar(StringBuilder builder, object scalar)
    {
        switch (scalar)
        {
            case bool b:
                builder.Append(b ? "true" : "false");
                break;
            case long l:
                builder.Append(l.ToString(CultureInfo.InvariantCulture));
                break;
            case double d:
                var text = d.ToString("R", CultureInfo.InvariantCulture);
                // 1 would be read back as an integer: keep doubles doubles.
                builder.Append(text).Append(text.Contains('.') || text.Contains('E') ? "" : ".0");
                break;
            default:
                AppendString(builder, ExportValue.Format(scalar));
                break;
        }
    }

    public static void AppendValue(StringBuilder builder, ExportValue value)
    {
        if (!value.IsList)
        {
            AppendScalar(builder, value.Scalar!);
            return;
        }

        builder.Append('[');
        for (var i = 0; i < value.List!.Count; i++)
        {
            builder.Append(i > 0 ? ", " : "");
            AppendScalar(builder, ExportValue.Convert(value.List[i], value.Type));
        }

        builder.Append(']');
    }

    /// <summary>A property key, label or relationship type, back-quoted unless it is a plain identifier.</summary>
    public static string Name(string name) =>
        name.Length > 0 && (char.IsAsciiLetter(name[0]) || name[0] == '_') && name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_')
            ? name
            : "`" + name.Replace("`", "``", StringComparison.Ordinal) + "`";
}
