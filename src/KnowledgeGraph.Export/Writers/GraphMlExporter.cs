using System.Xml;
using KnowledgeGraph.Export.Internal;
using KnowledgeGraph.Graph.Model;

namespace KnowledgeGraph.Export.Writers;

/// <summary>
/// GraphML (yEd, Cytoscape desktop, Gephi, NetworkX). Every property is declared as a typed <c>&lt;key&gt;</c>
/// (<c>attr.type</c> string, long, double or boolean); lists are written as one string with items joined by <c>;</c>.
/// Nodes carry <c>label</c> (display name) and <c>type</c> (node kind), edges carry <c>type</c> (relationship type).
/// </summary>
public sealed class GraphMlExporter : IGraphExporter
{
    private const string Namespace = "http://graphml.graphdrawing.org/xmlns";

    public ExportFormatInfo Format { get; } = ExportFormatInfo.Of(ExportFormat.GraphMl);

    public async Task WriteAsync(ExportSource source, Stream output, CancellationToken cancellationToken = default)
    {
        var schema = await ExportSchema.InferAsync(source, cancellationToken).ConfigureAwait(false);
        var nodeKeys = Keys(schema.NodeProperties, "n");
        var edgeKeys = Keys(schema.EdgeProperties, "e");

        await using var chunks = new ChunkedOutput(output);
        using (var xml = ExportXml.Create(chunks))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("graphml", Namespace);
            xml.WriteAttributeString("xmlns", "xsi", null, "http://www.w3.org/2001/XMLSchema-instance");
            xml.WriteAttributeString("xsi", "schemaLocation", null, Namespace + " http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd");
            WriteKey(xml, "n_label", "node", ExportNames.Label, "string");
            WriteKey(xml, "n_type", "node", ExportNames.Type, "string");
            foreach (var (column, key) in nodeKeys)
            {
                WriteKey(xml, key, "node", column.ExportName, TypeName(column));
            }

            WriteKey(xml, "e_type", "edge", ExportNames.Type, "string");
            foreach (var (column, key) in edgeKeys)
            {
                WriteKey(xml, key, "edge", column.ExportName, TypeName(column));
            }

            xml.WriteStartElement("graph");
            xml.WriteAttributeString("id", "G");
            xml.WriteAttributeString("edgedefault", "directed");

            var count = 0;
            await foreach (var node in source.Nodes(cancellationToken).WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                xml.WriteStartElement("node");
                ExportXml.WriteAttribute(xml, "id", node.Id);
                WriteData(xml, "n_label", node.Label);
                WriteData(xml, "n_type", node.Kind.ToString());
                WriteProperties(xml, nodeKeys, node.Properties);
                xml.WriteEndElement();
                if (++count % ChunkedOutput.ItemsPerDrain == 0)
                {
                    xml.Flush();
                    await chunks.DrainAsync(cancellationToken).ConfigureAwait(false);
                }
            }

            await foreach (var edge in source.Edges(cancellationToken).WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                xml.WriteStartElement("edge");
                ExportXml.WriteAttribute(xml, "id", edge.Id);
                ExportXml.WriteAttribute(xml, "source", edge.Source);
                ExportXml.WriteAttribute(xml, "target", edge.Target);
                WriteData(xml, "e_type", edge.Type);
                WriteProperties(xml, edgeKeys, edge.Properties);
                xml.WriteEndElement();
                if (++count % ChunkedOutput.ItemsPerDrain == 0)
                {
                    xml.Flush();
                    await chunks.DrainAsync(cancellationToken).ConfigureAwait(false);
                }
            }

            xml.WriteEndElement(); // graph
            xml.WriteEndElement(); // graphml
            xml.WriteEndDocument();
            xml.Flush();
        }

        await chunks.CompleteAsync(cancellationToken).ConfigureAwait(false);
    }

    private static (PropertyColumn Column, string Key)[] Keys(IReadOnlyList<PropertyColumn> columns, string prefix) =>
        columns.Select((c, i) => (c, prefix + i.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToArray();

    private static string TypeName(PropertyColumn column) => column.IsList ? "string" : column.Type switch
    {
        ScalarType.Boolean => "boolean",
        ScalarType.Long => "long",
        ScalarType.Double => "double",
        _ => "string",
    };

    private static void WriteKey(XmlWriter xml, string id, string domain, string name, string type)
    {
        xml.WriteStartElement("key");
        xml.WriteAttributeString("id", id);
        xml.WriteAttributeString("for", domain);
        ExportXml.WriteAttribute(xml, "attr.name", name);
        xml.WriteAttributeString("attr.type", type);
        xml.WriteEndElement();
    }

    private static void WriteProperties(XmlWriter xml, (PropertyColumn Column, string Key)[] keys, IReadOnlyDictionary<string, object?> properties)
    {
        foreach (var (column, key) in keys)
        {
            if (properties.TryGetValue(column.Property, out var raw) && ExportValue.Normalize(raw) is { } value)
            {
                WriteData(xml, key, value.IsList
                    ? ExportXml.JoinList(value.List!, column.Type)
                    : ExportValue.Format(ExportValue.Convert(value.Scalar!, column.Type)));
            }
        }
    }

    private static void WriteData(XmlWriter xml, string key, string value)
    {
        xml.WriteStartElement("data");
        xml.WriteAttributeString("key", key);
        ExportXml.WriteText(xml, value);
        xml.WriteEndElement();
    }
}
