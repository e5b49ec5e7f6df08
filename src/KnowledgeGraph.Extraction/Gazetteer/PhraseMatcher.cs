using KnowledgeGraph.Extraction.Text;

namespace KnowledgeGraph.Extraction.Gazetteer;

/// <summary>
/// Longest-match lookup of multi-token phrases over a token stream: a trie keyed by <see cref="Vocabulary"/> word
/// ids, so matching is case-insensitive and a step costs an array or integer-key probe, not a string hash.
/// Phrases are tokenized by the same <see cref="Tokenizer"/> as the text, so "G-8" or "A/S" match as written.
/// Lookup costs at most <see cref="MaxPhraseTokens"/> probes per start token: linear in the text.
/// </summary>
internal sealed class PhraseMatcher<T>(Vocabulary vocabulary)
    where T : class
{
    public const int MaxPhraseTokens = 8;

    /// <summary>First words by word id: the probe made at every token is an array index.</summary>
    private Node?[] _first = [];

    public int Count { get; private set; }

    /// <summary>Adds a phrase; the first value added for a phrase wins.</summary>
    /// <param name="acronym">Matches only when written in capitals (mixed-case text): "PAN" the party, not "pan".</param>
    /// <param name="wordInCaps">Also an ordinary word ("WHO", "AID"): skipped in ALL-CAPS text, where case cannot tell.</param>
    public void Add(string phrase, List<Token> tokens, T value, bool acronym, bool wordInCaps)
    {
        if (tokens.Count == 0 || tokens.Count > MaxPhraseTokens)
        {
            return;
        }

        var firstId = vocabulary.Add(phrase.Substring(tokens[0].Start, tokens[0].Length));
        if (firstId >= _first.Length)
        {
            Array.Resize(ref _first, Math.Max(firstId + 1, _first.Length * 2));
        }

        var node = _first[firstId] ??= new Node();
        for (var k = 1; k < tokens.Count; k++)
        {
            var id = vocabulary.Add(phrase.Substring(tokens[k].Start, tokens[k].Length));
            node.Children ??= [];
            if (!node.Children.TryGetValue(id, out var next))
            {
                node.Children[id] = next = new Node();
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

    /// <summary>The longest phrase starting at token <paramref name="index"/>, or null; looks the words up as it goes.</summary>
    /// <param name="allCaps">The text is written in capitals, so case is no cue.</param>
    public Match? Longest(string text, List<Token> tokens, int index, int end, bool allCaps)
        => Longest(text, tokens, [], index, end, allCaps);

    /// <summary>The longest phrase starting at token <paramref name="index"/>, or null.</summary>
    /// <param name="wordIds">The <see cref="Vocabulary"/> id of every token (<see cref="Vocabulary.IdsOf"/>); empty to look them up here.</param>
    /// <param name="allCaps">The text is written in capitals, so case is no cue.</param>
    public Match? Longest(string text, List<Token> tokens, ReadOnlySpan<int> wordIds, int index, int end, bool allCaps)
    {
        var id = WordId(text, tokens, wordIds, index);
        if ((uint)id >= (uint)_first.Length || _first[id] is not { } node)
        {
            return null;
        }

        Match? best = null;
        for (var i = index; ;)
        {
            if (node.Value is not null
                && !(allCaps && node.WordInCaps)
                && (allCaps || !node.Acronym || IsUpper(text, tokens, index, i + 1)))
            {
                best = new Match(index, i + 1, node.Value);
            }

            i++;
            // A phrase never spans a sentence-level break (blank line).
            if (node.Children is null || i >= end || i - index >= MaxPhraseTokens || tokens[i].BlankLineBefore
                || !node.Children.TryGetValue(WordId(text, tokens, wordIds, i), out var next))
            {
                return best;
            }

            node = next;
        }
    }

    private int WordId(string text, List<Token> tokens, ReadOnlySpan<int> wordIds, int index)
        => wordIds.IsEmpty ? vocabulary.IdOf(tokens[index].Span(text)) : wordIds[index];

    private static bool IsUpper(string text, List<Token> tokens, int first, int end)
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
        public Dictionary<int, Node>? Children;
        public T? Value;
        public bool Acronym;
        public bool WordInCaps;
    }
}
