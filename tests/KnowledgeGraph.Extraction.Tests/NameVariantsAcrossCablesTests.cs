using KnowledgeGraph.Cables.Model;
using KnowledgeGraph.Extraction.Model;
using KnowledgeGraph.Testing;

namespace KnowledgeGraph.Extraction.Tests;

/// <summary>One person spelled two ways in two cables gets one id; surname-only mentions elsewhere resolve to it.</summary>
public sealed class NameVariantsAcrossCablesTests
{
    private const string Moscow = "Foreign Minister Sergey Lavrov met Ambassador John Beyrle on May 4. Lavrov said Russia would reply.";
    private const string Tokyo = "FM Sergei Lavrov told Foreign Minister Masahiko Komura that Moscow wanted talks.";
    private const string Capitals = "FM LAVROV TOLD THE AMBASSADOR THAT MOSCOW WOULD NOT CHANGE ITS POSITION. LAVROV ADDED THAT TALKS WOULD CONTINUE.";

    [Fact]
    public void Two_spellings_in_two_cables_are_one_person_and_surname_mentions_resolve_to_it()
    {
        var registry = new NameRegistry();
        var extractor = new FactExtractor(registry);
        var moscow = extractor.Extract(Cable("09MOSCOW9999", Moscow));
        var tokyo = extractor.Extract(Cable("07TOKYO9999", Tokyo));
        registry.Learn(moscow);
        registry.Learn(tokyo);
        var capitals = extractor.Extract(Cable("09MOSCOW9998", Capitals));

        var sergey = Person(moscow, "person:sergei-lavrov");
        Assert.Equal("Sergey Lavrov", sergey.Name); // the name as the cable writes it
        Assert.Contains("Sergey Lavrov", sergey.Aliases); // kept, so the merged node keeps this spelling
        Assert.Equal("Sergei Lavrov", Person(tokyo, "person:sergei-lavrov").Name);
        Assert.DoesNotContain("Sergei Lavrov", Person(tokyo, "person:sergei-lavrov").Aliases);
        Assert.Equal(2, Person(capitals, "person:sergei-lavrov").Mentions.Count);
        Assert.DoesNotContain([moscow, tokyo, capitals], f => f.Persons.Any(p => p.Id is "person:lavrov" or "person:sergey-lavrov"));

        // the same cable again: the same ids
        var again = extractor.Extract(Cable("09MOSCOW9999", Moscow));
        Assert.Equal(moscow.Persons.Select(p => p.Id), again.Persons.Select(p => p.Id));
    }

    [Fact]
    public void Both_spellings_in_one_cable_are_one_person()
    {
        var facts = FactExtractor.Default.Extract(Cable("09MOSCOW9997", "FM Sergey Lavrov met Secretary Clinton. Sergei Lavrov said talks would go on."));
        var lavrov = Assert.Single(facts.Persons, p => p.Id == "person:sergei-lavrov");
        Assert.Equal(2, lavrov.Mentions.Count);
        Assert.Contains("Sergei Lavrov", lavrov.Aliases);
    }

    [Fact]
    public void Different_given_names_with_one_surname_stay_two_people()
    {
        var facts = FactExtractor.Default.Extract(Cable("09MOSCOW9996", "Sergei Ivanov met Igor Ivanov in the Kremlin on May 4."));
        Assert.Contains(facts.Persons, p => p.Id == "person:sergei-ivanov");
        Assert.Contains(facts.Persons, p => p.Id == "person:igor-ivanov");
    }

    [SharedDataFact]
    public void The_seed_and_a_cablegate_cable_spell_Lavrov_differently_and_agree_on_his_id()
    {
        var seed = FactExtractor.Default.Extract(TestCables.Seed());
        var moscow = FactExtractor.Default.Extract(TestCables.Corpus("09MOSCOW2747"));
        Assert.Equal("Sergei Lavrov", Person(seed, "person:sergei-lavrov").Name);
        Assert.Equal("Sergey Lavrov", Person(moscow, "person:sergei-lavrov").Name);
    }

    private static PersonEntity Person(CableFacts facts, string id)
        => facts.Persons.SingleOrDefault(p => p.Id == id)
           ?? throw new Xunit.Sdk.XunitException($"{id} not found; persons: {string.Join(", ", facts.Persons.Select(p => p.Id))}");

    private static ParsedCable Cable(string id, string body) => new()
    {
        Id = id,
        Origin = "Embassy Moscow",
        Source = new CableSource(CableFormat.Text, "test"),
        Created = new DateTimeOffset(2009, 5, 5, 0, 0, 0, TimeSpan.Zero),
        Paragraphs = [new Paragraph(1, null, new TextSpan(0, body.Length), body)],
        Body = body,
        ContentHash = id,
    };
}
