using GraphQL.Types;
using KnowledgeGraph.Api.GraphQL.Types;
using KnowledgeGraph.Graph.Queries;

namespace KnowledgeGraph.Api.GraphQL.Inputs;

internal sealed class ContactFilterInputType : InputObjectGraphType<ContactFilter>
{
    public ContactFilterInputType()
    {
        Name = "ContactFilter";
        Description = "Counts only meetings about a topic and/or within dates.";
        Field<IdGraphType>("topic");
        Field<IsoDateGraphType>("from");
        Field<IsoDateGraphType>("to");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => new ContactFilter(value.Str("topic"), value.Date("from"), value.Date("to"));
}
