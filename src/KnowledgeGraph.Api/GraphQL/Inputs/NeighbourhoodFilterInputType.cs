using GraphQL.Types;
using KnowledgeGraph.Api.GraphQL.Types;
using KnowledgeGraph.Graph.Model;
using KnowledgeGraph.Graph.Queries;

namespace KnowledgeGraph.Api.GraphQL.Inputs;

internal sealed class NeighbourhoodFilterInputType : InputObjectGraphType<NeighbourhoodFilter>
{
    public NeighbourhoodFilterInputType()
    {
        Name = "NeighborhoodFilter";
        Description = "Narrows a neighbourhood; the seed nodes are always kept.";
        Field<ListGraphType<NonNullGraphType<NodeKindType>>>("kinds").Description("Node kinds to keep.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("relationshipTypes").Description("Relationship types to follow (MET, ATTENDED, …).");
        Field<IsoDateGraphType>("from").Description("Dated nodes (meetings, cables) before this are dropped.");
        Field<IsoDateGraphType>("to");
        Field<IdGraphType>("topic").Description("Meetings must be about this topic; MET relationships must include it.");
        Field<FloatGraphType>("minConfidence");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => new NeighbourhoodFilter(
        value.List<NodeKind>("kinds"), value.List<string>("relationshipTypes"), value.Date("from"), value.Date("to"),
        value.Str("topic"), value.Double("minConfidence"));
}
