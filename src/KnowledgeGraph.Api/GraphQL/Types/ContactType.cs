using GraphQL.Types;
using KnowledgeGraph.Api.GraphQL.Internal;
using KnowledgeGraph.Graph.Queries;

namespace KnowledgeGraph.Api.GraphQL.Types;

internal sealed class ContactType : ObjectGraphType<Contact>
{
    public ContactType()
    {
        Name = "Contact";
        Description = "Someone a person met: how often, about what, first and last time.";
        Field<NonNullGraphType<PersonType>>("person").Resolve(c => c.Loaders().Nodes.Load(c.Source.PersonId));
        Field<NonNullGraphType<IntGraphType>>("meetingCount").Resolve(c => (int)c.Source.MeetingCount);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TopicType>>>>("topics").Resolve(c => c.Loaders().LoadNodes(c.Source.Topics));
        Field<IsoDateGraphType>("firstMet").Resolve(c => c.Source.FirstMet);
        Field<IsoDateGraphType>("lastMet").Resolve(c => c.Source.LastMet);
    }
}
