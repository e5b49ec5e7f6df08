using GraphQL.Types;
using KnowledgeGraph.Graph.Model;

namespace KnowledgeGraph.Api.GraphQL.Types;

internal sealed class NodeKindType : EnumerationGraphType<NodeKind>
{
    public NodeKindType()
    {
        Name = "NodeKind";
        Description = "Node labels of the graph.";
    }
}
