namespace KnowledgeGraph.Extraction.Tests;

/// <summary>The cross-cable name registry: one person per full name up to given-name transliteration, never a guess between two.</summary>
public sealed class NameRegistryTests
{
    [Fact]
    public void A_learned_variant_spelling_does_not_make_a_surname_ambiguous()
    {
        var registry = new NameRegistry(); // holds the built-in Sergei Lavrov
        registry.Add(["Sergey", "Lavrov"], "RU", null);
        var known = registry.Resolve("LAVROV");
        Assert.NotNull(known);
        Assert.Equal(["Sergei", "Lavrov"], known.Parts); // the built-in spelling
    }

    [Fact]
    public void The_spelling_handed_out_does_not_depend_on_learning_order()
    {
        var forward = new NameRegistry();
        forward.Add(["Yuriy", "Luzhkov"], "RU", null);
        forward.Add(["Yuri", "Luzhkov"], null, "Mayor");
        var backward = new NameRegistry();
        backward.Add(["Yuri", "Luzhkov"], null, "Mayor");
        backward.Add(["Yuriy", "Luzhkov"], "RU", null);

        Assert.Equal(["Yuri", "Luzhkov"], forward.Resolve("Luzhkov")!.Parts);
        Assert.Equal(["Yuri", "Luzhkov"], backward.Resolve("Luzhkov")!.Parts);
        Assert.Equal(forward.Count, backward.Count);
    }

    [Fact]
    public void Two_people_with_one_surname_stay_unresolved()
    {
        var registry = new NameRegistry(); // holds the built-in Hugo Chavez
        registry.Add(["Adan", "Chavez"], "VE", null);
        Assert.Null(registry.Resolve("Chavez"));
    }

    [Fact]
    public void The_learn_pass_sees_the_persons_a_full_extraction_finds()
    {
        // LearnFrom stops after person resolution; what it learns must be what the whole pipeline finds.
        var seed = TestCables.Seed();
        string Describe(Model.PersonEntity p) => $"{p.Id}|{p.Name}|{p.Title}|{p.Country}|{p.Confidence}|{string.Join(',', p.Aliases)}|{p.Mentions.Count}";
        var full = FactExtractor.Default.Extract(seed).Persons.Select(Describe).ToList();
        Assert.True(full.Count >= 10, "the seed names ten persons");
        Assert.Equal(full, FactExtractor.Default.ExtractPersons(seed).Select(Describe));
    }
}
