using GraphQL;
using GraphQL.Types;
using GraphQL.Types.Relay;
using KnowledgeGraph.Api.GraphQL.Inputs;
using KnowledgeGraph.Api.GraphQL.Internal;
using KnowledgeGraph.Graph.Model;

namespace KnowledgeGraph.Api.GraphQL.Types;

internal sealed class TopicType : ObjectGraphType<GraphNode>
{
    public TopicType()
    {
        Name = "Topic";
        Description = "A topic of the stable vocabulary (topic:missile-defense).";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<StringGraphType>>("name").Resolve(c => c.Source.Name());
        Field<NonNullGraphType<IntGraphType>>("mentionCount").Resolve(c => (int)(c.Source.Long(GraphProperty.MentionCount) ?? 0));
        Field<NonNullGraphType<ConnectionType<MeetingType>>>("meetings")
            .Description("Meetings about this topic.")
            .Argument<MeetingFilterInputType>("filter")
            .Argument<IntGraphType>("first")
            .Argument<StringGraphType>("after")
            .Argument<MeetingOrderType>("orderBy")
            .Resolve(c => c.Loaders().Meetings.Load(Finders.MeetingQuery(c) with { Topic = c.Source.Id }).Then(page => Paging.ToConnection(page)));
    }
}
