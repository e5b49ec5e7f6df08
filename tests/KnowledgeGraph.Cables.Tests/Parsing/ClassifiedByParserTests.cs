using System.Text.RegularExpressions;
using KnowledgeGraph.Cables.Parsing;

namespace KnowledgeGraph.Cables.Tests.Parsing;

public sealed class ClassifiedByParserTests
{
    /// <summary>
    /// The parser looks for "Classified" with an ordinal case-blind search before it runs its case-blind patterns: every
    /// character the patterns' case folding takes for a letter of the word must be equal to it ignoring case, ordinally.
    /// </summary>
    [Fact]
    public void The_word_search_finds_every_spelling_the_patterns_match()
    {
        var missed = new List<string>();
        foreach (var letter in "CLASIFED")
        {
            var pattern = new Regex("^" + letter + "$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
            for (var c = char.MinValue; c < char.MaxValue; c++)
            {
                if (pattern.IsMatch(c.ToString()) && !string.Equals(c.ToString(), letter.ToString(), StringComparison.OrdinalIgnoreCase))
                {
                    missed.Add($"{letter}: U+{(int)c:X4}");
                }
            }
        }

        Assert.Empty(missed);
    }

    [Fact]
    public void Every_classified_by_line_is_read_and_the_scan_stops_after_the_last()
    {
        const string content = """
            CONFIDENTIAL
            Classified By: Ambassador John Smith for reasons 1.4 (b) and (d).

            1. (C) Text of the cable.

            2. (C) Classified by: DCM Mary Jones, reasons 1.4 (d).

            3. More text that names no official.
            """;
        Assert.Equal(["John Smith", "Mary Jones"], ClassifiedByParser.Parse(content).Select(c => c.Name));
    }

    [Fact]
    public void A_key_after_a_paragraph_number_on_the_line_before_is_found()
        => Assert.Equal(["JOHN SMITH"], ClassifiedByParser.Parse("1.\n(C)\nCLASSIFIED BY: JOHN SMITH, REASON 1.4 (B)").Select(c => c.Name));
}
