using System.Security.Cryptography;
using System.Text;
using KnowledgeGraph.Cables.Model;
using KnowledgeGraph.Extraction.Model;

namespace KnowledgeGraph.Testing.Fixtures;

/// <summary>
/// Hand-built cables and their facts for tests of the graph mapping and the stores, written for these tests
/// (not taken from the corpus). <see cref="Seed"/> mirrors what 07TOKYO5019 reports: Lavrov and Komura met in
/// Tokyo on 2007-10-23 about the Northern Territories and missile defense; Lavrov also called on Machimura;
/// Otsuki briefed the embassy on Oct 25; Naryshkin's visit is planned.
/// </summary>
public static class CableFixtures
{
    public const string SeedId = "07TOKYO5019";
    public const string MoscowId = "07MOSCOW5500";
    public const string Lavrov = "person:sergei-lavrov";
    public const string Komura = "person:masahiko-komura";
    public const string Machimura = "person:nobutaka-machimura";
    public const string Otsuki = "person:kotaro-otsuki";
    public const string Naryshkin = "person:sergei-naryshkin";
    public const string Burns = "person:william-burns";
    public const string NorthernTerritories = "topic:northern-territories";
    public const string MissileDefense = "topic:missile-defense";
    public const string PoliticalRelations = "topic:political-relations";
    public const string Mofa = "org:jp-mofa";

