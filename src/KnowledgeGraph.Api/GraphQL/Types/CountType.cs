using GraphQL.Types;

namespace KnowledgeGraph.Api.GraphQL.Types;

internal sealed class CountType : ObjectGraphType<KeyValuePair<string, long>>
{
    public CountType()
    {
        Name = "Count";
        Description = "How many nodes carry a label, or how many relationships have a type.";
        Field<NonNullGraphType<StringGraphType>>("name").Resolve(c => c.Source.Key);
        Field<NonNullGraphType<IntGraphType>>("count").Resolve(c => (int)c.Source.Value);
    }
}
