using KnowledgeGraph.Export.Internal;

namespace KnowledgeGraph.Export.Writers;

/// <summary>
/// Node-link JSON as NetworkX's <c>node_link_graph</c> and D3 read it:
/// <c>{"directed":true,"multigraph":true,"graph":{},"nodes":[{"id","label","type",…}],"links":[{"key","source","target","type",…}]}</c>.
/// A link's <c>key</c> is the edge id; values keep their JSON types (lists are arrays).
/// </summary>
public sealed class NodeLinkJsonExporter : IGraphExporter
{
    public ExportFormatInfo Format { get; } = ExportFormatInfo.Of(ExportFormat.Json);

    public async Task WriteAsync(ExportSource source, Stream output, CancellationToken cancellationToken = default)
    {
        await using var chunks = new ChunkedOutput(output);
        await using (var json = ExportJson.Create(chunks))
        {
            json.WriteStartObject();
            json.WriteBoolean("directed", true);
            json.WriteBoolean("multigraph", true);
            json.WriteStartObject("graph");
            json.WriteEndObject();

            var count = 0;
            json.WriteStartArray("nodes");
            await foreach (var node in source.Nodes(cancellationToken).WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                json.WriteStartObject();
                ExportJson.WriteString(json, ExportNames.Id, node.Id);
                ExportJson.WriteString(json, ExportNames.Label, node.Label);
                ExportJson.WriteString(json, ExportNames.Type, node.Kind.ToString());
                ExportJson.WriteProperties(json, node.Properties, ExportNames.NodeFields);
                json.WriteEndObject();
                if (++count % ChunkedOutput.ItemsPerDrain == 0)
                {
                    await json.FlushAsync(cancellationToken).ConfigureAwait(false);
                    await chunks.DrainAsync(cancellationToken).ConfigureAwait(false);
                }
            }

            json.WriteEndArray();
            json.WriteStartArray("links");
            await foreach (var edge in source.Edges(cancellationToken).WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                json.WriteStartObject();
                ExportJson.WriteString(json, "key", edge.Id);
                ExportJson.WriteString(json, ExportNames.Source, edge.Source);
                ExportJson.WriteString(json, ExportNames.Target, edge.Target);
                ExportJson.WriteString(json, ExportNames.Type, edge.Type);
                ExportJson.WriteProperties(json, edge.Properties, NodeLinkEdgeFields);
                json.WriteEndObject();
                if (++count % ChunkedOutput.ItemsPerDrain == 0)
                {
                    await json.FlushAsync(cancellationToken).ConfigureAwait(false);
                    await chunks.DrainAsync(cancellationToken).ConfigureAwait(false);
                }
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        await chunks.CompleteAsync(cancellationToken).ConfigureAwait(false);
    }

    private static readonly IReadOnlySet<string> NodeLinkEdgeFields = new HashSet<string>(ExportNames.EdgeFields, StringComparer.Ordinal) { "key" };
}
