using System.Collections;
using GraphQL.Types;
using GraphQLParser.AST;

namespace KnowledgeGraph.Api.GraphQL.Types;

/// <summary>The <c>JSON</c> scalar: property maps of nodes and edges, output only.</summary>
internal sealed class JsonGraphType : ScalarGraphType
{
    public JsonGraphType()
    {
        Name = "JSON";
        Description = "A JSON object of property names to values (strings, numbers, booleans, lists). Output only.";
    }

    public override object? Serialize(object? value) => Plain(value);

    public override object? ParseValue(object? value) => throw new InvalidOperationException("JSON is an output-only scalar.");

    public override object? ParseLiteral(GraphQLValue value) => throw new InvalidOperationException("JSON is an output-only scalar.");

    public override bool CanParseLiteral(GraphQLValue value) => false;

    public override bool CanParseValue(object? value) => false;

    private static object? Plain(object? value) => value switch
    {
        null or string or bool or long or int or double or float or decimal => value,
        IReadOnlyDictionary<string, object?> map => map.ToDictionary(kv => kv.Key, kv => Plain(kv.Value)),
        IDictionary map => map.Keys.Cast<object>().ToDictionary(k => k.ToString()!, k => Plain(map[k])),
        IEnumerable list => list.Cast<object?>().Select(Plain).ToList(),
        _ => value.ToString(),
    };
}
