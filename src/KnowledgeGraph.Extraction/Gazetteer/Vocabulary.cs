using System.Collections.Frozen;
using KnowledgeGraph.Extraction.Text;

namespace KnowledgeGraph.Extraction.Gazetteer;

/// <summary>
/// Dense ids for the words of every lexicon phrase, compared case-insensitively. A document looks each token up
/// once (<see cref="IdsOf"/>) and the phrase tries then step by id, so a token is hashed once rather than once per
/// lexicon; a token that is in no phrase (most of them) gets -1 and fails every trie without a probe.
/// Filled while the lexicons load, then frozen and shared read-only by all threads.
/// </summary>
internal sealed class Vocabulary
{
    public const int Unknown = -1;

    private readonly Dictionary<string, int> _building = new(StringComparer.OrdinalIgnoreCase);
    private FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private bool _frozen;

    /// <summary>The id of a word, added if new (only while the lexicons load).</summary>
    public int Add(string word)
    {
        if (_frozen)
        {
            throw new InvalidOperationException("The vocabulary is frozen once the lexicons have loaded.");
        }

        if (!_building.TryGetValue(word, out var id))
        {
            id = _building.Count;
            _building[word] = id;
        }

        return id;
    }

    /// <summary>Ends loading: lookups from now on use a frozen (read-optimized) table.</summary>
    public void Freeze()
    {
        _lookup = _building.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
        _frozen = true;
    }

    public int IdOf(ReadOnlySpan<char> word)
    {
        if (_frozen)
        {
            return _lookup.TryGetValue(word, out var id) ? id : Unknown;
        }

        return _building.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word, out var building) ? building : Unknown;
    }

    /// <summary>The id of every token of a text, in token order.</summary>
    public int[] IdsOf(string text, List<Token> tokens)
    {
        var ids = new int[tokens.Count];
        for (var i = 0; i < ids.Length; i++)
        {
            ids[i] = IdOf(tokens[i].Span(text));
        }

        return ids;
    }
}
