using System.Text;
using KnowledgeGraph.Graph.Model;
using KnowledgeGraph.Graph.Stores;

namespace KnowledgeGraph.Storage.Neo4j.Internal;

/// <summary>
/// Full-text search without a full-text index (Neo4j 3.x has none): the words of the query (runs of letters and
/// digits, like the embedded store's FTS query) must all occur, case-insensitively, in a node's names, subject or
/// text. The score weighs where each word occurs as the embedded store weighs its FTS columns (names 10, subject 4,
/// text 1) and adds how often it occurs, so ranking is deterministic; it is not BM25, so only the set of hits and
/// the best hit agree with the embedded store, not every position.
/// </summary>
internal static class SearchTerms
{
    public static IReadOnlyList<string> From(string? text)
    {
        var terms = new List<string>();
        if (string.IsNullOrWhiteSpace(text))
        {
            return terms;
        }

        var word = new StringBuilder();
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                word.Append(char.ToLowerInvariant(c));
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

        return terms.Distinct(StringComparer.Ordinal).ToArray();
    }

    public static SearchHit Score(GraphNode node, IReadOnlyDictionary<string, object?>? stored, IReadOnlyList<string> terms)
    {
        var names = stored?.GetValueOrDefault("_search") as string[] ?? [];
        var subject = (node.Get<string>(GraphProperty.Subject) ?? "").ToLowerInvariant();
        var text = (node.Get<string>(GraphProperty.Text) ?? "").ToLowerInvariant();
        double score = 0;
        foreach (var term in terms)
        {
            score += 10 * names.Sum(n => Count(n, term)) + 4 * Count(subject, term) + Math.Min(20, Count(text, term));
        }

        return new SearchHit(node, score, Snippet(node, terms));
    }

    private static int Count(string haystack, string term)
    {
        var count = 0;
        for (var i = haystack.IndexOf(term, StringComparison.Ordinal); i >= 0; i = haystack.IndexOf(term, i + term.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    /// <summary>About sixteen words around the first occurrence in a cable's text, else its subject; null for other nodes.</summary>
    private static string? Snippet(GraphNode node, IReadOnlyList<string> terms)
    {
        var text = node.Get<string>(GraphProperty.Text);
        if (text is not null)
        {
            var lower = text.ToLowerInvariant();
            var at = terms.Select(t => lower.IndexOf(t, StringComparison.Ordinal)).Where(i => i >= 0).DefaultIfEmpty(-1).Min();
            if (at >= 0)
            {
                var start = Math.Max(0, at - 60);
                var end = Math.Min(text.Length, at + 60);
                var piece = string.Join(' ', text[start..end].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
                return (start > 0 ? "…" : "") + piece + (end < text.Length ? "…" : "");
            }
        }

        return node.Kind == NodeKind.Cable ? node.Get<string>(GraphProperty.Subject) : null;
    }
}
