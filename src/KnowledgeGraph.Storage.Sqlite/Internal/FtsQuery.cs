using System.Text;

namespace KnowledgeGraph.Storage.Sqlite.Internal;

/// <summary>
/// Turns what a user typed into an FTS5 query that cannot be a syntax error: every word becomes a quoted
/// term and all terms must match. Returns null when the text holds no word at all.
/// </summary>
internal static class FtsQuery
{
    public static string? From(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var terms = new List<string>();
        var word = new StringBuilder();
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                word.Append(c);
            }
            else if (word.Length > 0)
            {
                terms.Add(word.ToString());
                word.Clear();
            }
        }

        if (word.Length > 0)
        {
            terms.Add(word.ToString());
        }

        return terms.Count == 0 ? null : string.Join(' ', terms.Select(t => $"\"{t}\""));
    }

    /// <summary>The same query restricted to names and aliases.</summary>
    public static string? ForNames(string? text) => From(text) is { } q ? "{names} : (" + q + ")" : null;

    /// <summary>The same query restricted to the cable columns (subject and text).</summary>
    public static string? ForCables(string? text) => From(text) is { } q ? "{subject text} : (" + q + ")" : null;
}
