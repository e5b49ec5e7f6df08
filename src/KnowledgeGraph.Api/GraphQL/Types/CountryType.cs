using GraphQL.Types;
using GraphQL.Types.Relay;
using KnowledgeGraph.Api.GraphQL.Internal;
using KnowledgeGraph.Graph.Model;

namespace KnowledgeGraph.Api.GraphQL.Types;

internal sealed class CountryType : ObjectGraphType<GraphNode>
{
    public CountryType()
    {
        Name = "Country";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<StringGraphType>>("code").Description("ISO 3166-1 alpha-2.").Resolve(c => c.Source.Str(GraphProperty.Code) ?? c.Source.Id.Split(':')[^1]);
        Field<NonNullGraphType<StringGraphType>>("name").Resolve(c => c.Source.Name());
        Field<NonNullGraphType<IntGraphType>>("mentionCount").Resolve(c => (int)(c.Source.Long(GraphProperty.MentionCount) ?? 0));
        Field<NonNullGraphType<ConnectionType<PersonType>>>("people")
            .Description("People who represent this country, most mentioned first.")
            .Argument<IntGraphType>("first")
            .Argument<StringGraphType>("after")
            .ResolveAsync(async c => await Finders.NodesAsync(c, NodeKind.Person, country: c.Source.Str(GraphProperty.Code) ?? c.Source.Id.Split(':')[^1]));
    }
}
