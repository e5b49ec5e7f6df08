using GraphQL.Types;
using KnowledgeGraph.Graph.Model;

namespace KnowledgeGraph.Api.GraphQL.Types;

internal sealed class SubgraphType : ObjectGraphType<Subgraph>
{
    public SubgraphType()
    {
        Name = "Subgraph";
        Description = "Nodes and the relationships among them.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<GraphNodeType>>>>("nodes").Resolve(c => c.Source.Nodes);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<GraphEdgeType>>>>("edges").Resolve(c => c.Source.Edges);
    }
}
