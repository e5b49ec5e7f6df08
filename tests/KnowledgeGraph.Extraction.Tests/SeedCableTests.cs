using KnowledgeGraph.Cables.Model;
using KnowledgeGraph.Extraction.Model;
using KnowledgeGraph.Testing;

namespace KnowledgeGraph.Extraction.Tests;

/// <summary>The reference cable 07TOKYO5019 must come out exactly: persons, countries, organizations, topics, meetings.</summary>
public sealed class SeedCableTests
{
    private static readonly Lazy<(ParsedCable Cable, CableFacts Facts)> Seed = new(() =>
    {
        var cable = TestCables.Seed();
        return (cable, FactExtractor.Default.Extract(cable));
    });

    private static CableFacts Facts => Seed.Value.Facts;
    private static ParsedCable Cable => Seed.Value.Cable;

    private static PersonEntity Person(string id) => Assert.Single(Facts.Persons, p => p.Id == id);

    [Theory]
    [InlineData("person:sergei-lavrov", "Sergei Lavrov", "Foreign Minister", "RU")]
    [InlineData("person:masahiko-komura", "Masahiko Komura", "Foreign Minister", "JP")]
    [InlineData("person:nobutaka-machimura", "Nobutaka Machimura", "Chief Cabinet Secretary", "JP")]
    [InlineData("person:yukio-hatoyama", "Yukio Hatoyama", "Secretary General", "JP")]
    [InlineData("person:kotaro-otsuki", "Kotaro Otsuki", "Principal Deputy Director", "JP")]
    [InlineData("person:keiichi-katakami", "Keiichi Katakami", "Deputy Director-General", "JP")]
    [InlineData("person:sergei-naryshkin", "Sergei Naryshkin", "Deputy Prime Minister", "RU")]
    [InlineData("person:yachi", "Yachi", "Vice Foreign Minister", "JP")]
    [InlineData("person:denisov", "Denisov", "Deputy Foreign Minister", "RU")]
    [InlineData("person:j-thomas-schieffer", "J. Thomas Schieffer", "Ambassador", "US")]
    public void Persons_have_name_title_and_country(string id, string name, string title, string country)
    {
        var p = Person(id);
        Assert.Equal(name, p.Name);
        Assert.Equal(title, p.Title);
        Assert.Equal(country, p.Country);
        Assert.InRange(p.Confidence, 0.5, 1.0);
    }

    [Fact]
    public void Exactly_the_ten_people_of_the_cable()
        => Assert.Equal(
            ["person:denisov", "person:j-thomas-schieffer", "person:keiichi-katakami", "person:kotaro-otsuki", "person:masahiko-komura",
             "person:nobutaka-machimura", "person:sergei-lavrov", "person:sergei-naryshkin", "person:yachi", "person:yukio-hatoyama"],
            Facts.Persons.Select(p => p.Id).Order(StringComparer.Ordinal));

    [Fact]
    public void Lavrov_coreference_covers_surname_title_and_the_Russian_FM()
    {
        var lavrov = Person("person:sergei-lavrov");
        Assert.Contains("Lavrov", lavrov.Aliases);
        Assert.Contains("FM Sergei Lavrov", lavrov.Aliases);
        // "the Russian FM" is a mention of him (below), not a name to look him up by.
        Assert.DoesNotContain(lavrov.Aliases, a => a.Contains("the Russian FM", StringComparison.OrdinalIgnoreCase));
        var texts = lavrov.Mentions.Select(m => Cable.Body[m.Start..m.End]).ToList();
        Assert.Equal(2, texts.Count(t => t.Equals("The Russian FM", StringComparison.Ordinal)));
        Assert.Equal(13, lavrov.Mentions.Count);
        // every mention points into the body at a paragraph that holds it
        foreach (var m in lavrov.Mentions)
        {
            var paragraph = Assert.Single(Cable.Paragraphs, p => p.Number == m.Paragraph);
            Assert.InRange(m.Start, paragraph.Span.Start, paragraph.Span.End);
        }
    }

    [Fact]
    public void Signature_resolves_to_the_ambassador_named_in_Classified_By()
    {
        var schieffer = Person("person:j-thomas-schieffer");
        Assert.Equal(["SCHIEFFER"], Cable.Signers);
        Assert.Contains("SCHIEFFER", schieffer.Aliases);
        Assert.Equal(1, Facts.Persons.Count(p => p.Name.Contains("Schieffer", StringComparison.OrdinalIgnoreCase)));
    }

