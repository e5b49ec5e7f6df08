using GraphQL.Types;
using KnowledgeGraph.Graph.Stores;

namespace KnowledgeGraph.Api.GraphQL.Types;

internal sealed class WriteSummaryType : ObjectGraphType<WriteSummary>
{
    public WriteSummaryType()
    {
        Name = "WriteSummary";
        Description = "Cables written and nodes/relationships created or updated.";
        Field<NonNullGraphType<IntGraphType>>("cables").Resolve(c => c.Source.Cables);
        Field<NonNullGraphType<IntGraphType>>("nodes").Resolve(c => c.Source.Nodes);
        Field<NonNullGraphType<IntGraphType>>("relationships").Resolve(c => c.Source.Relationships);
    }
}
