using KnowledgeGraph.Export.Selection;
using KnowledgeGraph.Export.Writers;
using KnowledgeGraph.Graph.Model;
using KnowledgeGraph.Graph.Stores;

namespace KnowledgeGraph.Export;

/// <summary>
/// Select, then write: what <c>kg export</c> and <c>GET /api/export</c> both do. The selection runs first, so a
/// bad selection or an unreachable store fails before a byte is written.
/// </summary>
public sealed class SubgraphExport(IGraphStore store)
{
    public Task<SelectedSubgraph> SelectAsync(SubgraphSelection selection, CancellationToken cancellationToken = default) =>
        new SubgraphSelector(store).SelectAsync(selection, cancellationToken);

    /// <summary>Writes the selected subgraph to <paramref name="output"/> in the single-file form of the format (CSV as a zip).</summary>
    public static Task WriteAsync(Subgraph subgraph, ExportFormat format, Stream output, CancellationToken cancellationToken = default) =>
        GraphExporters.For(format).WriteAsync(ExportSource.FromSubgraph(subgraph), output, cancellationToken);

    /// <summary>
    /// Writes to a file, or for CSV to a folder unless <paramref name="path"/> ends in <c>.zip</c>. The file is written
    /// beside its final name and moved into place when complete, so a failed export leaves no half file.
    /// </summary>
    public static async Task WriteToPathAsync(Subgraph subgraph, ExportFormat format, string path, CancellationToken cancellationToken = default)
    {
        var source = ExportSource.FromSubgraph(subgraph);
        if (format == ExportFormat.Csv && !path.EndsWith(".zip", StringComparison.OrdinalIgnoreCase))
        {
            await new Neo4jCsvExporter().WriteFolderAsync(source, path, cancellationToken);
            return;
        }

        var full = Path.GetFullPath(path);
        var partial = full + ".partial";
        try
        {
            await using (var file = new FileStream(partial, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true))
            {
                await GraphExporters.For(format).WriteAsync(source, file, cancellationToken);
            }

            File.Move(partial, full, overwrite: true);
        }
        finally
        {
            File.Delete(partial);
        }
    }

    /// <summary>HTTP response header that carries <see cref="SelectedSubgraph.Truncation"/> when a bound cut the export short.</summary>
    public const string TruncationHeader = "X-KG-Truncated";

    /// <summary>The download name: <c>kg-subgraph</c> plus the format's extension.</summary>
    public static string FileName(ExportFormat format) => "kg-subgraph" + ExportFormatInfo.Of(format).FileExtension;
}
