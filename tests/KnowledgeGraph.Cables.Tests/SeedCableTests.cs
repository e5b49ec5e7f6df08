using KnowledgeGraph.Cables.Model;
using KnowledgeGraph.Testing;

namespace KnowledgeGraph.Cables.Tests;

/// <summary>The reference cable (samples/07TOKYO5019.txt): every header field, exactly.</summary>
public sealed class SeedCableTests
{
    private static readonly Lazy<ParsedCable> Seed = new(() =>
    {
        var path = Path.Combine(SharedData.RepositoryRoot, "samples", "07TOKYO5019.txt");
        var result = Assert.Single(new CableReader().Read([path]));
        return Assert.IsType<CableParsed>(result).Cable;
    });

    private static ParsedCable Cable => Seed.Value;

    public static TheoryData<string, string?> ScalarFields => new()
    {
        { "Id", "07TOKYO5019" },
        { "Created", "2007-10-26T08:49:00.0000000+00:00" },
        { "Origin", "Embassy Tokyo" },
        { "Precedence", "IMMEDIATE" },
        { "TransmissionId", "VZCZCXRO9974" },
        { "Classification", "CONFIDENTIAL" },
        { "ClassificationCategories", "1.4 (B)|1.4 (D)" },
        { "ClassifiedBy", "J. Thomas Schieffer/Ambassador" },
        { "DeclassifyOn", "2016-10-26" },
        { "Subject", "RUSSIAN FM LAVROV MEETING WITH JAPAN FM KOMURA: MOSCOW CONCERNS REGARDING MISSILE DEFENSE; NO PROGRESS ON NORTHERN TERRITORIES" },
        { "Tags", "PREL:Subject:|PGOV:Subject:|ENRG:Subject:|JA:Geo:JP|RU:Geo:RU" },
        { "References", "07TOKYO2690:Cable:A|07TOKYO4661:Cable:B" },
        { "Signers", "SCHIEFFER" },
        { "Sections", "Bilateral Relations|No Progress on Northern Territories|Missile Defense" },
        { "IsPartial", "False" },
        { "Format", "Text" },
        { "Summary", "Tokyo and Moscow made no progress toward resolving the Northern Territories issue during Russian FM Sergei Lavrov's October 23 visit to Japan, MOFA officials told Embassy Tokyo on October 25. Lavrov expressed concern about U.S.-Japan missile defense cooperation and BMD deployments, which he said encircled Russia and demonstrated that missile defense should be viewed in a global, not regional, context." },
    };

    [Theory]
    [MemberData(nameof(ScalarFields))]
    public void Header_field_is_exact(string field, string? expected)
    {
        var c = Cable;
        string? actual = field switch
        {
            "Id" => c.Id,
            "Created" => c.Created?.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
            "Origin" => c.Origin,
            "Precedence" => c.Precedence,
            "TransmissionId" => c.TransmissionId,
            "Classification" => c.Classification,
            "ClassificationCategories" => string.Join('|', c.ClassificationCategories),
            "ClassifiedBy" => string.Join('|', c.ClassifiedBy.Select(b => $"{b.Name}/{b.Title}")),
            "DeclassifyOn" => c.DeclassifyOn?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            "Subject" => c.Subject,
            "Tags" => string.Join('|', c.Tags.Select(t => $"{t.Value}:{t.Kind}:{t.CountryCode}")),
            "References" => string.Join('|', c.References.Select(r => $"{r.Value}:{r.Kind}:{r.Bullet}")),
            "Signers" => string.Join('|', c.Signers),
            "Sections" => string.Join('|', c.Sections.Select(s => s.Title)),
            "IsPartial" => c.IsPartial.ToString(),
            "Format" => c.Source.Format.ToString(),
            "Summary" => c.Summary is { } s ? c.TextOf(s) : null,
            _ => throw new ArgumentOutOfRangeException(nameof(field)),
        };
        Assert.Equal(expected, actual);
    }

    public static TheoryData<string, string?, string?, string?, string> Recipients => new()
    {
        { "TO", "RUEHC", "SECSTATE WASHDC", "IMMEDIATE", "8984" },
        { "INFO", "RUEHB", "AMEMBASSY BEIJING", "PRIORITY", "9751" },
        { "INFO", "RUEHMO", "AMEMBASSY MOSCOW", "PRIORITY", "1932" },
        { "INFO", "RUEHUL", "AMEMBASSY SEOUL", "PRIORITY", "5805" },
        { "INFO", "RUEHFK", "AMCONSUL FUKUOKA", "PRIORITY", "4000" },
        { "INFO", "RUEHNH", "AMCONSUL NAHA", "PRIORITY", "6411" },
        { "INFO", "RUEHOK", "AMCONSUL OSAKA KOBE", "PRIORITY", "7665" },
        { "INFO", "RUEHKSO", "AMCONSUL SAPPORO", "PRIORITY", "4697" },
        { "INFO", "RUEHSH", "AMCONSUL SHENYANG", "PRIORITY", "0540" },
        { "INFO", "RHMCSSU", "DEPT OF ENERGY WASHINGTON DC", "PRIORITY", "" },
        { "INFO", "RHMFISS", "USFJ", "PRIORITY", "" },
        { "INFO", "RHEHAAA", "NSC WASHDC", "PRIORITY", "" },
        { "INFO", "RHHMUNA", "HQ USPACOM HONOLULU HI", "PRIORITY", "" },
        { "INFO", "RUAGAAA", "COMUSKOREA SEOUL KOR", "PRIORITY", "" },
        { "INFO", "RUCNDT", "USMISSION USUN NEW YORK", "PRIORITY", "6620" },
        { "INFO", "RUEAIIA", "CIA WASHDC", "PRIORITY", "" },
    };

