using System.Globalization;
using System.Text;
using System.Xml;
using KnowledgeGraph.Export.Internal;
using KnowledgeGraph.Graph.Model;

namespace KnowledgeGraph.Export.Writers;

/// <summary>
/// GEXF 1.3 for Gephi: a dynamic graph (<c>timeformat="date"</c>) whose cables and meetings carry a spell on their
/// date and whose MET edges carry one from first to last meeting, so Gephi's timeline filters them. Properties are
/// typed attributes (<c>string</c>, <c>long</c>, <c>double</c>, <c>boolean</c>, and <c>liststring</c>/<c>listlong</c>/…
/// written as <c>["a", "b"]</c>). Nodes carry a <c>label</c> and a <c>type</c> attribute (the node kind); edges carry
/// <c>label</c> and <c>kind</c> (the relationship type, which keeps parallel edges of different types apart in Gephi)
/// and a <c>type</c> attribute.
/// </summary>
public sealed class GexfExporter : IGraphExporter
{
    private const string Namespace = "http://gexf.net/1.3";

    public ExportFormatInfo Format { get; } = ExportFormatInfo.Of(ExportFormat.Gexf);

    public async Task WriteAsync(ExportSource source, Stream output, CancellationToken cancellationToken = default)
    {
        var schema = await ExportSchema.InferAsync(source, cancellationToken).ConfigureAwait(false);
        // Attribute 0 is the node kind / relationship type; properties follow, numbered in schema order.
        var nodeIds = Ids(schema.NodeProperties);
        var edgeIds = Ids(schema.EdgeProperties);

        await using var chunks = new ChunkedOutput(output);
        using (var xml = ExportXml.Create(chunks))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("gexf", Namespace);
            xml.WriteAttributeString("xmlns", "xsi", null, "http://www.w3.org/2001/XMLSchema-instance");
            xml.WriteAttributeString("xsi", "schemaLocation", null, Namespace + " http://gexf.net/1.3/gexf.xsd");
            xml.WriteAttributeString("version", "1.3");
            xml.WriteStartElement("meta");
            xml.WriteElementString("creator", "kg (diplomatic-relations knowledge graph)");
            xml.WriteEndElement();

            xml.WriteStartElement("graph");
            xml.WriteAttributeString("defaultedgetype", "directed");
            xml.WriteAttributeString("mode", "dynamic");
            xml.WriteAttributeString("timeformat", "date");
            WriteAttributes(xml, "node", nodeIds);
            WriteAttributes(xml, "edge", edgeIds);

            var count = 0;
            xml.WriteStartElement("nodes");
            await foreach (var node in source.Nodes(cancellationToken).WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                xml.WriteStartElement("node");
                ExportXml.WriteAttribute(xml, "id", node.Id);
                ExportXml.WriteAttribute(xml, "label", node.Label);
                WriteValues(xml, node.Kind.ToString(), nodeIds, node.Properties);
                WriteSpell(xml, SpellDates.OfNode(node));
                xml.WriteEndElement();
                if (++count % ChunkedOutput.ItemsPerDrain == 0)
                {
                    xml.Flush();
                    await chunks.DrainAsync(cancellationToken).ConfigureAwait(false);
                }
            }

            xml.WriteEndElement(); // nodes
            xml.WriteStartElement("edges");
            await foreach (var edge in source.Edges(cancellationToken).WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                xml.WriteStartElement("edge");
                ExportXml.WriteAttribute(xml, "id", edge.Id);
                ExportXml.WriteAttribute(xml, "source", edge.Source);
                ExportXml.WriteAttribute(xml, "target", edge.Target);
                ExportXml.WriteAttribute(xml, "label", edge.Type);
                ExportXml.WriteAttribute(xml, "kind", edge.Type);
                WriteValues(xml, edge.Type, edgeIds, edge.Properties);
                WriteSpell(xml, SpellDates.OfEdge(edge));
                xml.WriteEndElement();
                if (++count % ChunkedOutput.ItemsPerDrain == 0)
                {
                    xml.Flush();
                    await chunks.DrainAsync(cancellationToken).ConfigureAwait(false);
                }
            }

            xml.WriteEndElement(); // edges
            xml.WriteEndElement(); // graph
            xml.WriteEndElement(); // gexf
            xml.WriteEndDocument();
            xml.Flush();
        }

