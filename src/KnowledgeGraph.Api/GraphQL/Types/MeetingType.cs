using GraphQL.Types;
using KnowledgeGraph.Api.GraphQL.Internal;
using KnowledgeGraph.Graph.Model;
using KnowledgeGraph.Graph.Stores;

namespace KnowledgeGraph.Api.GraphQL.Types;

internal sealed class MeetingType : ObjectGraphType<GraphNode>
{
    public MeetingType()
    {
        Name = "Meeting";
        Description = "A reported meeting, call, visit or conversation, with the sentence that reports it.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field<StringGraphType>("status").Description("held or planned.").Resolve(c => c.Source.Str(GraphProperty.Status));
        Field<StringGraphType>("kind").Description("meeting, call, visit, dinner, briefing, …").Resolve(c => c.Source.Str(GraphProperty.Kind));
        Field<IsoDateGraphType>("date").Resolve(c => c.Source.Date(GraphProperty.Date));
        Field<IsoDateGraphType>("endDate").Resolve(c => c.Source.Date(GraphProperty.EndDate));
        Field<StringGraphType>("location").Resolve(c => c.Source.Str(GraphProperty.Location));
        Field<CountryType>("country")
            .Description("Where it was held.")
            .Resolve(c => c.LoadLinked(c.Source.Id, EdgeDirection.Outgoing, RelationshipType.HeldIn, NodeKind.Country).Then(l => l.FirstOrDefault()));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ParticipantType>>>>("participants")
            .Resolve(c => c.LoadLinks(c.Source.Id, EdgeDirection.Incoming, RelationshipType.Attended)
                .Then(links => links.OrderBy(l => l.Node.Label, StringComparer.Ordinal).ThenBy(l => l.Node.Id, StringComparer.Ordinal).ToList()));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TopicType>>>>("topics")
            .Description("Most central topic first.")
            .Resolve(c => c.LoadLinks(c.Source.Id, EdgeDirection.Outgoing, RelationshipType.About)
                .Then(links => links.OrderBy(l => l.Edge.Long(GraphProperty.Rank) ?? long.MaxValue).ThenBy(l => l.Node.Id, StringComparer.Ordinal).Select(l => l.Node).ToList()));
        Field<CableType>("cable")
            .Description("The cable that reports it.")
            .Resolve(c => c.LoadLinked(c.Source.Id, EdgeDirection.Outgoing, RelationshipType.ReportedIn, NodeKind.Cable).Then(l => l.FirstOrDefault()));
        Field<EvidenceType>("evidence").Resolve(c => c.Source);
        Field<FloatGraphType>("confidence").Resolve(c => c.Source.Double(GraphProperty.Confidence));
    }
}
