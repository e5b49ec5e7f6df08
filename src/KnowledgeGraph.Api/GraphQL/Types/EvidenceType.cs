using GraphQL.Types;
using KnowledgeGraph.Api.GraphQL.Internal;
using KnowledgeGraph.Graph.Model;

namespace KnowledgeGraph.Api.GraphQL.Types;

internal sealed class EvidenceType : ObjectGraphType<GraphNode>
{
    public EvidenceType()
    {
        Name = "Evidence";
        Description = "The sentence that reports a meeting: paragraph number and [start, end) offsets into the cable text.";
        Field<IntGraphType>("paragraph").Resolve(c => (int?)c.Source.Long(GraphProperty.Paragraph));
        Field<IntGraphType>("start").Resolve(c => (int?)c.Source.Long(GraphProperty.Start));
        Field<IntGraphType>("end").Resolve(c => (int?)c.Source.Long(GraphProperty.End));
        Field<StringGraphType>("text").Resolve(c => c.Source.Str(GraphProperty.Evidence));
        Field<IdGraphType>("cable").Resolve(c => c.Source.Str(GraphProperty.Cable));
    }
}
