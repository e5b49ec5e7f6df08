using KnowledgeGraph.Extraction.Gazetteer;
using KnowledgeGraph.Extraction.Model;

namespace KnowledgeGraph.Extraction.Pipeline;

/// <summary>Turns the annotated document into the <see cref="CableFacts"/> hand-off, in a deterministic order.</summary>
internal static class FactAssembler
{
    public static CableFacts Assemble(CableDocument document)
    {
        var persons = Persons(document);
        var subjectTopics = TopicScorer.SubjectTopics(document);
        var meetings = document.Meetings
            .OrderBy(m => document.Sentences[m.Sentences[0]].Start).ThenBy(m => m.Trigger)
            .Select((m, i) => Meeting(document, m, i + 1, subjectTopics))
            .ToList();

        return new CableFacts
        {
            Cable = document.Cable,
            Persons = persons,
            Countries = CountryCollector.Collect(document),
            Organizations = Organizations(document),
            Topics = TopicScorer.CableTopics(document),
            Meetings = meetings,
            Warnings = document.Warnings,
        };
    }

    /// <summary>One entity per person id, in order of first mention.</summary>
    public static List<PersonEntity> Persons(CableDocument document) => document.Persons
        .GroupBy(p => p.Id, StringComparer.Ordinal)
        .Select(g => Person(g.ToList()))
        .OrderBy(p => p.Mentions.Count > 0 ? p.Mentions[0].Start : int.MaxValue).ThenBy(p => p.Id, StringComparer.Ordinal)
        .ToList();

    private static PersonEntity Person(List<PersonRecord> records)
    {
        var r = records[0];
        // A name spelled other than the id's canonical form ("Sergey Lavrov" for person:sergei-lavrov) stays among the aliases:
        // a node merged across cables takes one cable's name, and must keep the other spellings.
        var variantSpelling = r.Id != Names.WrittenId(r.DisplayName);
        // Aliases are names to look the person up by ("FM Lavrov", "LAVROV"); a description ("the Russian FM") is coreference,
        // kept as a mention: as an alias it made `person(name: "the FM")` and search answer with any foreign minister.
        var nameKeys = records.SelectMany(x => x.NameParts).Select(Names.Key).Where(k => k.Length > 1).ToHashSet(StringComparer.Ordinal);
        var aliases = records.SelectMany(x => x.Aliases).Where(a => a != r.DisplayName && Names.ContainsAnyKey(a, nameKeys))
            .Concat(variantSpelling ? [r.DisplayName] : [])
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var mentions = records.SelectMany(x => x.Mentions).DistinctBy(m => m.Start).OrderBy(m => m.Start).ToList();
        return new PersonEntity(r.Id, r.DisplayName, aliases, records.Select(x => x.Title).FirstOrDefault(t => t is not null),
            records.OrderByDescending(x => x.CountryStrength).Select(x => x.Country).FirstOrDefault(c => c is not null),
            records.SelectMany(x => x.OrganizationIds).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList(),
            Math.Round(records.Max(x => x.Confidence), 2), mentions);
    }

    private static Meeting Meeting(CableDocument document, MeetingEvent m, int ordinal, List<TopicEntry> subjectTopics)
    {
        var sentence = document.Sentences[m.Sentences[0]];
        var evidence = new Evidence(document.ParagraphAt(sentence.Start), sentence.Start, sentence.End, document.Text[sentence.Start..sentence.End]);
        var participants = m.Participants
            .Select(p => new MeetingParticipant(p.Id, p.Name, p.Kind))
            .ToList();
        return new Meeting(
            $"meeting:{document.Cable.Id}-{ordinal}",
            m.Planned ? MeetingStatus.Planned : MeetingStatus.Held,
            m.Kind,
            m.Date,
            m.EndDate,
            m.Location,
            m.LocationCountry,
            participants,
            TopicScorer.MeetingTopics(document, m, subjectTopics),
            evidence,
            Math.Round(m.Confidence, 2));
    }

    private static List<OrganizationEntity> Organizations(CableDocument document)
    {
        var found = new Dictionary<string, (string Name, string? Acronym, string? Country, List<Mention> Mentions)>(StringComparer.Ordinal);
        foreach (var e in document.Entities)
        {
            string? id;
            string name;
            string? acronym = null;
            string? country;
            if (e.Value is OrganizationEntry org)
            {
                id = Extraction.Organizations.IdOf(org, document.HostCountry);
                name = org.Name;
                acronym = org.Acronym;
                country = org.IsHostGovernment ? document.HostCountry : org.Country;
            }
            else if (e.Value is GroupRecord g && g.OrganizationId.StartsWith("org:us-embassy", StringComparison.Ordinal))
            {
                id = g.OrganizationId;
                name = document.PostCity is null ? "U.S. Embassy" : $"U.S. Embassy {document.PostCity}";
                country = "US";
            }
            else if (e.Value is GroupRecord cg && cg.OrganizationId.EndsWith("-government", StringComparison.Ordinal) && cg.Country is not null
                     && document.Lexicon.CountriesByCode.TryGetValue(cg.Country, out var c))
            {
                id = cg.OrganizationId;
                name = $"Government of {c.Name}";
                country = cg.Country;
            }
            else
            {
                continue;
            }

            if (id is null)
            {
                continue;
            }

            if (!found.TryGetValue(id, out var f))
            {
                f = (name, acronym, country, []);
                found[id] = f;
            }

            f.Mentions.Add(document.MentionOf(e.FirstToken, e.EndToken));
        }

        return found.OrderBy(kv => kv.Key, StringComparer.Ordinal)
            .Select(kv => new OrganizationEntity(kv.Key, kv.Value.Name, kv.Value.Acronym, kv.Value.Country, 0.9,
                kv.Value.Mentions.DistinctBy(m => m.Start).OrderBy(m => m.Start).ToList()))
            .ToList();
    }
}
