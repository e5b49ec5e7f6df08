using GraphQL.Types;
using KnowledgeGraph.Api.GraphQL.Types;

namespace KnowledgeGraph.Api.GraphQL.Inputs;

internal sealed class CableFilterInputType : InputObjectGraphType<CableFilter>
{
    public CableFilterInputType()
    {
        Name = "CableFilter";
        Field<StringGraphType>("origin").Description("Sending post (EMBASSY TOKYO).");
        Field<IsoDateGraphType>("from");
        Field<IsoDateGraphType>("to");
        Field<StringGraphType>("tag").Description("A TAGS entry (PREL, RS, …).");
        Field<StringGraphType>("classification");
        Field<StringGraphType>("text").Description("Full-text query over subject and body.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => new CableFilter(
        value.Str("origin"), value.Date("from"), value.Date("to"), value.Str("tag"), value.Str("classification"), value.Str("text"));
}
