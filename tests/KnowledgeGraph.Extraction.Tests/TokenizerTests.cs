using KnowledgeGraph.Extraction.Gazetteer;
using KnowledgeGraph.Extraction.Text;

namespace KnowledgeGraph.Extraction.Tests;

public sealed class TokenizerTests
{
    private static string[] Tokens(string text)
        => Lexicon.Instance.Tokenizer.Tokenize(text).Select(t => text[t.Start..t.End]).ToArray();

    [Theory]
    [InlineData("U.S.-Japan missile defense", new[] { "U.S.", "-", "Japan", "missile", "defense" })]
    [InlineData("On Oct. 25, MOFA", new[] { "On", "Oct.", "25", ",", "MOFA" })]
    [InlineData("Amb. J. Thomas Schieffer.", new[] { "Amb.", "J.", "Thomas", "Schieffer", "." })]
    [InlineData("Lavrov's visit", new[] { "Lavrov", "'s", "visit" })]
    [InlineData("G-8 Hokkaido-Toyako", new[] { "G", "-", "8", "Hokkaido", "-", "Toyako" })]
    [InlineData("A/S Hill and N'Djamena", new[] { "A", "/", "S", "Hill", "and", "N'Djamena" })]
    [InlineData("Reasons 1.4 (b) -- end", new[] { "Reasons", "1.4", "(", "b", ")", "--", "end" })]
    public void Tokens_are_offsets_with_cable_abbreviations(string text, string[] expected) => Assert.Equal(expected, Tokens(text));

    [Fact]
    public void Sentences_end_at_periods_not_at_abbreviations()
    {
        const string text = "On Oct. 25, Dr. Smith met the U.S. Ambassador. He left.\n\n-- a bullet\n-- another";
        var tokens = Lexicon.Instance.Tokenizer.Tokenize(text);
        var sentences = SentenceSplitter.Split(text, tokens).Select(s => text[s.Start..s.End]).ToArray();
        Assert.Equal(["On Oct. 25, Dr. Smith met the U.S. Ambassador.", "He left.", "-- a bullet", "-- another"], sentences);
    }
}
