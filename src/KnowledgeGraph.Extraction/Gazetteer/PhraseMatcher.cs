using KnowledgeGraph.Extraction.Text;

namespace KnowledgeGraph.Extraction.Gazetteer;

/// <summary>
/// Longest-match lookup of multi-token phrases over a token stream (a token trie keyed case-insensitively).
/// Phrases are tokenized by the same <see cref="Tokenizer"/> as the text, so "G-8" or "A/S" match as written.
/// Lookup costs at most <see cref="MaxPhraseTokens"/> dictionary probes per start token: linear in the text.
/// </summary>
internal sealed class PhraseMatcher<T>
    where T : class
{
    public const int MaxPhraseTokens = 8;

    private readonly Node _root = new();

    public int Count { get; private set; }

    /// <summary>Adds a phrase; the first value added for a phrase wins.</summary>
    /// <param name="acronym">Matches only when written in capitals (mixed-case text): "PAN" the party, not "pan".</param>
    /// <param name="wordInCaps">Also an ordinary word ("WHO", "AID"): skipped in ALL-CAPS text, where case cannot tell.</param>
    public void Add(string phrase, IReadOnlyList<Token> tokens, T value, bool acronym, bool wordInCaps)
    {
        if (tokens.Count == 0 || tokens.Count > MaxPhraseTokens)
        {
            return;
        }

        var node = _root;
        foreach (var t in tokens)
        {
            var key = phrase.Substring(t.Start, t.Length);
            if (node.Children is null)
            {
                node.Children = new Dictionary<string, Node>(StringComparer.OrdinalIgnoreCase);
                node.ChildrenBySpan = node.Children.GetAlternateLookup<ReadOnlySpan<char>>();
            }

            if (!node.Children.TryGetValue(key, out var next))
            {
                next = new Node();
                node.Children[key] = next;
            }

            node = next;
        }

        if (node.Value is null)
        {
            node.Value = value;
            node.Acronym = acronym;
            node.WordInCaps = wordInCaps;
            Count++;
        }
    }

    /// <summary>The longest phrase starting at token <paramref name="index"/>, or null.</summary>
    /// <param name="allCaps">The text is written in capitals, so case is no cue.</param>
    public Match? Longest(string text, IReadOnlyList<Token> tokens, int index, int end, bool allCaps)
    {
        var node = _root;
        Match? best = null;
        for (var i = index; i < end && i - index < MaxPhraseTokens; i++)
        {
            if (node.Children is null)
            {
                break;
            }

            var t = tokens[i];
            // A phrase never spans a sentence-level break (blank line).
            if (i > index && t.BlankLineBefore)
            {
                break;
            }

            if (!node.ChildrenBySpan.TryGetValue(t.Span(text), out var next))
            {
                break;
            }

            node = next;
            if (node.Value is not null
                && !(allCaps && node.WordInCaps)
                && (allCaps || !node.Acronym || IsUpper(text, tokens, index, i + 1)))
            {
                best = new Match(index, i + 1, node.Value);
            }
        }

        return best;
    }

    private static bool IsUpper(string text, IReadOnlyList<Token> tokens, int first, int end)
    {
        for (var i = first; i < end; i++)
        {
            foreach (var c in tokens[i].Span(text))
            {
                if (char.IsLower(c))
                {
                    return false;
                }
            }
        }

        return true;
    }

    public sealed record Match(int FirstToken, int EndToken, T Value);

    private sealed class Node
    {
        public Dictionary<string, Node>? Children;

        /// <summary>The same children, looked up by a token's characters (made once, not per lookup).</summary>
        public Dictionary<string, Node>.AlternateLookup<ReadOnlySpan<char>> ChildrenBySpan;
        public T? Value;
        public bool Acronym;
        public bool WordInCaps;
    }
}
