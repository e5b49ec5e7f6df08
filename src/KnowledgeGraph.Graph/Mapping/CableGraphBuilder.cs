using System.Globalization;
using KnowledgeGraph.Cables.Model;
using KnowledgeGraph.Extraction.Model;
using KnowledgeGraph.Graph.Model;

namespace KnowledgeGraph.Graph.Mapping;

/// <summary>
/// Maps one cable's extracted facts to the nodes and relationships it contributes (see graph-schema/README.md).
/// Pure: the same facts always give the same graph, with deterministic node and edge ids.
/// <list type="bullet">
/// <item>Own nodes: the Cable and its Meetings. Shared nodes: Person, Country, Organization, Topic, Post, and
/// stub Cables for references to cables not (yet) stored: a stub holds only <c>id</c> and <c>stub: true</c>;
/// ingesting that cable later fills the same node.</item>
/// <item>Every shared entity the cable holds gets a MENTIONS edge from the cable (the Post gets SENT_FROM), so
/// a node's <c>mentionCount</c> is the number of cables that contribute it.</item>
/// <item>Every fact edge carries provenance (<c>cable</c>, <c>paragraph</c>, <c>start</c>, <c>end</c>) and <c>confidence</c>.</item>
/// </list>
/// </summary>
public sealed class CableGraphBuilder
{
    public static CableGraphBuilder Default { get; } = new();

    public CableGraph Build(CableFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var graph = new Accumulator(facts.Cable.Id);
        var cable = facts.Cable;

        AddCable(graph, cable);
        foreach (var country in facts.Countries)
        {
            AddCountry(graph, country);
        }

        foreach (var organization in facts.Organizations)
        {
            AddOrganization(graph, organization);
        }

        foreach (var topic in facts.Topics)
        {
            AddTopic(graph, topic);
        }

        foreach (var person in facts.Persons)
        {
            AddPerson(graph, person);
        }

        foreach (var meeting in facts.Meetings)
        {
            AddMeeting(graph, meeting);
        }

        return new CableGraph(cable.Id, cable.ContentHash, graph.Nodes, graph.Edges);
    }

    private static void AddCable(Accumulator graph, ParsedCable cable)
    {
        var props = new PropertyBag()
            .Set(GraphProperty.Id, cable.Id)
            .Set(GraphProperty.Date, cable.Created is { } c ? IsoDate(DateOnly.FromDateTime(c.UtcDateTime)) : null)
            .Set(GraphProperty.Created, cable.Created?.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture))
            .Set(GraphProperty.Origin, cable.Origin)
            .Set(GraphProperty.Classification, cable.Classification)
            .Set(GraphProperty.Subject, cable.Subject)
            .Set(GraphProperty.Tags, cable.Tags.Select(t => t.Value).ToArray())
            .Set(GraphProperty.Text, cable.Body)
            .Set(GraphProperty.ContentHash, cable.ContentHash)
            .Set(GraphProperty.IsPartial, cable.IsPartial)
            .Set(GraphProperty.ParagraphNumbers, cable.Paragraphs.Select(p => (long)p.Number).ToArray())
            .Set(GraphProperty.ParagraphStarts, cable.Paragraphs.Select(p => (long)p.Span.Start).ToArray())
            .Set(GraphProperty.ParagraphEnds, cable.Paragraphs.Select(p => (long)p.Span.End).ToArray())
            .Set(GraphProperty.ParagraphMarkings, cable.Paragraphs.Select(p => p.Marking ?? "").ToArray());
        graph.Node(cable.Id, NodeKind.Cable, props);

        if (PostId.FromOrigin(cable.Origin) is var (postId, postName))
        {
            graph.Node(postId, NodeKind.Post, new PropertyBag().Set(GraphProperty.Id, postId).Set(GraphProperty.Name, postName));
            graph.Edge(RelationshipType.SentFrom, cable.Id, postId, Provenance(cable.Id));
        }

