using System.Text;
using System.Xml;

namespace KnowledgeGraph.Export.Internal;

/// <summary>XML output shared by GraphML and GEXF: UTF-8 without BOM, two-space indent, <c>\n</c> line ends, newlines kept exactly.</summary>
internal static class ExportXml
{
    public static XmlWriter Create(Stream output) => XmlWriter.Create(output, new XmlWriterSettings
    {
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        Indent = true,
        IndentChars = "  ",
        NewLineChars = "\n",
        // Entitize keeps \r and newlines inside attribute values through a normalizing reader.
        NewLineHandling = NewLineHandling.Entitize,
        CheckCharacters = true,
        CloseOutput = false,
    });

    /// <summary>A list property as one string: items joined with <c>;</c> (the neo4j-admin array delimiter).</summary>
    public static string JoinList(IReadOnlyList<object> items, ScalarType type) =>
        string.Join(';', items.Select(i => ExportValue.Format(ExportValue.Convert(i, type))));

    public static void WriteText(XmlWriter xml, string value) => xml.WriteString(SafeText.ForXml(value));

    public static void WriteAttribute(XmlWriter xml, string name, string value) => xml.WriteAttributeString(name, SafeText.ForXml(value));
}