    [Fact]
    public void Organizations_tie_people_to_their_ministry_and_party()
    {
        Assert.Contains("org:jp-mofa", Person("person:kotaro-otsuki").OrganizationIds);
        Assert.Contains("org:jp-mofa", Person("person:keiichi-katakami").OrganizationIds);
        Assert.Contains("org:dpj", Person("person:yukio-hatoyama").OrganizationIds);
        var mofa = Assert.Single(Facts.Organizations, o => o.Id == "org:jp-mofa");
        Assert.Equal(("Ministry of Foreign Affairs", "MOFA", "JP"), (mofa.Name, mofa.Acronym, mofa.Country));
        var dpj = Assert.Single(Facts.Organizations, o => o.Id == "org:dpj");
        Assert.Equal(("Democratic Party of Japan", "DPJ", "JP"), (dpj.Name, dpj.Acronym, dpj.Country));
        Assert.Contains(Facts.Organizations, o => o.Id == "org:g8");
        Assert.Contains(Facts.Organizations, o => o.Id == "org:us-embassy-tokyo" && o.Country == "US");
    }

    [Fact]
    public void Countries_from_names_demonyms_capitals_and_tags()
    {
        Assert.Equal(["CZ", "GB", "GL", "IR", "JP", "KP", "PL", "RU", "US"], Facts.Countries.Select(c => c.Code));
        var russia = Assert.Single(Facts.Countries, c => c.Code == "RU");
        Assert.Equal("Russia", russia.Name);
        Assert.True(russia.FromTags);
        Assert.Contains(russia.Mentions, m => Cable.Body[m.Start..m.End] == "Moscow");
        Assert.Contains(russia.Mentions, m => Cable.Body[m.Start..m.End] == "Russian");
        Assert.Contains(Facts.Countries.Single(c => c.Code == "KP").Mentions, m => Cable.Body[m.Start..m.End] == "Pyongyang");
    }

    [Fact]
    public void Topics_are_normalized_to_the_vocabulary()
    {
        var ids = Facts.Topics.Select(t => t.Id).ToList();
        Assert.Equal("topic:missile-defense", ids[0]);
        Assert.Equal("topic:northern-territories", ids[1]);
        foreach (var id in new[] { "topic:g8-summit", "topic:sea-of-okhotsk", "topic:far-east-cooperation", "topic:atomic-cooperation", "topic:political-relations", "topic:energy" })
        {
            Assert.Contains(id, ids);
        }

        // "BMD", "missile defense" and "anti-missile" are one topic; "NT" is defined by the cable as Northern Territories.
        var md = Facts.Topics.Single(t => t.Id == "topic:missile-defense");
        var forms = md.Mentions.Select(m => Cable.Body[m.Start..m.End]).ToHashSet();
        Assert.Superset(new HashSet<string> { "BMD", "missile defense", "anti-missile" }, forms);
        var nt = Facts.Topics.Single(t => t.Id == "topic:northern-territories");
        Assert.Contains(nt.Mentions, m => Cable.Body[m.Start..m.End] == "NT");
        Assert.All(Facts.Topics, t => Assert.InRange(t.Score, 0.0, 1.0));
    }

    [Fact]
    public void Exactly_six_meetings_in_order()
        => Assert.Equal(
            ["briefing", "meeting", "courtesy-call", "courtesy-call", "visit", "talks"],
            Facts.Meetings.Select(m => m.Kind));

    [Fact]
    public void Lavrov_and_Komura_met_in_Tokyo_on_October_23()
    {
        var m = Facts.Meetings.Single(x => Ids(x).SetEquals(["person:sergei-lavrov", "person:masahiko-komura"]));
        Assert.Equal(MeetingStatus.Held, m.Status);
        Assert.Equal(new DateOnly(2007, 10, 23), m.Date);
        Assert.Null(m.EndDate);
        Assert.Equal("Tokyo", m.Location);
        Assert.Equal("JP", m.LocationCountry);
        Assert.Equal(2, m.Evidence.Paragraph);
        Assert.StartsWith("Lavrov held a 90-minute meeting and hour-long working dinner with FM Masahiko Komura", m.Evidence.Text, StringComparison.Ordinal);
        Assert.Equal(m.Evidence.Text, Cable.Body[m.Evidence.Start..m.Evidence.End]);
        var topics = m.Topics.Select(t => t.Id).ToList();
        foreach (var id in new[] { "topic:northern-territories", "topic:missile-defense", "topic:g8-summit", "topic:sea-of-okhotsk", "topic:far-east-cooperation", "topic:atomic-cooperation" })
        {
            Assert.Contains(id, topics);
        }

        Assert.Equal(Enumerable.Range(1, m.Topics.Count), m.Topics.Select(t => t.Rank));
        Assert.Equal("topic:northern-territories", topics[0]);
    }

