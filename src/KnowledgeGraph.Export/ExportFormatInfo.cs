namespace KnowledgeGraph.Export;

/// <summary>How a format is named on the command line and in URLs, and how its file is served.</summary>
/// <param name="Name">The name users type (<c>graphml</c>, <c>gexf</c>, <c>csv</c>, <c>json</c>, <c>cytoscape</c>, <c>cypher</c>).</param>
/// <param name="FileExtension">Extension of the single-file form, with its dot (CSV's single file is a zip).</param>
/// <param name="ContentType">Media type of the single-file form.</param>
public sealed record ExportFormatInfo(ExportFormat Format, string Name, string FileExtension, string ContentType)
{
    public static readonly IReadOnlyList<ExportFormatInfo> All =
    [
        new(ExportFormat.GraphMl, "graphml", ".graphml", "application/graphml+xml"),
        new(ExportFormat.Gexf, "gexf", ".gexf", "application/gexf+xml"),
        new(ExportFormat.Csv, "csv", ".zip", "application/zip"),
        new(ExportFormat.Json, "json", ".json", "application/json"),
        new(ExportFormat.Cytoscape, "cytoscape", ".cyjs", "application/json"),
        new(ExportFormat.Cypher, "cypher", ".cypher", "text/plain; charset=utf-8"),
    ];

    /// <summary>The names accepted by <see cref="TryParse"/>, for help and error messages.</summary>
    public static string Names => string.Join("|", All.Select(f => f.Name));

    public static ExportFormatInfo Of(ExportFormat format) => All.First(f => f.Format == format);

    /// <summary>Parses a format name, case-insensitively.</summary>
    public static bool TryParse(string? name, out ExportFormatInfo info)
    {
        info = All.FirstOrDefault(f => string.Equals(f.Name, name?.Trim(), StringComparison.OrdinalIgnoreCase))!;
        return info is not null;
    }
}
