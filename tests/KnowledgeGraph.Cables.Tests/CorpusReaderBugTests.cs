using KnowledgeGraph.Cables.Model;
using KnowledgeGraph.Testing;

namespace KnowledgeGraph.Cables.Tests;

/// <summary>Reader bugs found on real cables of ../shared/corpus/cablegate-html, one test per cable.</summary>
public sealed class CorpusReaderBugTests
{
    private static ParsedCable Read(string id)
    {
        var path = Path.Combine(SharedData.CablegateHtml!, id + ".html");
        var result = Assert.Single(new CableReader().Read([path]));
        return Assert.IsType<CableParsed>(result).Cable;
    }

    [SharedDataFact]
    public void A_signature_ending_the_last_line_of_text_keeps_that_paragraph()
    {
        // 09STOCKHOLM707: "… even if they gain a seat in Parliament. BARZUN" is ¶2, the signature ends its line.
        var cable = Read("09STOCKHOLM707");
        Assert.Equal([1, 2], cable.Paragraphs.Select(p => p.Number));
        Assert.EndsWith("even if they gain a seat in Parliament.", cable.Paragraphs[1].Text, StringComparison.Ordinal);
        Assert.Equal(["BARZUN"], cable.Signers);
        Assert.DoesNotContain("BARZUN", cable.Body, StringComparison.Ordinal);
    }

    [SharedDataFact]
    public void A_pilcrow_before_a_day_inside_a_sentence_is_not_a_paragraph()
    {
        // 06MADRID2632: "… at his residence on October\n¶16. President Aznar offered …" stays in ¶1.
        var cable = Read("06MADRID2632");
        Assert.Equal(Enumerable.Range(1, cable.Paragraphs.Count), cable.Paragraphs.Select(p => p.Number));
        Assert.Contains("on October 16. President Aznar offered", TextOf(cable.Paragraphs[0]), StringComparison.Ordinal);
        Assert.DoesNotContain("Classified By", cable.Body, StringComparison.Ordinal);
    }

    [SharedDataFact]
    public void Every_classified_by_line_is_read()
    {
        // 09TALLINN373 has two "Classified By" lines.
        var cable = Read("09TALLINN373");
        Assert.Equal(["Marc Nordberg", "Karen Decker"], cable.ClassifiedBy.Select(c => c.Name));
    }

    [SharedDataFact]
    public void A_tag_alone_on_the_continuation_line_is_kept()
    {
        // 10BERLIN128: "TAGS: PTER KTFN … KPAO KTIA\nGM".
        var cable = Read("10BERLIN128");
        Assert.Equal(["PTER", "KTFN", "KCRM", "KHLS", "ECPS", "ECON", "PREL", "KPAO", "KTIA", "GM"], cable.Tags.Select(t => t.Value));
        Assert.Equal("DE", cable.Tags[^1].CountryCode);
    }

    private static string TextOf(Paragraph p) => p.Text.Replace('\n', ' ');
}
