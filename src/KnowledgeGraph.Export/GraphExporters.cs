using KnowledgeGraph.Export.Writers;

namespace KnowledgeGraph.Export;

/// <summary>The exporter for each format.</summary>
public static class GraphExporters
{
    public static IGraphExporter For(ExportFormat format) => format switch
    {
        ExportFormat.GraphMl => new GraphMlExporter(),
        ExportFormat.Gexf => new GexfExporter(),
        ExportFormat.Csv => new Neo4jCsvExporter(),
        ExportFormat.Json => new NodeLinkJsonExporter(),
        ExportFormat.Cytoscape => new CytoscapeJsonExporter(),
        ExportFormat.Cypher => new CypherScriptExporter(),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, null),
    };
}
