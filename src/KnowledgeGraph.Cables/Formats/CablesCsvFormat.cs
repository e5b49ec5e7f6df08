using System.Globalization;
using CsvHelper;
using KnowledgeGraph.Cables.Internal;

namespace KnowledgeGraph.Cables.Formats;

/// <summary>
/// The <c>cables.csv</c> release: no header row, 8 double-quoted columns (serial, <c>MM/DD/YYYY HH:MM</c>, reference id,
/// origin, classification, references, header, body). Read record by record with CsvHelper, so memory stays flat.
/// </summary>
internal static class CablesCsvFormat
{
    public const int ColumnCount = 8;

    /// <summary>Largest single field accepted; a runaway quote would otherwise swallow the rest of the file.</summary>
    public const int MaxFieldSize = 4 * 1024 * 1024;

    internal sealed record Row(int Record, long Line, CableDocument? Document, string? Error);

    public static IEnumerable<Row> Read(TextReader reader, CancellationToken cancellationToken)
    {
        var options = new CsvReaderOptions
        {
            HasHeader = false,
            Separator = ',',
            TrackLineNumbers = true,
            MaxRecordSize = MaxFieldSize * 2,
            SkipEmptyLines = true,
        };

        using var csv = CsvReader.Create(reader, options, false);
        var record = 0;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            bool more;
            string? failure = null;
            long failureLine = 0;
            try
            {
                more = csv.Read();
            }
            catch (CsvFormatException ex)
            {
                more = false;
                failureLine = ex.LineNumber;
                failure = "malformed CSV (" + FirstLine(ex.Message) + "); the rest of the file is skipped";
            }

            if (failure is not null)
            {
                yield return new Row(record + 1, failureLine, null, failure);
                yield break;
            }

            if (!more)
            {
                yield break;
            }

            record++;
            var line = csv.LineNumber;
            if (csv.FieldCount != ColumnCount)
            {
                yield return new Row(record, line, null, $"expected {ColumnCount} columns, found {csv.FieldCount}");
                continue;
            }

            yield return new Row(record, line, ToDocument(csv), null);
        }
    }

    private static CableDocument ToDocument(CsvReader csv) => new(csv.GetString(6), csv.GetString(7))
    {
        ReferenceId = csv.GetString(2),
        Created = DateTime.TryParseExact(csv.GetString(1).Trim(), ["M/d/yyyy H:mm", "MM/dd/yyyy HH:mm"], CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var created)
            ? new DateTimeOffset(created, TimeSpan.Zero)
            : null,
        Origin = NullIfBlank(csv.GetString(3)),
        Classification = NullIfBlank(csv.GetString(4)),
        ReferenceList = csv.GetString(5),
    };

    private static string? NullIfBlank(string value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static string FirstLine(string message)
    {
        var i = message.IndexOfAny(['\r', '\n']);
        return i < 0 ? message : message[..i];
    }
}
