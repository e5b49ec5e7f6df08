using System.Text.RegularExpressions;
using KnowledgeGraph.Cables.Internal;

namespace KnowledgeGraph.Cables.Tests.Internal;

/// <summary>The scanners' character classes are the regex engine's, checked over every UTF-16 code unit.</summary>
public sealed class RegexCharsTests
{
    [Fact]
    public void Classes_match_the_regex_engine_for_every_char()
    {
        var word = new Regex(@"^\b", RegexOptions.CultureInvariant);
        var space = new Regex(@"^\s$", RegexOptions.CultureInvariant);
        var digit = new Regex(@"^\d$", RegexOptions.CultureInvariant);
        var mismatches = new List<string>();
        for (var c = char.MinValue; ; c++)
        {
            var s = c.ToString();
            if (word.IsMatch(s) != RegexChars.IsBoundaryWordChar(c) || space.IsMatch(s) != RegexChars.IsSpace(c) || digit.IsMatch(s) != RegexChars.IsDigit(c))
            {
                mismatches.Add(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
            }

            if (c == char.MaxValue)
            {
                break;
            }
        }

        Assert.Empty(mismatches);
    }

    [Theory]
    [InlineData("TO X", "TO", true)]
    [InlineData("TO", "TO", true)]
    [InlineData("TO/X", "TO", true)]
    [InlineData("TOKYO", "TO", false)]
    [InlineData("TO_X", "TO", false)]
    [InlineData("to X", "TO", false)]
    public void StartsWithWord_needs_a_boundary_after_the_word(string text, string word, bool expected)
        => Assert.Equal(expected, RegexChars.StartsWithWord(text, word));
}