    [Theory]
    [InlineData("person:nobutaka-machimura")]
    [InlineData("person:yukio-hatoyama")]
    public void Lavrov_paid_courtesy_calls(string host)
    {
        var m = Facts.Meetings.Single(x => Ids(x).SetEquals(["person:sergei-lavrov", host]));
        Assert.Equal(("courtesy-call", MeetingStatus.Held, new DateOnly(2007, 10, 23)), (m.Kind, m.Status, m.Date!.Value));
        Assert.Equal(2, m.Evidence.Paragraph);
    }

    [Fact]
    public void Otsuki_briefed_Embassy_Tokyo_on_October_25()
    {
        var m = Facts.Meetings.Single(x => x.Kind == "briefing");
        Assert.Equal(MeetingStatus.Held, m.Status);
        Assert.Equal(new DateOnly(2007, 10, 25), m.Date);
        Assert.Equal(
            [("person:kotaro-otsuki", "Kotaro Otsuki", "person"), ("org:us-embassy-tokyo", "Embassy Tokyo", "group")],
            m.Participants.Select(p => (p.Id, p.Name, p.Kind)).OrderByDescending(p => p.Kind));
        Assert.Equal(2, m.Evidence.Paragraph);
        Assert.StartsWith("On Oct. 25, MOFA Russia Division Principal Deputy Director Kotaro Otsuki briefed Embassy Tokyo", m.Evidence.Text, StringComparison.Ordinal);
        Assert.Equal(Cable.Body[m.Evidence.Start..m.Evidence.End], m.Evidence.Text);
    }

    [Fact]
    public void Naryshkin_visit_is_planned_for_November_5_to_6()
    {
        var m = Facts.Meetings.Single(x => x.Kind == "visit");
        Assert.Equal(MeetingStatus.Planned, m.Status);
        Assert.Equal((new DateOnly(2007, 11, 5), new DateOnly(2007, 11, 6)), (m.Date!.Value, m.EndDate!.Value));
        Assert.Equal(["person:sergei-naryshkin"], m.Participants.Select(p => p.Id));
        Assert.Equal(3, m.Evidence.Paragraph);
    }

    [Fact]
    public void Yachi_Denisov_dialogue_is_planned_for_December_6()
    {
        var m = Facts.Meetings.Single(x => Ids(x).SetEquals(["person:yachi", "person:denisov"]));
        Assert.Equal(("talks", MeetingStatus.Planned, new DateOnly(2007, 12, 6)), (m.Kind, m.Status, m.Date!.Value));
        Assert.Null(m.EndDate);
        Assert.Contains("topic:strategic-dialogue", m.Topics.Select(t => t.Id));
    }

    [Fact]
    public void Meeting_ids_are_stable_and_confidence_is_set()
    {
        Assert.Equal(Enumerable.Range(1, 6).Select(i => $"meeting:07TOKYO5019-{i}"), Facts.Meetings.Select(m => m.Id));
        Assert.All(Facts.Meetings, m => Assert.InRange(m.Confidence, 0.5, 1.0));
        Assert.All(Facts.Countries, c => Assert.InRange(c.Confidence, 0.5, 1.0));
    }

    [Fact]
    public void Extraction_is_deterministic_across_runs_and_threads()
    {
        var expected = Snapshot(Facts);
        var results = new string[8];
        Parallel.For(0, results.Length, i => results[i] = Snapshot(new FactExtractor().Extract(Cable)));
        Assert.All(results, r => Assert.Equal(expected, r));
    }

    internal static string Snapshot(CableFacts f)
        => string.Join('\n', f.Persons.Select(p => $"{p.Id}|{p.Name}|{p.Title}|{p.Country}|{string.Join(',', p.Aliases)}|{p.Mentions.Count}"))
           + string.Join('\n', f.Meetings.Select(m => $"{m.Id}|{m.Kind}|{m.Date}|{string.Join(',', m.Participants.Select(p => p.Id))}|{string.Join(',', m.Topics.Select(t => t.Id))}|{m.Evidence.Start}"))
           + string.Join(',', f.Countries.Select(c => c.Code)) + string.Join(',', f.Topics.Select(t => t.Id + t.Score));

    private static HashSet<string> Ids(Meeting m) => m.Participants.Where(p => p.Kind == "person").Select(p => p.Id).ToHashSet();
}
