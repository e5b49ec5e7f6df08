using GraphQL.Types;
using KnowledgeGraph.Graph.Model;

namespace KnowledgeGraph.Api.GraphQL.Types;

internal sealed class GraphEdgeType : ObjectGraphType<GraphEdge>
{
    public GraphEdgeType()
    {
        Name = "GraphRelationship";
        Description = "A relationship of the graph: source and target node ids, type (MET, ATTENDED, …) and properties.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<IdGraphType>>("source").Resolve(c => c.Source.Source);
        Field<NonNullGraphType<IdGraphType>>("target").Resolve(c => c.Source.Target);
        Field<NonNullGraphType<StringGraphType>>("type").Resolve(c => c.Source.Type);
        Field<NonNullGraphType<JsonGraphType>>("properties").Resolve(c => c.Source.Properties);
    }
}
