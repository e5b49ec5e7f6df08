using System.Text.Json;
using KnowledgeGraph.Export.Tests.Support;

namespace KnowledgeGraph.Export.Tests.Writers;

public sealed class GraphMlExporterTests
{
    [Fact]
    public async Task Graphology_reads_every_node_edge_and_typed_attribute()
    {
        var graph = SampleGraph.Create();
        using var temp = new TempDirectory();
        var file = await Exports.ToFileAsync(ExportFormat.GraphMl, graph, temp.Path);

        var read = await GraphReaders.ReadAsync("graphml", file);

        Assert.Equal("directed", read.GetProperty("type").GetString());
        Assert.Equal(graph.Nodes.Count, read.GetProperty("order").GetInt32());
        Assert.Equal(graph.Edges.Count, read.GetProperty("size").GetInt32());
        var nodes = read.GetProperty("nodes").EnumerateArray().ToDictionary(n => n.GetProperty("key").GetString()!, n => n.GetProperty("attributes"));
        foreach (var node in graph.Nodes)
        {
            Expected.Equal(Expected.NodeAttributes(node, Expected.Lists.Joined, Expected.XmlText), nodes[node.Id], node.Id);
        }

        var edges = read.GetProperty("edges").EnumerateArray().ToDictionary(e => e.GetProperty("key").GetString()!);
        foreach (var edge in graph.Edges)
        {
            var readEdge = edges[edge.Id];
            Assert.Equal(edge.Source, readEdge.GetProperty("source").GetString());
            Assert.Equal(edge.Target, readEdge.GetProperty("target").GetString());
            var expected = Expected.EdgeProperties(edge, Expected.Lists.Joined, Expected.XmlText);
            expected["type"] = edge.Type;
            Expected.Equal(expected, readEdge.GetProperty("attributes"), edge.Id);
        }
    }

    [Fact]
    public async Task Nasty_text_survives_exactly_where_xml_can_carry_it()
    {
        using var temp = new TempDirectory();
        var file = await Exports.ToFileAsync(ExportFormat.GraphMl, SampleGraph.Create(), temp.Path);

        var read = await GraphReaders.ReadAsync("graphml", file);

        var nasty = read.GetProperty("nodes").EnumerateArray().Single(n => n.GetProperty("key").GetString() == "person:nasty").GetProperty("attributes");
        Assert.Equal(SampleGraph.Nasty, nasty.GetProperty("label").GetString());
        Assert.Equal("bell\uFFFD nul\uFFFD esc\uFFFD", nasty.GetProperty("title").GetString());
        Assert.Equal(SampleGraph.Unicode + ";a \"quoted\" alias", nasty.GetProperty("aliases").GetString());
        var unicode = read.GetProperty("nodes").EnumerateArray().Single(n => n.GetProperty("key").GetString() == "person:unicode-ü").GetProperty("attributes");
        Assert.Equal(SampleGraph.Unicode, unicode.GetProperty("name").GetString());
        Assert.Equal("lone \uFFFD surrogate", unicode.GetProperty("title").GetString());
    }

    [Fact]
    public async Task Keys_are_declared_with_their_types()
    {
        var xml = System.Text.Encoding.UTF8.GetString(await Exports.ToBytesAsync(ExportFormat.GraphMl, SampleGraph.Create()));

        Assert.Contains("""<key id="n_type" for="node" attr.name="type" attr.type="string" />""", xml);
        Assert.Matches("""<key id="n\d+" for="node" attr.name="mentionCount" attr.type="long" />""", xml);
        Assert.Matches("""<key id="n\d+" for="node" attr.name="confidence" attr.type="double" />""", xml);
        Assert.Matches("""<key id="n\d+" for="node" attr.name="isPartial" attr.type="boolean" />""", xml);
        Assert.Matches("""<key id="n\d+" for="node" attr.name="_kind" attr.type="string" />""", xml);
        Assert.Matches("""<key id="e\d+" for="edge" attr.name="meetings" attr.type="long" />""", xml);
        Assert.StartsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>", xml);
        _ = JsonDocument.Parse("{}");
    }
}
