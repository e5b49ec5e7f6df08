using KnowledgeGraph.Extraction.Gazetteer;

namespace KnowledgeGraph.Extraction.Tests;

/// <summary>Name normalization: transliteration variants of given names fold, everything else stays apart.</summary>
public sealed class NamesTests
{
    [Theory]
    [InlineData("Sergey", "Sergei")]
    [InlineData("SERGUEI", "Sergei")]
    [InlineData("Yuriy", "Yuri")]
    [InlineData("Iouri", "Yury")]
    [InlineData("Aleksandr", "Alexander")]
    [InlineData("Dmitriy", "Dmitri")]
    [InlineData("Andrey", "Andrei")]
    [InlineData("Nikolay", "Nikolai")]
    [InlineData("Gennadiy", "Gennady")]
    [InlineData("Yevgeniy", "Evgeny")]
    [InlineData("Muhammad", "Mohamed")]
    [InlineData("Mohammad", "MOHAMMED")]
    [InlineData("Usama", "Osama")]
    [InlineData("Abdul-Aziz", "Abdelaziz")]
    [InlineData("Yousuf", "Yousaf")]
    [InlineData("Binyamin", "Benjamin")]
    public void Transliteration_variants_share_a_given_name_key(string a, string b)
        => Assert.Equal(Names.GivenKey(a), Names.GivenKey(b));

    [Theory]
    [InlineData("Hugo Chávez", "person:hugo-chavez", "HUGOCHAVEZ")]
    [InlineData("José Luis Rodríguez Zapatero", "person:jose-luis-rodriguez-zapatero", "JOSELUISRODRIGUEZZAPATERO")]
    [InlineData("Sergei Lavrov", "person:sergei-lavrov", "SERGEILAVROV")]
    [InlineData("Сергей Лавров", "person:sergei-lavrov", "SERGEYLAVROV")]
    [InlineData("Gerhard Schröder", "person:gerhard-schroder", "GERHARDSCHRODER")]
    public void Accented_and_non_latin_names_fold_to_ascii_ids_and_keys(string name, string id, string key)
    {
        Assert.Equal(id, Names.PersonId(name.Split(' ')));
        Assert.Equal(key, Names.Key(name));
    }

    [Theory]
    [InlineData("Hugo", "Adan")]
    [InlineData("Hamad", "Hamid")]
    [InlineData("Philippe", "Philip")]
    [InlineData("Luis", "Luiz")]
    [InlineData("Hossein", "Hussein")]
    [InlineData("Sergei", "Serhiy")]
    public void Different_given_names_keep_different_keys(string a, string b)
        => Assert.NotEqual(Names.GivenKey(a), Names.GivenKey(b));

    [Theory]
    [InlineData("Sergey Lavrov", "person:sergei-lavrov")]
    [InlineData("SERGEI LAVROV", "person:sergei-lavrov")]
    [InlineData("Dmitriy Medvedev", "person:dmitry-medvedev")]
    [InlineData("Muhammad bin Nayef", "person:mohammed-bin-nayef")]
    [InlineData("Abdul-Aziz Bouteflika", "person:abdelaziz-bouteflika")]
    [InlineData("Ali Mohammad", "person:ali-mohammad")] // the surname is never folded
    [InlineData("J. Thomas Schieffer", "person:j-thomas-schieffer")] // no variants: the slug as before
    public void Person_ids_spell_given_names_canonically(string name, string id)
        => Assert.Equal(id, Names.PersonId(name.Split(' ')));

    [Fact]
    public void Full_name_keys_fold_given_names_only()
    {
        Assert.Equal(Names.FullNameKey(["Sergey", "Lavrov"]), Names.FullNameKey(["SERGEI", "LAVROV"]));
        Assert.NotEqual(Names.FullNameKey(["Hugo", "Chavez"]), Names.FullNameKey(["Adan", "Chavez"]));
        Assert.NotEqual(Names.FullNameKey(["Ali", "Mohammad"]), Names.FullNameKey(["Ali", "Muhammad"]));
    }

    [Fact]
    public void The_embedded_variant_groups_load()
    {
        var variants = Lexicon.Instance.GivenNameVariants;
        Assert.True(variants.Count > 200, $"{variants.Count} spellings");
        Assert.Equal("Sergei", variants.Canonical("sergej"));
        Assert.Equal("Lavrov", variants.Canonical("Lavrov"));
    }

    [Fact]
    public void A_spelling_in_two_groups_is_a_data_error()
    {
        var e = Assert.Throws<InvalidOperationException>(() => new GivenNameVariants(["Sergei Sergey", "Sergey Serguei"]));
        Assert.Contains("Sergey", e.Message, StringComparison.Ordinal);
        Assert.Throws<InvalidOperationException>(() => new GivenNameVariants(["Sergei"]));
    }
}