    [Fact]
    public void Recipients_are_exact_and_in_order()
    {
        var expected = Recipients.Select(r => string.Join('/', r.Select(x => x?.ToString() ?? ""))).ToList();
        var actual = Cable.Recipients.Select(r => $"TO/{r.Route}/{r.Name}/{r.Precedence}/{r.Mcn}")
            .Concat(Cable.InfoRecipients.Select(r => $"INFO/{r.Route}/{r.Name}/{r.Precedence}/{r.Mcn}"))
            .ToList();
        Assert.Equal(expected, actual);
        Assert.All(Cable.Recipients.Concat(Cable.InfoRecipients), r => Assert.Empty(r.Excluded));
    }

    public static TheoryData<int, int, int, string, string> ParagraphTable => new()
    {
        // number, start, end, first words, last words
        { 1, 0, 426, "Summary. Tokyo and Moscow made no progress", "not regional, context. End Summary." },
        { 2, 449, 809, "On Oct. 25, MOFA Russia Division", "opposition DPJ Secretary General Yukio Hatoyama." },
        { 3, 811, 1184, "According to Otsuki, Komura and Lavrov", "between VFM Yachi and DFM Denisov." },
        { 4, 1223, 1695, "Contradicting media reports of October 25", "using \"patience and looking at reality.\"" },
        { 5, 1697, 2714, "Komura and Lavrov also discussed:", "set for November 9-10 in Tokyo (Ref B)." },
        { 6, 2733, 3656, "Lavrov expressed concern about U.S.-Japan", "that worsened U.S.-Russian relations." },
    };

    [Theory]
    [MemberData(nameof(ParagraphTable))]
    public void Paragraph_has_number_marking_and_exact_offsets(int number, int start, int end, string first, string last)
    {
        var p = Assert.Single(Cable.Paragraphs, p => p.Number == number);
        Assert.Equal("C", p.Marking);
        Assert.Equal(new TextSpan(start, end), p.Span);
        Assert.Equal(Cable.Body[start..end], p.Text);
        Assert.StartsWith(first, p.Text, StringComparison.Ordinal);
        Assert.EndsWith(last, p.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Paragraphs_are_one_to_six_in_order()
        => Assert.Equal([1, 2, 3, 4, 5, 6], Cable.Paragraphs.Select(p => p.Number));

    [Fact]
    public void Body_is_clean_text()
    {
        var body = Cable.Body;
        Assert.DoesNotContain("SIPDIS", body, StringComparison.Ordinal);
        Assert.DoesNotContain("00005019", body, StringComparison.Ordinal);
        Assert.DoesNotContain("SCHIEFFER", body, StringComparison.Ordinal);
        Assert.DoesNotContain("-----", body, StringComparison.Ordinal);
        Assert.DoesNotContain("¶", body, StringComparison.Ordinal);
        Assert.DoesNotContain("(C)", body, StringComparison.Ordinal);
        Assert.DoesNotContain("\n\n\n", body, StringComparison.Ordinal);
        Assert.DoesNotContain(" \n", body, StringComparison.Ordinal);
        Assert.Contains("opposition DPJ Secretary General Yukio Hatoyama.", body, StringComparison.Ordinal);
        Assert.Contains("and,\n\n-- The third round of talks", body, StringComparison.Ordinal);
    }

    [Fact]
    public void Section_spans_point_into_the_body()
    {
        foreach (var section in Cable.Sections)
        {
            Assert.Equal(section.Title, Cable.TextOf(section.Span));
            Assert.True(section.Section.Start == section.Span.Start && section.Section.End > section.Span.End);
        }

        Assert.Equal(Cable.Body.Length, Cable.Sections[^1].Section.End);
    }

    [SharedDataFact]
    public void Shared_seed_matches_the_sample()
    {
        var shared = Assert.IsType<CableParsed>(Assert.Single(new CableReader().Read([SharedData.SeedCable!]))).Cable;
        Assert.Equal(Cable.ContentHash, shared.ContentHash);
    }
}