        await chunks.CompleteAsync(cancellationToken).ConfigureAwait(false);
    }

    private static (PropertyColumn Column, string Id)[] Ids(IReadOnlyList<PropertyColumn> columns) =>
        columns.Select((c, i) => (c, (i + 1).ToString(CultureInfo.InvariantCulture))).ToArray();

    private static string TypeName(PropertyColumn column) => (column.IsList ? "list" : "") + column.Type switch
    {
        ScalarType.Boolean => "boolean",
        ScalarType.Long => "long",
        ScalarType.Double => "double",
        _ => "string",
    };

    private static void WriteAttributes(XmlWriter xml, string domain, (PropertyColumn Column, string Id)[] ids)
    {
        xml.WriteStartElement("attributes");
        xml.WriteAttributeString("class", domain);
        xml.WriteAttributeString("mode", "static");
        WriteAttribute(xml, "0", ExportNames.Type, "string");
        foreach (var (column, id) in ids)
        {
            WriteAttribute(xml, id, column.ExportName, TypeName(column));
        }

        xml.WriteEndElement();
    }

    private static void WriteAttribute(XmlWriter xml, string id, string title, string type)
    {
        xml.WriteStartElement("attribute");
        xml.WriteAttributeString("id", id);
        ExportXml.WriteAttribute(xml, "title", title);
        xml.WriteAttributeString("type", type);
        xml.WriteEndElement();
    }

    private static void WriteValues(XmlWriter xml, string type, (PropertyColumn Column, string Id)[] ids, IReadOnlyDictionary<string, object?> properties)
    {
        xml.WriteStartElement("attvalues");
        WriteValue(xml, "0", type);
        foreach (var (column, id) in ids)
        {
            if (properties.TryGetValue(column.Property, out var raw) && ExportValue.Normalize(raw) is { } value)
            {
                WriteValue(xml, id, column.IsList
                    ? ListLiteral(value.IsList ? value.List! : [value.Scalar!], column.Type)
                    : ExportValue.Format(ExportValue.Convert(value.Scalar!, column.Type)));
            }
        }

        xml.WriteEndElement();
    }

    private static void WriteValue(XmlWriter xml, string id, string value)
    {
        xml.WriteStartElement("attvalue");
        xml.WriteAttributeString("for", id);
        ExportXml.WriteAttribute(xml, "value", value);
        xml.WriteEndElement();
    }

    /// <summary>GEXF 1.3 list syntax: <c>[1, 2]</c>; strings double-quoted with <c>\"</c>, <c>\\</c>, <c>\n</c>, <c>\r</c>, <c>\t</c> escapes.</summary>
    private static string ListLiteral(IReadOnlyList<object> items, ScalarType type)
    {
        var builder = new StringBuilder("[");
        for (var i = 0; i < items.Count; i++)
        {
            if (i > 0)
            {
                builder.Append(", ");
            }

            var text = ExportValue.Format(ExportValue.Convert(items[i], type));
            if (type != ScalarType.String)
            {
                builder.Append(text);
                continue;
            }

            builder.Append('"');
            foreach (var c in text)
            {
                builder.Append(c switch
                {
                    '"' => "\\\"",
                    '\\' => "\\\\",
                    '\n' => "\\n",
                    '\r' => "\\r",
                    '\t' => "\\t",
                    _ => c.ToString(),
                });
            }

            builder.Append('"');
        }

        return builder.Append(']').ToString();
    }

    private static void WriteSpell(XmlWriter xml, (string Start, string End)? spell)
    {
        if (spell is not { } s)
        {
            return;
        }

        xml.WriteStartElement("spells");
        xml.WriteStartElement("spell");
        xml.WriteAttributeString("start", s.Start);
        xml.WriteAttributeString("end", s.End);
        xml.WriteEndElement();
        xml.WriteEndElement();
    }
}
