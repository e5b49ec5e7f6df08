using GraphQL.Types;
using KnowledgeGraph.Graph.Stores;

namespace KnowledgeGraph.Api.GraphQL.Types;

internal sealed class SearchHitType : ObjectGraphType<SearchHit>
{
    public SearchHitType()
    {
        Name = "SearchHit";
        Description = "A full-text hit, best first.";
        Field<NonNullGraphType<GraphNodeType>>("node").Resolve(c => c.Source.Node);
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Node.Id);
        Field<NonNullGraphType<NodeKindType>>("kind").Resolve(c => c.Source.Node.Kind);
        Field<NonNullGraphType<StringGraphType>>("label").Resolve(c => c.Source.Node.Label);
        Field<NonNullGraphType<FloatGraphType>>("score").Resolve(c => c.Source.Score);
        Field<StringGraphType>("snippet").Resolve(c => c.Source.Snippet);
    }
}
