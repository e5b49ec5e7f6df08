using GraphQL.Types;
using KnowledgeGraph.Graph.Stores;

namespace KnowledgeGraph.Api.GraphQL.Types;

internal sealed class StatsType : ObjectGraphType<GraphCounts>
{
    public StatsType()
    {
        Name = "Stats";
        Description = "Node counts by label and relationship counts by type (zeros included).";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CountType>>>>("nodes")
            .Resolve(c => c.Source.Nodes.OrderBy(kv => kv.Key, StringComparer.Ordinal).ToList());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CountType>>>>("relationships")
            .Resolve(c => c.Source.Relationships.OrderBy(kv => kv.Key, StringComparer.Ordinal).ToList());
        Field<NonNullGraphType<IntGraphType>>("totalNodes").Resolve(c => (int)c.Source.Nodes.Values.Sum());
        Field<NonNullGraphType<IntGraphType>>("totalRelationships").Resolve(c => (int)c.Source.Relationships.Values.Sum());
    }
}
