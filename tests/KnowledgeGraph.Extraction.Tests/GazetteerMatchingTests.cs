using KnowledgeGraph.Extraction.Gazetteer;
using KnowledgeGraph.Extraction.Pipeline;
using KnowledgeGraph.Extraction.Text;

namespace KnowledgeGraph.Extraction.Tests;

/// <summary>The word-id tries: one vocabulary lookup per token, the same matches as comparing the words themselves.</summary>
public sealed class GazetteerMatchingTests
{
    private static readonly Lexicon Lexicon = Lexicon.Instance;

    [Fact]
    public void Vocabulary_ids_are_case_insensitive_and_unknown_words_have_none()
    {
        var vocabulary = Lexicon.Vocabulary;
        Assert.NotEqual(Vocabulary.Unknown, vocabulary.IdOf("Territories"));
        Assert.Equal(vocabulary.IdOf("Territories"), vocabulary.IdOf("TERRITORIES"));
        Assert.Equal(Vocabulary.Unknown, vocabulary.IdOf("Zyxwvut"));
        // Date words are in the vocabulary, so a token without an id is known to be none.
        Assert.NotEqual(Vocabulary.Unknown, vocabulary.IdOf("Oct."));
        Assert.Throws<InvalidOperationException>(() => vocabulary.Add("anything"));
    }

    [Theory]
    [InlineData("the Northern Territories issue", 1, 3)]
    [InlineData("THE NORTHERN TERRITORIES ISSUE", 1, 3)]
    [InlineData("ballistic missile defense talks", 0, 3)]
    public void The_longest_phrase_wins_in_any_case(string text, int first, int end)
    {
        var tokens = Lexicon.Tokenizer.Tokenize(text);
        var ids = Lexicon.Vocabulary.IdsOf(text, tokens);
        var allCaps = CableDocument.IsAllCaps(text);
        var byIds = Lexicon.Topics.Longest(text, tokens, ids, first, tokens.Count, allCaps);
        var byWords = Lexicon.Topics.Longest(text, tokens, first, tokens.Count, allCaps);
        Assert.NotNull(byIds);
        Assert.Equal((first, end), (byIds.FirstToken, byIds.EndToken));
        Assert.Equal(byIds, byWords);
    }

    [Fact]
    public void A_phrase_never_spans_a_blank_line()
    {
        const string text = "Northern\n\nTerritories";
        var tokens = Lexicon.Tokenizer.Tokenize(text);
        var m = Lexicon.Topics.Longest(text, tokens, Lexicon.Vocabulary.IdsOf(text, tokens), 0, tokens.Count, allCaps: false);
        Assert.True(m is null || m.EndToken == 1);
    }

    [Fact]
    public void Acronyms_match_only_in_capitals_in_mixed_case_text()
    {
        const string text = "the LDP and the ldp";
        var tokens = Lexicon.Tokenizer.Tokenize(text);
        var ids = Lexicon.Vocabulary.IdsOf(text, tokens);
        Assert.NotNull(Lexicon.Organizations.Longest(text, tokens, ids, 1, tokens.Count, allCaps: false));
        Assert.Null(Lexicon.Organizations.Longest(text, tokens, ids, 4, tokens.Count, allCaps: false));
    }

    [Theory]
    [InlineData("Komura")]
    [InlineData("al-Alimi")]
    [InlineData("Al Alimi")]
    [InlineData("O'Neill")]
    [InlineData("ELBARADEI")]
    public void The_span_surname_key_equals_the_string_one(string word)
    {
        Span<char> buffer = stackalloc char[64];
        Assert.True(Names.TrySurnameKey(word, buffer, out var key));
        Assert.Equal(Names.SurnameKey(word), key.ToString());
    }

    [Fact]
    public void The_span_surname_key_declines_what_needs_transliteration()
    {
        Span<char> buffer = stackalloc char[64];
        Assert.False(Names.TrySurnameKey("Chávez", buffer, out _));
        Assert.False(Names.TrySurnameKey(new string('a', 65), buffer, out _));
    }

    [Theory]
    [InlineData("THE MINISTER MET THE AMBASSADOR AND THE DEPUTY MINISTER TODAY. ok", true)]
    [InlineData("THE MINISTER MET THE AMBASSADOR. it was brief.", false)]
    [InlineData("The Minister met the Ambassador.", false)]
    [InlineData("1234 -- 5678", false)]
    public void All_caps_is_decided_by_the_share_of_lower_case_letters(string text, bool expected)
        => Assert.Equal(expected, CableDocument.IsAllCaps(text));
}
