using System.Globalization;
using System.IO.Compression;
using CsvHelper;
using KnowledgeGraph.Export.Internal;

namespace KnowledgeGraph.Export.Writers;

/// <summary>
/// <c>nodes.csv</c> and <c>relationships.csv</c> in the header format of <c>neo4j-admin import</c>:
/// <c>id:ID,:LABEL,name,mentionCount:long,confidence:double,aliases:string[],…</c> and
/// <c>:START_ID,:END_ID,:TYPE,id,…</c>. Defaults of the import tool throughout: <c>,</c> delimiter, <c>"</c> quotes
/// (doubled inside a value), <c>;</c> array delimiter. Cable text spans lines, so import with
/// <c>--multiline-fields=true</c>. As a folder or a zip (the single-file form, also what HTTP serves).
/// </summary>
public sealed class Neo4jCsvExporter : IGraphExporter
{
    public const string NodesFile = "nodes.csv";
    public const string RelationshipsFile = "relationships.csv";

    // Zip entries carry a fixed time so the same graph gives the same bytes.
    private static readonly DateTimeOffset EntryTime = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public ExportFormatInfo Format { get; } = ExportFormatInfo.Of(ExportFormat.Csv);

    /// <summary>Writes a zip holding the two files.</summary>
    public async Task WriteAsync(ExportSource source, Stream output, CancellationToken cancellationToken = default)
    {
        var schema = await ExportSchema.InferAsync(source, cancellationToken).ConfigureAwait(false);
        await using var chunks = new ChunkedOutput(output);
        using (var zip = new ZipArchive(chunks, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, nodes) in new[] { (NodesFile, true), (RelationshipsFile, false) })
            {
                var entry = zip.CreateEntry(name, CompressionLevel.Fastest);
                entry.LastWriteTime = EntryTime;
                await using var entryStream = entry.Open();
                await WriteFileAsync(source, schema, nodes, entryStream, chunks, cancellationToken).ConfigureAwait(false);
            }
        }

        await chunks.CompleteAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Writes <c>nodes.csv</c> and <c>relationships.csv</c> into <paramref name="directory"/> (created if missing).</summary>
    public async Task WriteFolderAsync(ExportSource source, string directory, CancellationToken cancellationToken = default)
    {
        var schema = await ExportSchema.InferAsync(source, cancellationToken).ConfigureAwait(false);
        Directory.CreateDirectory(directory);
        foreach (var (name, nodes) in new[] { (NodesFile, true), (RelationshipsFile, false) })
        {
            await using var file = new FileStream(Path.Combine(directory, name), FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true);
            await using var chunks = new ChunkedOutput(file);
            await WriteFileAsync(source, schema, nodes, chunks, chunks, cancellationToken).ConfigureAwait(false);
            await chunks.CompleteAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The neo4j-admin header field of a property: <c>name</c>, <c>name:long</c>, <c>name:string[]</c>, ….</summary>
    internal static string HeaderField(PropertyColumn column)
    {
        var type = column.Type switch
        {
            ScalarType.Boolean => "boolean",
            ScalarType.Long => "long",
            ScalarType.Double => "double",
            _ => "string",
        };
        return column.IsList ? $"{column.Property}:{type}[]"
            : column.Type == ScalarType.String ? column.Property
            : $"{column.Property}:{type}";
    }

    private static async Task WriteFileAsync(
        ExportSource source, ExportSchema schema, bool nodes, Stream stream, ChunkedOutput chunks, CancellationToken cancellationToken)
    {
        var options = new CsvWriterOptions
        {
            NewLine = "\n",
            WriteByteOrderMark = false,
            Injection = CsvInjection.None, // data for a database, not a spreadsheet: values are written exactly
            FormatProvider = CultureInfo.InvariantCulture,
        };
        await using var csv = CsvWriter.Create(stream, options, leaveOpen: true);
        var columns = nodes ? schema.NodeProperties : schema.EdgeProperties;

        foreach (var field in (nodes ? ["id:ID", ":LABEL"] : new[] { ":START_ID", ":END_ID", ":TYPE", "id" }).Concat(columns.Select(HeaderField)))
        {
            csv.WriteField(field);
        }

        csv.EndRecord();
        var count = 0;
        if (nodes)
        {
            await foreach (var node in source.Nodes(cancellationToken).WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                csv.WriteField(node.Id);
                csv.WriteField(node.Kind.ToString());
                WriteProperties(csv, columns, node.Properties);
                csv.EndRecord();
                await DrainEveryAsync(++count, csv, chunks, cancellationToken).ConfigureAwait(false);
            }
        }
        else
        {
            await foreach (var edge in source.Edges(cancellationToken).WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                csv.WriteField(edge.Source);
                csv.WriteField(edge.Target);
                csv.WriteField(edge.Type);
                csv.WriteField(edge.Id);
                WriteProperties(csv, columns, edge.Properties);
                csv.EndRecord();
                await DrainEveryAsync(++count, csv, chunks, cancellationToken).ConfigureAwait(false);
            }
        }

        await csv.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    private static async ValueTask DrainEveryAsync(int count, CsvWriter csv, ChunkedOutput chunks, CancellationToken cancellationToken)
    {
        if (count % ChunkedOutput.ItemsPerDrain == 0)
        {
            await csv.FlushAsync(cancellationToken).ConfigureAwait(false);
            await chunks.DrainAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private static void WriteProperties(CsvWriter csv, IReadOnlyList<PropertyColumn> columns, IReadOnlyDictionary<string, object?> properties)
    {
        foreach (var column in columns)
        {
            if (!properties.TryGetValue(column.Property, out var raw) || ExportValue.Normalize(raw) is not { } value)
            {
                csv.WriteField(string.Empty);
                continue;
            }

            IReadOnlyList<object> items = value.IsList ? value.List! : [value.Scalar!];
            var formatted = column.IsList
                ? string.Join(';', items.Select(i => ExportValue.Format(ExportValue.Convert(i, column.Type))))
                : ExportValue.Format(ExportValue.Convert(value.Scalar!, column.Type));
            // A quoted empty field is an empty string to neo4j-admin; an unquoted one is no value (and an empty list).
            csv.WriteField(formatted, formatted.Length == 0 && !column.IsList ? CsvQuoting.Always : CsvQuoting.WhenNeeded);
        }
    }
}
