using System.Text;
using System.Text.Json;
using KnowledgeGraph.Storage.Neo4j.Internal;

namespace KnowledgeGraph.Storage.Tests.Neo4j;

public sealed class JsonValuesTests
{
    public static TheoryData<object?, string> Written => new()
    {
        { null, "null" },
        { "Lavrov", "\"Lavrov\"" },
        { true, "true" },
        { 42L, "42" },
        { 1.0, "1.0" },
        { 0.25, "0.25" },
        { 1e21, "1E+21" },
        { new[] { "a", "b" }, "[\"a\",\"b\"]" },
        { new long[] { 1, 2 }, "[1,2]" },
        { new DateOnly(2007, 10, 23), "\"2007-10-23\"" },
    };

    [Theory]
    [MemberData(nameof(Written))]
    public void Writes_values_so_neo4j_keeps_their_types(object? value, string json)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            JsonValues.Write(writer, value);
        }

        Assert.Equal(json, Encoding.UTF8.GetString(buffer.ToArray()));
    }

    [Theory]
    [InlineData("42", typeof(long))]
    [InlineData("1.0", typeof(double))]
    [InlineData("2.5E3", typeof(double))]
    [InlineData("\"x\"", typeof(string))]
    [InlineData("[\"a\",\"b\"]", typeof(string[]))]
    [InlineData("[1,2]", typeof(long[]))]
    [InlineData("[1.5,2]", typeof(double[]))]
    [InlineData("{\"a\":1}", typeof(Dictionary<string, object?>))]
    public void Reads_numbers_lists_and_maps_back_typed(string json, Type type)
    {
        using var document = JsonDocument.Parse(json);
        Assert.IsType(type, JsonValues.Read(document.RootElement));
    }

    [Fact]
    public void Refuses_values_neo4j_cannot_carry()
    {
        using var writer = new Utf8JsonWriter(new MemoryStream());
        Assert.Throws<ArgumentException>(() => JsonValues.Write(writer, double.NaN));
    }
}
