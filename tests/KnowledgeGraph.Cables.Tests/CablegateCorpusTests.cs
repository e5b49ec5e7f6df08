using KnowledgeGraph.Cables.Model;
using KnowledgeGraph.Testing;

namespace KnowledgeGraph.Cables.Tests;

/// <summary>Every WikiLeaks page of ../shared/corpus/cablegate-html reads into a consistent cable.</summary>
public sealed class CablegateCorpusTests
{
    private static readonly Lazy<IReadOnlyList<CableReadResult>> All = new(() =>
        new CableReader().Read([SharedData.CablegateHtml!]).ToList());

    [SharedDataFact]
    public void Every_page_parses()
    {
        var rejected = All.Value.OfType<CableRejected>().Select(r => $"{r.Source}: {r.Message}").ToList();
        Assert.Empty(rejected);
        Assert.Equal(1295, All.Value.Count);
    }

    [SharedDataFact]
    public void Ids_match_the_page_names_and_offsets_point_into_the_body()
    {
        foreach (var cable in All.Value.OfType<CableParsed>().Select(p => p.Cable))
        {
            Assert.Equal(CableIds.Canonicalize(Path.GetFileNameWithoutExtension(cable.Source.Name)), cable.Id);
            Assert.Equal(CableFormat.WikiLeaksHtml, cable.Source.Format);
            Assert.NotNull(cable.Created);
            Assert.False(string.IsNullOrEmpty(cable.Origin));
            foreach (var p in cable.Paragraphs)
            {
                Assert.Equal(cable.TextOf(p.Span), p.Text);
            }

            foreach (var s in cable.Sections)
            {
                Assert.Equal(s.Title, cable.TextOf(s.Span));
            }

            Assert.DoesNotMatch(@"(?m)^\s*SIPDIS\s*$", cable.Body);
            Assert.DoesNotContain("\n\n\n", cable.Body, StringComparison.Ordinal);
        }
    }

    [SharedDataFact]
    public void Most_pages_have_subject_tags_paragraphs_and_a_signer()
    {
        var cables = All.Value.OfType<CableParsed>().Select(p => p.Cable).ToList();
        Assert.True(cables.Count(c => c.Subject.Length > 0) > cables.Count * 0.97, "subjects");
        Assert.True(cables.Count(c => c.Tags.Count > 0) > cables.Count * 0.97, "tags");
        Assert.True(cables.Count(c => c.Paragraphs.Count > 1) > cables.Count * 0.9, "paragraphs");
        Assert.True(cables.Count(c => c.Signers.Count > 0) > cables.Count * 0.9, "signers");
        Assert.Contains(cables, c => c.IsPartial);
    }
}
