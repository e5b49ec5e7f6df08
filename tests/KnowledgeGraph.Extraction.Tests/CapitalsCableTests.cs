using KnowledgeGraph.Testing;

namespace KnowledgeGraph.Extraction.Tests;

/// <summary>ALL-CAPS cables, where capitalization is no cue.</summary>
public sealed class CapitalsCableTests
{
    [SharedDataFact]
    public void Hugo_and_Adan_Chavez_stay_two_people_and_titles_anchor_names()
    {
        var facts = FactExtractor.Default.Extract(TestCables.Corpus("04CARACAS2200"));
        var ids = facts.Persons.Select(p => p.Id).ToList();
        Assert.Contains("person:hugo-chavez", ids);
        Assert.Contains("person:herma-marksman", ids);
        Assert.Contains("person:fidel-castro", ids);
        Assert.DoesNotContain(ids, id => id == "person:chavez");
        var hugo = facts.Persons.Single(p => p.Id == "person:hugo-chavez");
        Assert.Equal("VE", hugo.Country);
        Assert.Contains("CHAVEZ", hugo.Aliases);
        Assert.Contains(facts.Meetings, m => m.Date == new DateOnly(2004, 7, 1) && m.Participants.Any(p => p.Id == "person:herma-marksman"));
    }

    [SharedDataFact]
    public void Names_learned_from_mixed_case_cables_resolve_in_capitals()
    {
        var registry = new NameRegistry();
        registry.Add(["Herma", "Marksman"], "VE", null);
        var facts = new FactExtractor(registry).Extract(TestCables.Corpus("04CARACAS2200"));
        var marksman = facts.Persons.Single(p => p.Id == "person:herma-marksman");
        Assert.True(marksman.Mentions.Count >= 8);
    }
}
