using System.Globalization;
using System.Text;
using System.Text.Json;
using KnowledgeGraph.Graph.Model;

namespace KnowledgeGraph.Export.Tests.Support;

/// <summary>
/// What a reader should find for a graph's nodes and edges in the flat formats, stated independently of the writers:
/// fields <c>label</c>/<c>type</c>, properties by name (<c>_kind</c> where a field has the name), lists as the format keeps them.
/// </summary>
internal static class Expected
{
    public enum Lists { Joined, Array }

    /// <summary>XML 1.0 cannot carry control characters or lone surrogates: readers see U+FFFD in their place.</summary>
    public static string XmlText(string text)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[++i]);
            }
            else
            {
                builder.Append(char.IsSurrogate(c) || (c < ' ' && c is not ('\t' or '\n' or '\r')) ? '\uFFFD' : c);
            }
        }

        return builder.ToString();
    }

    public static Dictionary<string, object> NodeAttributes(GraphNode node, Lists lists, Func<string, string> text)
    {
        var expected = Properties(node.Properties, ["id", "label", "type", "kind"], lists, text);
        expected["label"] = text(node.Label);
        expected["type"] = node.Kind.ToString();
        return expected;
    }

    public static Dictionary<string, object> EdgeProperties(GraphEdge edge, Lists lists, Func<string, string> text) =>
        Properties(edge.Properties, ["id", "label", "type", "kind", "source", "target"], lists, text);

    private static Dictionary<string, object> Properties(IReadOnlyDictionary<string, object?> properties, string[] reserved, Lists lists, Func<string, string> text)
    {
        var expected = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var (name, value) in properties)
        {
            if (name == "id" || value is null)
            {
                continue;
            }

            var exportName = reserved.Contains(name) ? "_" + name : name;
            expected[exportName] = value switch
            {
                string s => text(s),
                long or double or bool => value,
                string[] items when lists == Lists.Joined => text(string.Join(';', items)),
                long[] items when lists == Lists.Joined => string.Join(';', items.Select(i => i.ToString(CultureInfo.InvariantCulture))),
                string[] items => items.Select(text).ToArray(),
                long[] items => items,
                _ => throw new NotSupportedException(value.GetType().Name),
            };
        }

        return expected;
    }

    /// <summary>Asserts that a reader's attributes hold exactly the expected names and values.</summary>
    public static void Equal(Dictionary<string, object> expected, JsonElement actual, string what, params string[] ignore)
    {
        var actualNames = actual.EnumerateObject().Select(p => p.Name).Where(n => !ignore.Contains(n)).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal).ToArray(), actualNames);
        foreach (var (name, value) in expected)
        {
            var element = actual.GetProperty(name);
            switch (value)
            {
                case string s:
                    Assert.True(s == element.GetString(), $"{what}.{name}: expected {Show(s)}, read {Show(element.GetString())}");
                    break;
                case long l:
                    Assert.Equal(l, element.GetInt64());
                    break;
                case double d:
                    Assert.Equal(d, element.GetDouble());
                    break;
                case bool b:
                    Assert.Equal(b, element.GetBoolean());
                    break;
                case string[] items:
                    Assert.Equal(items, element.EnumerateArray().Select(e => e.GetString()!).ToArray());
                    break;
                case long[] items:
                    Assert.Equal(items, element.EnumerateArray().Select(e => e.GetInt64()).ToArray());
                    break;
                default:
                    throw new NotSupportedException(value.GetType().Name);
            }
        }
    }

    private static string Show(string? s) => s is null ? "null" : JsonSerializer.Serialize(s);
}
