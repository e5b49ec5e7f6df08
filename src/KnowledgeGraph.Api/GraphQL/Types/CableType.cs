using GraphQL.Types;
using KnowledgeGraph.Api.GraphQL.Internal;
using KnowledgeGraph.Graph.Model;
using KnowledgeGraph.Graph.Queries;
using KnowledgeGraph.Graph.Stores;

namespace KnowledgeGraph.Api.GraphQL.Types;

internal sealed class CableType : ObjectGraphType<GraphNode>
{
    public CableType()
    {
        Name = "Cable";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field<IsoDateGraphType>("date").Resolve(c => c.Source.Date(GraphProperty.Date));
        Field<StringGraphType>("created").Description("ISO date-time (UTC) of the cable header.").Resolve(c => c.Source.Str(GraphProperty.Created));
        Field<StringGraphType>("origin").Description("Sending post.").Resolve(c => c.Source.Str(GraphProperty.Origin));
        Field<StringGraphType>("classification").Resolve(c => c.Source.Str(GraphProperty.Classification));
        Field<StringGraphType>("subject").Resolve(c => c.Source.Str(GraphProperty.Subject));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("tags").Resolve(c => c.Source.Strings(GraphProperty.Tags));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("referenceIds")
            .Description("Ids of every cable this one references, stored or not.")
            .Resolve(c => c.LoadLinks(c.Source.Id, EdgeDirection.Outgoing, RelationshipType.References)
                .Then(l => l.Select(x => x.Edge.Target).Distinct(StringComparer.Ordinal).ToList()));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CableType>>>>("references")
            .Description("Stored cables this one references.")
            .Resolve(c => c.LoadLinked(c.Source.Id, EdgeDirection.Outgoing, RelationshipType.References, NodeKind.Cable));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CableType>>>>("referencedBy")
            .Resolve(c => c.LoadLinked(c.Source.Id, EdgeDirection.Incoming, RelationshipType.References, NodeKind.Cable));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ParagraphType>>>>("paragraphs").Resolve(c => Paragraphs(c.Source));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PersonType>>>>("persons")
            .Resolve(c => c.LoadLinked(c.Source.Id, EdgeDirection.Outgoing, RelationshipType.Mentions, NodeKind.Person));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<OrganizationType>>>>("organizations")
            .Resolve(c => c.LoadLinked(c.Source.Id, EdgeDirection.Outgoing, RelationshipType.Mentions, NodeKind.Organization));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CountryType>>>>("countries")
            .Description("Countries mentioned or tagged.")
            .Resolve(c => Union(c.LoadLinked(c.Source.Id, EdgeDirection.Outgoing, RelationshipType.Mentions, NodeKind.Country),
                                c.LoadLinked(c.Source.Id, EdgeDirection.Outgoing, RelationshipType.Tagged, NodeKind.Country)));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TopicType>>>>("topics")
            .Description("Topics mentioned or tagged.")
            .Resolve(c => Union(c.LoadLinked(c.Source.Id, EdgeDirection.Outgoing, RelationshipType.Mentions, NodeKind.Topic),
                                c.LoadLinked(c.Source.Id, EdgeDirection.Outgoing, RelationshipType.Tagged, NodeKind.Topic)));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MeetingType>>>>("meetings")
            .Description("Meetings this cable reports.")
            .Resolve(c => c.LoadLinked(c.Source.Id, EdgeDirection.Incoming, RelationshipType.ReportedIn, NodeKind.Meeting));
        Field<StringGraphType>("text").Description("The normalized body.").Resolve(c => c.Source.Str(GraphProperty.Text));
    }

    private static Deferred<IReadOnlyList<GraphNode>> Union(Deferred<IReadOnlyList<GraphNode>> a, Deferred<IReadOnlyList<GraphNode>> b)
        => new(async ct =>
        {
            var first = await a.GetResultAsync(ct);
            var second = await b.GetResultAsync(ct);
            return first.Concat(second).DistinctBy(n => n.Id).ToList();
        });

    private static List<CableParagraph> Paragraphs(GraphNode cable)
    {
        var text = cable.Str(GraphProperty.Text) ?? "";
        var numbers = GraphValue.Longs(cable.Properties, GraphProperty.ParagraphNumbers);
        var starts = GraphValue.Longs(cable.Properties, GraphProperty.ParagraphStarts);
        var ends = GraphValue.Longs(cable.Properties, GraphProperty.ParagraphEnds);
        var markings = GraphValue.Strings(cable.Properties, GraphProperty.ParagraphMarkings);
        var paragraphs = new List<CableParagraph>();
        for (var i = 0; i < numbers.Count && i < starts.Count && i < ends.Count; i++)
        {
            var start = (int)Math.Clamp(starts[i], 0, text.Length);
            var end = (int)Math.Clamp(ends[i], start, text.Length);
            var marking = i < markings.Count && markings[i].Length > 0 ? markings[i] : null;
            paragraphs.Add(new CableParagraph((int)numbers[i], marking, text[start..end], start, end));
        }

        return paragraphs;
    }
}
