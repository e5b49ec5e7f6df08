using GraphQL.Types;
using KnowledgeGraph.Graph.Model;

namespace KnowledgeGraph.Api.GraphQL.Types;

/// <summary>Any node, in the shape a graph visualisation consumes (<c>neighborhood</c>, <c>path</c>, <c>node</c>, <c>search</c>).</summary>
internal sealed class GraphNodeType : ObjectGraphType<GraphNode>
{
    /// <summary>Bulky or internal properties left out of <c>properties</c> (ask the typed fields, e.g. <c>Cable.text</c>).</summary>
    private static readonly HashSet<string> Hidden =
    [
        GraphProperty.Text, GraphProperty.ContentHash, GraphProperty.ParagraphNumbers, GraphProperty.ParagraphStarts,
        GraphProperty.ParagraphEnds, GraphProperty.ParagraphMarkings,
    ];

    public GraphNodeType()
    {
        Name = "GraphNode";
        Description = "A node of the graph: id, kind (label), display label and its properties.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<NodeKindType>>("kind").Resolve(c => c.Source.Kind);
        Field<NonNullGraphType<StringGraphType>>("label").Resolve(c => c.Source.Label);
        Field<NonNullGraphType<JsonGraphType>>("properties")
            .Description("Every property except the cable text and paragraph offsets.")
            .Resolve(c => c.Source.Properties.Where(kv => !Hidden.Contains(kv.Key)).ToDictionary(kv => kv.Key, kv => kv.Value));
    }
}
