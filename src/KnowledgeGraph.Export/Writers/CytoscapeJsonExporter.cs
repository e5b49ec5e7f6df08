using KnowledgeGraph.Export.Internal;

namespace KnowledgeGraph.Export.Writers;

/// <summary>
/// Cytoscape.js elements (also read by Cytoscape desktop as <c>.cyjs</c>):
/// <c>{"elements":{"nodes":[{"data":{"id","label","type",…}}],"edges":[{"data":{"id","source","target","type",…}}]}}</c>.
/// </summary>
public sealed class CytoscapeJsonExporter : IGraphExporter
{
    public ExportFormatInfo Format { get; } = ExportFormatInfo.Of(ExportFormat.Cytoscape);

    public async Task WriteAsync(ExportSource source, Stream output, CancellationToken cancellationToken = default)
    {
        await using var chunks = new ChunkedOutput(output);
        await using (var json = ExportJson.Create(chunks))
        {
            json.WriteStartObject();
            json.WriteStartObject("elements");

            var count = 0;
            json.WriteStartArray("nodes");
            await foreach (var node in source.Nodes(cancellationToken).WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                json.WriteStartObject();
                json.WriteStartObject("data");
                ExportJson.WriteString(json, ExportNames.Id, node.Id);
                ExportJson.WriteString(json, ExportNames.Label, node.Label);
                ExportJson.WriteString(json, ExportNames.Type, node.Kind.ToString());
                ExportJson.WriteProperties(json, node.Properties, ExportNames.NodeFields);
                json.WriteEndObject();
                json.WriteEndObject();
                if (++count % ChunkedOutput.ItemsPerDrain == 0)
                {
                    await json.FlushAsync(cancellationToken).ConfigureAwait(false);
                    await chunks.DrainAsync(cancellationToken).ConfigureAwait(false);
                }
            }

            json.WriteEndArray();
            json.WriteStartArray("edges");
            await foreach (var edge in source.Edges(cancellationToken).WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                json.WriteStartObject();
                json.WriteStartObject("data");
                ExportJson.WriteString(json, ExportNames.Id, edge.Id);
                ExportJson.WriteString(json, ExportNames.Source, edge.Source);
                ExportJson.WriteString(json, ExportNames.Target, edge.Target);
                ExportJson.WriteString(json, ExportNames.Type, edge.Type);
                ExportJson.WriteProperties(json, edge.Properties, ExportNames.EdgeFields);
                json.WriteEndObject();
                json.WriteEndObject();
                if (++count % ChunkedOutput.ItemsPerDrain == 0)
                {
                    await json.FlushAsync(cancellationToken).ConfigureAwait(false);
                    await chunks.DrainAsync(cancellationToken).ConfigureAwait(false);
                }
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndObject();
        }

        await chunks.CompleteAsync(cancellationToken).ConfigureAwait(false);
    }
}
