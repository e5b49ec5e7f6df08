using System.Text;
using KnowledgeGraph.Cables.Model;

namespace KnowledgeGraph.Extraction.Tests;

/// <summary>Bad and pathological input finishes (in time linear in its size: no timed assert, the suite would hang otherwise).</summary>
public sealed class PathologicalInputTests
{
    private static ParsedCable Cable(string body) => new()
    {
        Id = "99TEST1",
        Source = new CableSource(CableFormat.Text, "test"),
        Created = new DateTimeOffset(2009, 1, 1, 0, 0, 0, TimeSpan.Zero),
        Paragraphs = [new Paragraph(1, null, new TextSpan(0, body.Length), body)],
        Body = body,
        ContentHash = "x",
    };

    [Fact]
    public void Ten_megabyte_paragraph_without_punctuation()
    {
        var sb = new StringBuilder(10_000_000);
        var words = new[] { "the", "minister", "met", "with", "officials", "about", "trade", "and", "missile", "defense" };
        for (var i = 0; sb.Length < 10_000_000; i++)
        {
            sb.Append(words[i % words.Length]).Append(' ');
        }

        var facts = FactExtractor.Default.Extract(Cable(sb.ToString()));
        Assert.Contains(facts.Topics, t => t.Id == "topic:missile-defense");
    }

    [Fact]
    public void A_million_capitalized_words()
    {
        var sb = new StringBuilder();
        var rng = new Random(7);
        for (var i = 0; i < 1_000_000; i++)
        {
            sb.Append((char)('A' + rng.Next(26))).Append((char)('a' + rng.Next(26))).Append((char)('a' + rng.Next(26))).Append((char)('a' + rng.Next(26))).Append(' ');
        }

        var facts = FactExtractor.Default.Extract(Cable(sb.ToString()));
        Assert.NotNull(facts.Persons);
    }

    [Fact]
    public void Empty_body_yields_a_warning_not_a_crash()
    {
        var facts = FactExtractor.Default.Extract(Cable(""));
        Assert.Empty(facts.Persons);
        Assert.Single(facts.Warnings);
    }
}
