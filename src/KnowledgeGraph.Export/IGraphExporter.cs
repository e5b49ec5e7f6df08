namespace KnowledgeGraph.Export;

/// <summary>Writes a subgraph in one format, streaming: nodes first, then edges, never the whole file in memory.</summary>
public interface IGraphExporter
{
    ExportFormatInfo Format { get; }

    /// <summary>Writes the export to <paramref name="output"/> (left open). Only asynchronous writes reach the stream.</summary>
    Task WriteAsync(ExportSource source, Stream output, CancellationToken cancellationToken = default);
}
