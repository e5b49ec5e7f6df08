using KnowledgeGraph.Graph.Model;

namespace KnowledgeGraph.Export.Tests.Support;

/// <summary>Runs an exporter into memory or into a temporary file.</summary>
internal static class Exports
{
    public static async Task<byte[]> ToBytesAsync(ExportFormat format, Subgraph graph)
    {
        using var output = new MemoryStream();
        await GraphExporters.For(format).WriteAsync(ExportSource.FromSubgraph(graph), output);
        return output.ToArray();
    }

    public static async Task<string> ToFileAsync(ExportFormat format, Subgraph graph, string directory)
    {
        var path = Path.Combine(directory, "export" + ExportFormatInfo.Of(format).FileExtension);
        await File.WriteAllBytesAsync(path, await ToBytesAsync(format, graph));
        return path;
    }
}
