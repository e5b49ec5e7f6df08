using System.Text.Json;
using KnowledgeGraph.Export.Tests.Support;

namespace KnowledgeGraph.Export.Tests.Writers;

public sealed class JsonExporterTests
{
    [Fact]
    public async Task Node_link_json_parses_back_with_typed_values()
    {
        var graph = SampleGraph.Create();

        using var document = JsonDocument.Parse(await Exports.ToBytesAsync(ExportFormat.Json, graph));

        var root = document.RootElement;
        Assert.True(root.GetProperty("directed").GetBoolean());
        Assert.True(root.GetProperty("multigraph").GetBoolean());
        var nodes = root.GetProperty("nodes").EnumerateArray().ToDictionary(n => n.GetProperty("id").GetString()!);
        Assert.Equal(graph.Nodes.Count, nodes.Count);
        foreach (var node in graph.Nodes)
        {
            Expected.Equal(Expected.NodeAttributes(node, Expected.Lists.Array, Unicode), nodes[node.Id], node.Id, "id");
        }

        var links = root.GetProperty("links").EnumerateArray().ToDictionary(l => l.GetProperty("key").GetString()!);
        Assert.Equal(graph.Edges.Count, links.Count);
        foreach (var edge in graph.Edges)
        {
            var expected = Expected.EdgeProperties(edge, Expected.Lists.Array, Unicode);
            expected["source"] = edge.Source;
            expected["target"] = edge.Target;
            expected["type"] = edge.Type;
            Expected.Equal(expected, links[edge.Id], edge.Id, "key");
        }

        // JSON carries what XML cannot: control characters come back exactly.
        Assert.Equal(SampleGraph.ControlChars, nodes["person:nasty"].GetProperty("title").GetString());
    }

    [Fact]
    public async Task Cytoscape_elements_parse_back_with_typed_values()
    {
        var graph = SampleGraph.Create();

        using var document = JsonDocument.Parse(await Exports.ToBytesAsync(ExportFormat.Cytoscape, graph));

        var elements = document.RootElement.GetProperty("elements");
        var nodes = elements.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("data")).ToDictionary(d => d.GetProperty("id").GetString()!);
        Assert.Equal(graph.Nodes.Count, nodes.Count);
        foreach (var node in graph.Nodes)
        {
            Expected.Equal(Expected.NodeAttributes(node, Expected.Lists.Array, Unicode), nodes[node.Id], node.Id, "id");
        }

        var edges = elements.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("data")).ToDictionary(d => d.GetProperty("id").GetString()!);
        Assert.Equal(graph.Edges.Count, edges.Count);
        foreach (var edge in graph.Edges)
        {
            var expected = Expected.EdgeProperties(edge, Expected.Lists.Array, Unicode);
            expected["source"] = edge.Source;
            expected["target"] = edge.Target;
            expected["type"] = edge.Type;
            Expected.Equal(expected, edges[edge.Id], edge.Id, "id");
        }
    }

    // Lone surrogates cannot be encoded in UTF-8: they become U+FFFD; everything else is kept.
    private static string Unicode(string text) => text.Replace('\ud800', '\uFFFD');
}
