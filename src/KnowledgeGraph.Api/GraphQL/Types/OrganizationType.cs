using GraphQL.Types;
using KnowledgeGraph.Api.GraphQL.Internal;
using KnowledgeGraph.Graph.Model;

namespace KnowledgeGraph.Api.GraphQL.Types;

internal sealed class OrganizationType : ObjectGraphType<GraphNode>
{
    public OrganizationType()
    {
        Name = "Organization";
        Description = "A ministry, party, agency or international body.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<StringGraphType>>("name").Resolve(c => c.Source.Name());
        Field<StringGraphType>("acronym").Resolve(c => c.Source.Str(GraphProperty.Acronym));
        Field<CountryType>("country")
            .Resolve(c => c.Source.Str(GraphProperty.Country) is { } code ? c.Loaders().Nodes.Load(Finders.CountryId(code)) : null);
        Field<NonNullGraphType<IntGraphType>>("mentionCount").Resolve(c => (int)(c.Source.Long(GraphProperty.MentionCount) ?? 0));
    }
}