        foreach (var reference in cable.References)
        {
            if (reference.Kind != ReferenceKind.Cable || string.Equals(reference.Value, cable.Id, StringComparison.Ordinal))
            {
                continue;
            }

            graph.Node(reference.Value, NodeKind.Cable,
                new PropertyBag().Set(GraphProperty.Id, reference.Value).Set(GraphProperty.Stub, true));
            graph.Edge(RelationshipType.References, cable.Id, reference.Value, Provenance(cable.Id));
        }
    }

    private static void AddCountry(Accumulator graph, CountryEntity country)
    {
        graph.Node(country.Id, NodeKind.Country, new PropertyBag()
            .Set(GraphProperty.Id, country.Id)
            .Set(GraphProperty.Name, country.Name)
            .Set(GraphProperty.Code, country.Code));
        graph.Edge(RelationshipType.Mentions, graph.CableId, country.Id, Mentions(graph.CableId, country.Mentions, country.Confidence));
        if (country.FromTags)
        {
            graph.Edge(RelationshipType.Tagged, graph.CableId, country.Id, Provenance(graph.CableId).Set(GraphProperty.Confidence, 1.0));
        }
    }

    private static void AddOrganization(Accumulator graph, OrganizationEntity organization)
    {
        graph.Node(organization.Id, NodeKind.Organization, new PropertyBag()
            .Set(GraphProperty.Id, organization.Id)
            .Set(GraphProperty.Name, organization.Name)
            .Set(GraphProperty.Acronym, organization.Acronym)
            .Set(GraphProperty.Country, organization.Country));
        graph.Edge(RelationshipType.Mentions, graph.CableId, organization.Id, Mentions(graph.CableId, organization.Mentions, organization.Confidence));
    }

    private static void AddTopic(Accumulator graph, TopicEntity topic)
    {
        graph.Node(topic.Id, NodeKind.Topic, new PropertyBag()
            .Set(GraphProperty.Id, topic.Id)
            .Set(GraphProperty.Name, topic.Name));
        // A topic's salience in the cable is the confidence of the cable being about it.
        graph.Edge(RelationshipType.Mentions, graph.CableId, topic.Id, Mentions(graph.CableId, topic.Mentions, topic.Score));
        if (topic.FromTags)
        {
            graph.Edge(RelationshipType.Tagged, graph.CableId, topic.Id, Provenance(graph.CableId).Set(GraphProperty.Confidence, 1.0));
        }
    }

    private static void AddPerson(Accumulator graph, PersonEntity person)
    {
        graph.Node(person.Id, NodeKind.Person, new PropertyBag()
            .Set(GraphProperty.Id, person.Id)
            .Set(GraphProperty.Name, person.Name)
            // The extraction leaves the name out of the aliases unless it is a variant spelling the merged node must keep.
            .Set(GraphProperty.Aliases, person.Aliases.Distinct(StringComparer.Ordinal).ToArray())
            .Set(GraphProperty.Title, person.Title)
            .Set(GraphProperty.Country, person.Country));
        graph.Edge(RelationshipType.Mentions, graph.CableId, person.Id, Mentions(graph.CableId, person.Mentions, person.Confidence));

        if (person.Country is { Length: > 0 } code)
        {
            var countryId = $"country:{code}";
            graph.EnsureNode(countryId, NodeKind.Country, new PropertyBag().Set(GraphProperty.Id, countryId).Set(GraphProperty.Code, code));
            graph.EnsureMentioned(countryId);
            graph.Edge(RelationshipType.Represents, person.Id, countryId, FirstMention(graph.CableId, person.Mentions).Set(GraphProperty.Confidence, person.Confidence));
        }

        foreach (var organizationId in person.OrganizationIds.Distinct(StringComparer.Ordinal))
        {
            graph.EnsureNode(organizationId, NodeKind.Organization, new PropertyBag().Set(GraphProperty.Id, organizationId));
            graph.EnsureMentioned(organizationId);
            graph.Edge(RelationshipType.MemberOf, person.Id, organizationId, FirstMention(graph.CableId, person.Mentions).Set(GraphProperty.Confidence, person.Confidence));
        }
    }

    private static void AddMeeting(Accumulator graph, Meeting meeting)
    {
        var evidence = meeting.Evidence;
        var names = meeting.Participants.Select(p => p.Name).Distinct(StringComparer.Ordinal);
        var title = $"{meeting.Kind} {(meeting.Date is { } d ? IsoDate(d) : "undated")}: {string.Join(", ", names)}";
        graph.Node(meeting.Id, NodeKind.Meeting, new PropertyBag()
            .Set(GraphProperty.Id, meeting.Id)
            .Set(GraphProperty.Name, title)
            .Set(GraphProperty.Status, meeting.Status == MeetingStatus.Held ? "held" : "planned")
            .Set(GraphProperty.Kind, meeting.Kind)
            .Set(GraphProperty.Date, meeting.Date is { } date ? IsoDate(date) : null)
            .Set(GraphProperty.EndDate, meeting.EndDate is { } end ? IsoDate(end) : null)
            .Set(GraphProperty.Location, meeting.Location)
            .Set(GraphProperty.Country, meeting.LocationCountry)
            .Set(GraphProperty.Cable, graph.CableId)
            .Set(GraphProperty.Paragraph, evidence.Paragraph)
            .Set(GraphProperty.Start, evidence.Start)
            .Set(GraphProperty.End, evidence.End)
            .Set(GraphProperty.Evidence, evidence.Text)
            .Set(GraphProperty.Confidence, meeting.Confidence));

        graph.Edge(RelationshipType.ReportedIn, meeting.Id, graph.CableId, Evidence(graph.CableId, evidence).Set(GraphProperty.Confidence, meeting.Confidence));

        foreach (var participant in meeting.Participants)
        {
            var kind = participant.Kind == "person" ? NodeKind.Person : NodeKind.Organization;
            graph.EnsureNode(participant.Id, kind, new PropertyBag().Set(GraphProperty.Id, participant.Id).Set(GraphProperty.Name, participant.Name));
            graph.EnsureMentioned(participant.Id);
            graph.Edge(RelationshipType.Attended, participant.Id, meeting.Id, Evidence(graph.CableId, evidence)
                .Set(GraphProperty.Role, participant.Role)
                .Set(GraphProperty.Kind, participant.Kind)
                .Set(GraphProperty.Confidence, meeting.Confidence));
        }

        foreach (var topic in meeting.Topics)
        {
            graph.EnsureNode(topic.Id, NodeKind.Topic, new PropertyBag().Set(GraphProperty.Id, topic.Id).Set(GraphProperty.Name, topic.Name));
            graph.EnsureMentioned(topic.Id);
            graph.Edge(RelationshipType.About, meeting.Id, topic.Id, Evidence(graph.CableId, evidence)
                .Set(GraphProperty.Rank, topic.Rank)
                .Set(GraphProperty.Confidence, meeting.Confidence));
        }

        if (meeting.LocationCountry is { Length: > 0 } code)
        {
            var countryId = $"country:{code}";
            graph.EnsureNode(countryId, NodeKind.Country, new PropertyBag().Set(GraphProperty.Id, countryId).Set(GraphProperty.Code, code));
            graph.EnsureMentioned(countryId);
            graph.Edge(RelationshipType.HeldIn, meeting.Id, countryId, Evidence(graph.CableId, evidence).Set(GraphProperty.Confidence, meeting.Confidence));
        }
    }

    private static PropertyBag Provenance(string cableId) => new PropertyBag().Set(GraphProperty.Cable, cableId);

    private static PropertyBag Evidence(string cableId, Evidence evidence) => Provenance(cableId)
        .Set(GraphProperty.Paragraph, evidence.Paragraph)
        .Set(GraphProperty.Start, evidence.Start)
        .Set(GraphProperty.End, evidence.End);

    private static PropertyBag FirstMention(string cableId, IReadOnlyList<Mention> mentions)
    {
        var bag = Provenance(cableId);
        if (mentions.Count > 0)
        {
            var first = mentions.MinBy(m => m.Start)!;
            bag.Set(GraphProperty.Paragraph, first.Paragraph).Set(GraphProperty.Start, first.Start).Set(GraphProperty.End, first.End);
        }

        return bag;
    }

    private static PropertyBag Mentions(string cableId, IReadOnlyList<Mention> mentions, double confidence) =>
        FirstMention(cableId, mentions).Set(GraphProperty.Count, Math.Max(1, mentions.Count)).Set(GraphProperty.Confidence, confidence);

    private static string IsoDate(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
