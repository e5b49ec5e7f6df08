using System.Xml.Linq;
using KnowledgeGraph.Export.Tests.Support;

namespace KnowledgeGraph.Export.Tests.Writers;

public sealed class GexfExporterTests
{
    private static readonly XNamespace Gexf = "http://gexf.net/1.3";

    [Fact]
    public async Task Graphology_reads_every_node_edge_and_typed_attribute()
    {
        var graph = SampleGraph.Create();
        using var temp = new TempDirectory();
        var file = await Exports.ToFileAsync(ExportFormat.Gexf, graph, temp.Path);

        var read = await GraphReaders.ReadAsync("gexf", file);

        Assert.Equal("directed", read.GetProperty("type").GetString());
        Assert.True(read.GetProperty("multi").GetBoolean()); // MENTIONS and TAGGED join the same cable and topic
        Assert.Equal(graph.Nodes.Count, read.GetProperty("order").GetInt32());
        Assert.Equal(graph.Edges.Count, read.GetProperty("size").GetInt32());
        var nodes = read.GetProperty("nodes").EnumerateArray().ToDictionary(n => n.GetProperty("key").GetString()!, n => n.GetProperty("attributes"));
        foreach (var node in graph.Nodes)
        {
            Expected.Equal(Expected.NodeAttributes(node, Expected.Lists.Array, Expected.XmlText), nodes[node.Id], node.Id);
        }

        var edges = read.GetProperty("edges").EnumerateArray().ToDictionary(e => e.GetProperty("key").GetString()!);
        foreach (var edge in graph.Edges)
        {
            var readEdge = edges[edge.Id];
            Assert.Equal(edge.Source, readEdge.GetProperty("source").GetString());
            Assert.Equal(edge.Target, readEdge.GetProperty("target").GetString());
            var expected = Expected.EdgeProperties(edge, Expected.Lists.Array, Expected.XmlText);
            expected["type"] = edge.Type;
            expected["label"] = edge.Type;
            expected["kind"] = edge.Type;
            Expected.Equal(expected, readEdge.GetProperty("attributes"), edge.Id);
        }
    }

    [Fact]
    public async Task Dated_nodes_and_met_edges_carry_spells_for_the_timeline()
    {
        var document = XDocument.Load(new MemoryStream(await Exports.ToBytesAsync(ExportFormat.Gexf, SampleGraph.Create())));

        var graph = document.Root!.Element(Gexf + "graph")!;
        Assert.Equal("1.3", document.Root.Attribute("version")!.Value);
        Assert.Equal("dynamic", graph.Attribute("mode")!.Value);
        Assert.Equal("date", graph.Attribute("timeformat")!.Value);
        Assert.Equal(("2007-10-23", "2007-10-24"), SpellOf(graph.Descendants(Gexf + "node"), "meeting:07TOKYO5019:1"));
        Assert.Equal(("2007-10-23", "2007-10-23"), SpellOf(graph.Descendants(Gexf + "node"), "cable:07TOKYO5019"));
        Assert.Equal(("2007-10-23", "2007-10-23"), SpellOf(graph.Descendants(Gexf + "edge"), "MET:person:sergey-lavrov->person:masahiko-komura"));
        Assert.Null(SpellOf(graph.Descendants(Gexf + "node"), "person:sergey-lavrov"));
        Assert.DoesNotContain(document.Descendants(Gexf + "meta").Elements(), e => e.Name.LocalName == "lastmodifieddate");
    }

    [Fact]
    public async Task Lists_use_the_gexf_1_3_syntax_with_quoted_escaped_strings()
    {
        var document = XDocument.Load(new MemoryStream(await Exports.ToBytesAsync(ExportFormat.Gexf, SampleGraph.Create())));

        var attributes = document.Descendants(Gexf + "attributes").Single(a => a.Attribute("class")!.Value == "node")
            .Elements(Gexf + "attribute").ToDictionary(a => a.Attribute("title")!.Value, a => (Id: a.Attribute("id")!.Value, Type: a.Attribute("type")!.Value));
        Assert.Equal("liststring", attributes["aliases"].Type);
        Assert.Equal("listlong", attributes["paragraphNumbers"].Type);
        Assert.Equal("long", attributes["mentionCount"].Type);
        Assert.Equal("boolean", attributes["isPartial"].Type);
        var nasty = document.Descendants(Gexf + "node").Single(n => n.Attribute("id")!.Value == "person:nasty");
        var aliases = nasty.Descendants(Gexf + "attvalue").Single(v => v.Attribute("for")!.Value == attributes["aliases"].Id).Attribute("value")!.Value;
        Assert.Equal($"[\"{SampleGraph.Unicode}\", \"a \\\"quoted\\\" alias\"]", aliases);
    }

    private static (string, string)? SpellOf(IEnumerable<XElement> elements, string id)
    {
        var spell = elements.Single(e => e.Attribute("id")!.Value == id).Element(Gexf + "spells")?.Element(Gexf + "spell");
        return spell is null ? null : (spell.Attribute("start")!.Value, spell.Attribute("end")!.Value);
    }
}
