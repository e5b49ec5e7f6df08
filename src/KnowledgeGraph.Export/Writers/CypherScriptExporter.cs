using System.Text;
using KnowledgeGraph.Export.Internal;
using KnowledgeGraph.Graph.Model;

namespace KnowledgeGraph.Export.Writers;

/// <summary>
/// A Cypher script that recreates the subgraph: <c>UNWIND [ {…}, … ] AS row MERGE …</c> statements with the rows as
/// literal lists (no <c>:param</c>, so the script runs as is in cypher-shell, Neo4j Browser and, statement by
/// statement, the HTTP endpoints). Nodes are merged by label and <c>id</c>, relationships by type and <c>id</c> after
/// one <c>MATCH</c> per endpoint; properties are set with <c>+=</c>, so running it twice changes nothing. Every
/// statement is one line ending with <c>;</c>. Portable Cypher (Neo4j 3.1–5.x).
/// </summary>
public sealed class CypherScriptExporter : IGraphExporter
{
    /// <summary>Rows per UNWIND statement (fewer when rows are large, see <see cref="MaxStatementChars"/>).</summary>
    public const int BatchSize = 500;

    private const int MaxStatementChars = 1 << 20;

    public ExportFormatInfo Format { get; } = ExportFormatInfo.Of(ExportFormat.Cypher);

    public async Task WriteAsync(ExportSource source, Stream output, CancellationToken cancellationToken = default)
    {
        await using var chunks = new ChunkedOutput(output);
        await using var text = new StreamWriter(chunks, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 1 << 16, leaveOpen: true) { NewLine = "\n" };
        await text.WriteLineAsync("// Subgraph exported by kg. One statement per line; run with `cypher-shell -f FILE` or paste into Neo4j Browser.");
        await text.WriteLineAsync("// Nodes are merged on (label, id) and relationships on (type, id): create the constraints in graph-schema/ first for large scripts.");

        // Endpoint labels for the relationship MATCHes: ids only, never whole nodes.
        var kinds = new Dictionary<string, NodeKind>(StringComparer.Ordinal);
        var nodeBatches = new Dictionary<NodeKind, Batch>();
        await foreach (var node in source.Nodes(cancellationToken).WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            kinds[node.Id] = node.Kind;
            if (!nodeBatches.TryGetValue(node.Kind, out var batch))
            {
                nodeBatches[node.Kind] = batch = new Batch(NodeStatementTail(node.Kind));
            }

            var row = new StringBuilder("{id: ");
            CypherText.AppendString(row, node.Id);
            AppendProperties(row, node.Properties);
            if (batch.Add(row.Append('}').ToString()))
            {
                await FlushAsync(batch, text, chunks, cancellationToken).ConfigureAwait(false);
            }
        }

        foreach (var batch in nodeBatches.OrderBy(b => b.Key).Select(b => b.Value))
        {
            await FlushAsync(batch, text, chunks, cancellationToken).ConfigureAwait(false);
        }

        var edgeBatches = new Dictionary<(string Type, NodeKind? Source, NodeKind? Target), Batch>();
        await foreach (var edge in source.Edges(cancellationToken).WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            var key = (edge.Type, kinds.TryGetValue(edge.Source, out var s) ? s : (NodeKind?)null, kinds.TryGetValue(edge.Target, out var t) ? t : (NodeKind?)null);
            if (!edgeBatches.TryGetValue(key, out var batch))
            {
                edgeBatches[key] = batch = new Batch(EdgeStatementTail(key.Type, key.Item2, key.Item3));
            }

            var row = new StringBuilder("{id: ");
            CypherText.AppendString(row, edge.Id);
            row.Append(", source: ");
            CypherText.AppendString(row, edge.Source);
            row.Append(", target: ");
            CypherText.AppendString(row, edge.Target);
            AppendProperties(row, edge.Properties);
            if (batch.Add(row.Append('}').ToString()))
            {
                await FlushAsync(batch, text, chunks, cancellationToken).ConfigureAwait(false);
            }
        }

        foreach (var batch in edgeBatches.OrderBy(b => b.Key.Type, StringComparer.Ordinal).ThenBy(b => b.Key.Item2).ThenBy(b => b.Key.Item3).Select(b => b.Value))
        {
            await FlushAsync(batch, text, chunks, cancellationToken).ConfigureAwait(false);
        }

        await text.FlushAsync(cancellationToken).ConfigureAwait(false);
        await chunks.CompleteAsync(cancellationToken).ConfigureAwait(false);
    }

    private static string NodeStatementTail(NodeKind kind) =>
        $" AS row MERGE (n:{CypherText.Name(kind.ToString())} {{id: row.id}}) SET n += row.props;";

    private static string EdgeStatementTail(string type, NodeKind? source, NodeKind? target) =>
        $" AS row MATCH (a{Label(source)} {{id: row.source}}) MATCH (b{Label(target)} {{id: row.target}}) " +
        $"MERGE (a)-[r:{CypherText.Name(type)} {{id: row.id}}]->(b) SET r += row.props;";

    private static string Label(NodeKind? kind) => kind is { } k ? ":" + CypherText.Name(k.ToString()) : "";

    private static void AppendProperties(StringBuilder row, IReadOnlyDictionary<string, object?> properties)
    {
        row.Append(", props: {");
        var first = true;
        foreach (var (name, raw) in properties.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            if (name == GraphProperty.Id || ExportValue.Normalize(raw) is not { } value)
            {
                continue;
            }

            row.Append(first ? "" : ", ").Append(CypherText.Name(name)).Append(": ");
            CypherText.AppendValue(row, value);
            first = false;
        }

        row.Append('}');
    }

    private static async ValueTask FlushAsync(Batch batch, StreamWriter text, ChunkedOutput chunks, CancellationToken cancellationToken)
    {
        if (batch.Rows.Count == 0)
        {
            return;
        }

        await text.WriteAsync("UNWIND [");
        for (var i = 0; i < batch.Rows.Count; i++)
        {
            await text.WriteAsync(i == 0 ? "" : ", ");
            await text.WriteAsync(batch.Rows[i]);
        }

        await text.WriteAsync(']');
        await text.WriteLineAsync(batch.Tail);
        batch.Clear();
        await text.FlushAsync(cancellationToken).ConfigureAwait(false);
        await chunks.DrainAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Rows waiting for one statement shape (a label, or a type and two endpoint labels).</summary>
    private sealed class Batch(string tail)
    {
        private int chars;

        public string Tail { get; } = tail;

        public List<string> Rows { get; } = [];

        /// <summary>Adds a row; true when the batch is full.</summary>
        public bool Add(string row)
        {
            Rows.Add(row);
            chars += row.Length;
            return Rows.Count >= BatchSize || chars >= MaxStatementChars;
        }

        public void Clear()
        {
            Rows.Clear();
            chars = 0;
        }
    }
}