    /// <summary>A parsed cable with numbered paragraphs built from <paramref name="paragraphs"/>.</summary>
    public static ParsedCable Cable(
        string id,
        string created,
        string origin,
        string subject,
        string[] paragraphs,
        string[]? tags = null,
        string[]? references = null,
        string classification = "CONFIDENTIAL")
    {
        var body = new StringBuilder();
        var parsed = new List<Paragraph>();
        for (var i = 0; i < paragraphs.Length; i++)
        {
            var prefix = $"{i + 1}. (C) ";
            body.Append(prefix);
            var start = body.Length;
            body.Append(paragraphs[i]);
            parsed.Add(new Paragraph(i + 1, "C", new TextSpan(start, body.Length), paragraphs[i]));
            body.Append("\n\n");
        }

        var text = body.ToString();
        return new ParsedCable
        {
            Id = id,
            Source = new CableSource(CableFormat.Text, $"{id}.txt"),
            Created = DateTimeOffset.Parse(created, System.Globalization.CultureInfo.InvariantCulture),
            Origin = origin,
            Classification = classification,
            Subject = subject,
            Tags = (tags ?? []).Select(t => new CableTag(t, t.Length == 2 ? TagKind.Geo : TagKind.Subject, t.Length == 2 ? t : null)).ToArray(),
            References = (references ?? []).Select((r, i) => new CableReference(r, ReferenceKind.Cable, ((char)('A' + i)).ToString())).ToArray(),
            Paragraphs = parsed,
            Body = text,
            ContentHash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(id + "\n" + subject + "\n" + text))),
        };
    }

    /// <summary>The mention of <paramref name="phrase"/> in paragraph <paramref name="paragraph"/> of <paramref name="cable"/>.</summary>
    public static Mention MentionOf(ParsedCable cable, int paragraph, string phrase)
    {
        var p = cable.Paragraphs.Single(x => x.Number == paragraph);
        var at = p.Text.IndexOf(phrase, StringComparison.Ordinal);
        if (at < 0)
        {
            throw new ArgumentException($"'{phrase}' is not in paragraph {paragraph} of {cable.Id}.");
        }

        return new Mention(paragraph, p.Span.Start + at, p.Span.Start + at + phrase.Length);
    }

    public static Evidence EvidenceOf(ParsedCable cable, int paragraph)
    {
        var p = cable.Paragraphs.Single(x => x.Number == paragraph);
        return new Evidence(paragraph, p.Span.Start, p.Span.End, p.Text);
    }

    /// <summary>The seed cable's facts, as the extraction issue specifies them.</summary>
    public static CableFacts Seed()
    {
        var cable = Cable(SeedId, "2007-10-26T08:14:00Z", "Embassy Tokyo",
            "LAVROV VISIT TO TOKYO: NORTHERN TERRITORIES AND MISSILE DEFENSE",
            [
                "Russian Foreign Minister Sergei Lavrov met Foreign Minister Masahiko Komura in Tokyo on October 23 for ninety minutes of talks and a working dinner on the Northern Territories and missile defense.",
                "Lavrov also called on Chief Cabinet Secretary Nobutaka Machimura, who raised the Northern Territories.",
                "MOFA Russia Division Director Kotaro Otsuki briefed Embassy Tokyo on October 25 on the visit.",
                "Duma Speaker Sergei Naryshkin plans to visit Tokyo in November.",
            ],
            tags: ["PREL", "JA", "RS"],
            references: ["07MOSCOW4900"]);

        return new CableFacts
        {
            Cable = cable,
            Persons =
            [
                new PersonEntity(Lavrov, "Sergei Lavrov", ["Lavrov", "FM Lavrov"], "Foreign Minister", "RU", [],
                    0.97, [MentionOf(cable, 1, "Sergei Lavrov"), MentionOf(cable, 2, "Lavrov")]),
                new PersonEntity(Komura, "Masahiko Komura", ["Komura"], "Foreign Minister", "JP", [Mofa],
                    0.95, [MentionOf(cable, 1, "Masahiko Komura")]),
                new PersonEntity(Machimura, "Nobutaka Machimura", ["Machimura"], "Chief Cabinet Secretary", "JP", [],
                    0.9, [MentionOf(cable, 2, "Nobutaka Machimura")]),
                new PersonEntity(Otsuki, "Kotaro Otsuki", ["Otsuki"], "Director", "JP", [Mofa],
                    0.85, [MentionOf(cable, 3, "Kotaro Otsuki")]),
                new PersonEntity(Naryshkin, "Sergei Naryshkin", ["Naryshkin"], "Duma Speaker", "RU", [],
                    0.8, [MentionOf(cable, 4, "Sergei Naryshkin")]),
            ],
            Countries =
            [
                new CountryEntity("JP", "Japan", 1.0, [MentionOf(cable, 1, "Tokyo")], FromTags: true),
                new CountryEntity("RU", "Russia", 1.0, [MentionOf(cable, 1, "Russian")], FromTags: true),
            ],
            Organizations =
            [
                new OrganizationEntity(Mofa, "Ministry of Foreign Affairs of Japan", "MOFA", "JP", 0.9, [MentionOf(cable, 3, "MOFA")]),
            ],
            Topics =
            [
                new TopicEntity(NorthernTerritories, "Northern Territories", 0.9, [MentionOf(cable, 1, "Northern Territories"), MentionOf(cable, 2, "Northern Territories")]),
                new TopicEntity(MissileDefense, "Missile defense", 0.7, [MentionOf(cable, 1, "missile defense")]),
                new TopicEntity(PoliticalRelations, "Political relations", 0.5, [], FromTags: true),
            ],
            Meetings =
            [
                new Meeting("meeting:07TOKYO5019-1", MeetingStatus.Held, "talks", new DateOnly(2007, 10, 23), null, "Tokyo", "JP",
                    [new MeetingParticipant(Lavrov, "Sergei Lavrov", "person", "guest"), new MeetingParticipant(Komura, "Masahiko Komura", "person", "host")],
                    [new MeetingTopic(NorthernTerritories, "Northern Territories", 1), new MeetingTopic(MissileDefense, "Missile defense", 2)],
                    EvidenceOf(cable, 1), 0.95),
                new Meeting("meeting:07TOKYO5019-2", MeetingStatus.Held, "courtesy-call", new DateOnly(2007, 10, 23), null, "Tokyo", "JP",
                    [new MeetingParticipant(Lavrov, "Sergei Lavrov", "person", "guest"), new MeetingParticipant(Machimura, "Nobutaka Machimura", "person", "host")],
                    [new MeetingTopic(NorthernTerritories, "Northern Territories", 1)],
                    EvidenceOf(cable, 2), 0.9),
                new Meeting("meeting:07TOKYO5019-3", MeetingStatus.Held, "briefing", new DateOnly(2007, 10, 25), null, "Tokyo", "JP",
                    [new MeetingParticipant(Otsuki, "Kotaro Otsuki", "person", "briefer"), new MeetingParticipant("org:us-embassy-tokyo", "Embassy Tokyo", "group", "participant")],
                    [],
                    EvidenceOf(cable, 3), 0.85),
                new Meeting("meeting:07TOKYO5019-4", MeetingStatus.Planned, "visit", null, null, "Tokyo", "JP",
                    [new MeetingParticipant(Naryshkin, "Sergei Naryshkin", "person", "guest"), new MeetingParticipant(Komura, "Masahiko Komura", "person", "host")],
                    [],
                    EvidenceOf(cable, 4), 0.6),
            ],
        };
    }

    /// <summary>A second cable: Lavrov meets Burns in Moscow about missile defense; it references the seed.</summary>
    public static CableFacts Moscow()
    {
        var cable = Cable(MoscowId, "2007-11-20T12:00:00Z", "AMEMBASSY MOSCOW",
            "BURNS AND LAVROV ON MISSILE DEFENSE",
            [
                "Ambassador William Burns discussed missile defense with FM Lavrov in Moscow on November 19.",
                "Lavrov recalled his talks with Komura on the Northern Territories.",
            ],
            tags: ["PREL", "MARR", "RS"],
            references: [SeedId]);

        return new CableFacts
        {
            Cable = cable,
            Persons =
            [
                new PersonEntity(Lavrov, "Sergei Lavrov", ["Lavrov", "LAVROV"], "Foreign Minister", "RU", [],
                    0.96, [MentionOf(cable, 1, "Lavrov"), MentionOf(cable, 2, "Lavrov")]),
                new PersonEntity(Burns, "William Burns", ["Burns"], "Ambassador", "US", [],
                    0.95, [MentionOf(cable, 1, "William Burns")]),
                new PersonEntity(Komura, "Masahiko Komura", ["Komura"], "Foreign Minister", "JP", [],
                    0.7, [MentionOf(cable, 2, "Komura")]),
            ],
            Countries =
            [
                new CountryEntity("RU", "Russia", 1.0, [MentionOf(cable, 1, "Moscow")], FromTags: true),
                new CountryEntity("US", "United States", 0.9, []),
            ],
            Topics =
            [
                new TopicEntity(MissileDefense, "Missile defense", 0.9, [MentionOf(cable, 1, "missile defense")]),
                new TopicEntity(NorthernTerritories, "Northern Territories", 0.3, [MentionOf(cable, 2, "Northern Territories")]),
            ],
            Meetings =
            [
                new Meeting("meeting:07MOSCOW5500-1", MeetingStatus.Held, "meeting", new DateOnly(2007, 11, 19), null, "Moscow", "RU",
                    [new MeetingParticipant(Burns, "William Burns", "person", "guest"), new MeetingParticipant(Lavrov, "Sergei Lavrov", "person", "host")],
                    [new MeetingTopic(MissileDefense, "Missile defense", 1)],
                    EvidenceOf(cable, 1), 0.92),
            ],
        };
    }

    /// <summary>The seed as a later, changed version: the Machimura call and the planned visit are gone, the main talks gained a topic and Hatoyama.</summary>
    public static CableFacts SeedRevised()
    {
        var seed = Seed();
        var cable = seed.Cable with { ContentHash = new string('f', 64) };
        var talks = seed.Meetings[0] with
        {
            Topics = [.. seed.Meetings[0].Topics, new MeetingTopic("topic:g8-summit", "G-8 summit", 3)],
        };
        return seed with
        {
            Cable = cable,
            Persons = seed.Persons.Where(p => p.Id is not Machimura and not Naryshkin).ToArray(),
            Topics = [.. seed.Topics, new TopicEntity("topic:g8-summit", "G-8 summit", 0.4, [])],
            Meetings = [talks, seed.Meetings[2]],
        };
    }

    /// <summary>A small cable of synthetic facts for volume tests: <paramref name="persons"/> meet about one topic.</summary>
    public static CableFacts Generated(int index, string[] persons, string topic, DateOnly date, string origin = "Embassy Paris")
    {
        var id = $"09PARIS{1000 + index}";
        var cable = Cable(id, date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) + "T10:00:00Z", origin,
            $"MEETING NUMBER {index}", [$"Officials met on {date:MMMM d} about {topic}."], tags: ["PREL", "FR"]);
        return new CableFacts
        {
            Cable = cable,
            Persons = persons.Select(p => new PersonEntity(p, p["person:".Length..], [], null, "FR", [], 0.9, [])).ToArray(),
            Topics = [new TopicEntity(topic, topic["topic:".Length..], 0.8, [])],
            Meetings =
            [
                new Meeting($"meeting:{id}-1", MeetingStatus.Held, "meeting", date, null, "Paris", "FR",
                    persons.Select(p => new MeetingParticipant(p, p["person:".Length..], "person")).ToArray(),
                    [new MeetingTopic(topic, topic["topic:".Length..], 1)], EvidenceOf(cable, 1), 0.8),
            ],
        };
    }
}
