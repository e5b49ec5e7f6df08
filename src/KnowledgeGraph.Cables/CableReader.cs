using System.Buffers;
using System.Text;
using KnowledgeGraph.Cables.Formats;
using KnowledgeGraph.Cables.Internal;
using KnowledgeGraph.Cables.Model;

namespace KnowledgeGraph.Cables;

/// <summary>
/// Reads cables from files, directories (recursive) and <c>-</c> (stdin), detecting the format per file,
/// streaming one result at a time so memory stays flat however large the input.
/// </summary>
public sealed class CableReader
{
    /// <summary>Largest single-cable file (text or HTML) read; a cables.csv file streams without limit.</summary>
    public const long MaxSingleCableBytes = 16 * 1024 * 1024;

    private const int SniffBytes = 64 * 1024;
    private readonly Func<Stream> _openStandardInput;

    public CableReader()
        : this(Console.OpenStandardInput)
    {
    }

    /// <param name="openStandardInput">Opens what <c>-</c> reads (tests pass their own stream).</param>
    public CableReader(Func<Stream> openStandardInput)
    {
        _openStandardInput = openStandardInput;
    }

    /// <summary>Every cable (or rejection) in the inputs, in input order.</summary>
    public IEnumerable<CableReadResult> Read(IEnumerable<string> inputs, CancellationToken cancellationToken = default)
    {
        foreach (var pending in ReadPending(inputs, cancellationToken))
        {
            yield return pending.Parse();
        }
    }

    /// <summary>
    /// Every cable (or rejection) in the inputs, in input order, decoded and parsed on up to <paramref name="degree"/>
    /// threads while this one reads the files (a window of a few cables per thread, so memory stays flat).
    /// </summary>
    public IEnumerable<CableReadResult> Read(IEnumerable<string> inputs, int degree, CancellationToken cancellationToken = default)
        => OrderedParallel.Select(ReadPending(inputs, cancellationToken), pending => pending.Parse(), degree, cancellationToken);

    /// <summary>
    /// Like <see cref="Read(IEnumerable{string}, CancellationToken)"/>, but each cable is only read (the file I/O, format detection and CSV record splitting
    /// happen here, in input order) and its decoding and parsing wait for <see cref="PendingCable.Parse"/>, which may
    /// run on another thread: <c>kg extract --parallel</c> parses and extracts on several cores, in input order.
    /// </summary>
    public IEnumerable<PendingCable> ReadPending(IEnumerable<string> inputs, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        foreach (var input in inputs)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (input == "-")
            {
                foreach (var result in ReadStream(_openStandardInput(), "-", -1, cancellationToken))
                {
                    yield return result;
                }
            }
            else if (Directory.Exists(input))
            {
                foreach (var file in EnumerateFiles(input))
                {
                    foreach (var result in ReadFile(file, cancellationToken))
                    {
                        yield return result;
                    }
                }
            }
            else
            {
                foreach (var result in ReadFile(input, cancellationToken))
                {
                    yield return result;
                }
            }
        }
    }

    /// <summary>Parses content already in memory (an API upload, a test); <paramref name="format"/> null = detect.</summary>
    public IEnumerable<CableReadResult> Parse(string content, string sourceName, CableFormat? format = null)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(sourceName);
        var detected = format ?? FormatDetector.Detect(content.AsSpan(0, Math.Min(content.Length, SniffBytes)), sourceName);
        if (detected == CableFormat.CablesCsv)
        {
            return ReadCsv(new StringReader(content), sourceName, CancellationToken.None).Select(p => p.Parse());
        }

        return [ParseSingle(content, content, sourceName, detected)];
    }

    private static IEnumerable<string> EnumerateFiles(string directory)
    {
        var options = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.Hidden | FileAttributes.System };
        var files = Directory.EnumerateFiles(directory, "*", options).ToList();
        files.Sort(StringComparer.Ordinal);
        return files;
    }

    private IEnumerable<PendingCable> ReadFile(string path, CancellationToken cancellationToken)
    {
        Stream stream;
        long length;
        string? failure = null;
        try
        {
            // Unbuffered (bufferSize 0): every read goes straight into the pooled cable buffer, no 64 KB FileStream buffer per file.
            // A missing file throws FileNotFoundException here; no FileInfo look-up first (two stat calls per file).
            stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 0, FileOptions.SequentialScan);
            length = stream.CanSeek ? stream.Length : 0; // a pipe has no length (FileInfo said 0)
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            stream = Stream.Null;
            length = 0;
            failure = ex is FileNotFoundException or DirectoryNotFoundException ? "no such file or directory" : "cannot open: " + ex.Message;
        }

        if (failure is not null)
        {
            return [PendingCable.Of(new CableRejected(new CableSource(CableFormat.Text, path), failure))];
        }

        return ReadStream(stream, path, length, cancellationToken);
    }

    private static IEnumerable<PendingCable> ReadStream(Stream stream, string name, long knownLength, CancellationToken cancellationToken)
    {
        using (stream)
        {
            // One pooled buffer per input, sized to the file when its length is known; it goes back to the pool as soon
            // as the cable's text is decoded (a page never costs a fresh 64 KB array, nor a large-object-heap string).
            var prefix = ArrayPool<byte>.Shared.Rent(knownLength is > SniffBytes and <= MaxSingleCableBytes ? (int)knownLength + 1 : SniffBytes);
            var read = ReadFully(stream, prefix.AsSpan(0, SniffBytes));
            var complete = read < SniffBytes;
            if (read == 0)
            {
                ArrayPool<byte>.Shared.Return(prefix);
                yield return PendingCable.Of(new CableRejected(new CableSource(CableFormat.Text, name), "empty file"));
                yield break;
            }

            if (InputDecoder.LooksBinary(prefix.AsSpan(0, read)))
            {
                ArrayPool<byte>.Shared.Return(prefix);
                yield return PendingCable.Of(new CableRejected(new CableSource(CableFormat.Text, name), "binary file, not cable text"));
                yield break;
            }

            var encoding = InputDecoder.Choose(prefix.AsSpan(0, read), complete);
            var format = FormatDetector.Detect(prefix.AsSpan(0, read), encoding, name);
            if (format == CableFormat.CablesCsv)
            {
                var reader = new StreamReader(new PrefixedStream(prefix, read, stream), encoding, detectEncodingFromByteOrderMarks: true, 64 * 1024, leaveOpen: false);
                foreach (var result in ReadCsv(reader, name, cancellationToken))
                {
                    yield return result;
                }

                yield break;
            }

            if (knownLength > MaxSingleCableBytes || (complete ? read : TryReadAll(stream, ref prefix, ref read)) > MaxSingleCableBytes)
            {
                ArrayPool<byte>.Shared.Return(prefix);
                var size = Math.Max(knownLength, read) / (1024.0 * 1024.0);
                yield return PendingCable.Of(new CableRejected(new CableSource(format, name),
                    $"too large for a single {FormatName(format)} cable ({(knownLength < 0 ? "over " + MaxSingleCableBytes / (1024 * 1024) : size.ToString("0", System.Globalization.CultureInfo.InvariantCulture))} MB, limit {MaxSingleCableBytes / (1024 * 1024)} MB); only cables.csv files may be larger"));
                yield break;
            }

            var bytes = prefix;
            var length = read;
            yield return new PendingCable(() => ParseBytes(bytes, length, name, format));
        }
    }

    /// <summary>Decodes and parses one single-cable input, then returns its buffer to the pool.</summary>
    private static CableReadResult ParseBytes(byte[] bytes, int length, string name, CableFormat format)
    {
        if (format != CableFormat.WikiLeaksHtml)
        {
            string text;
            try
            {
                text = InputDecoder.Decode(bytes, length);
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(bytes);
            }

            return ParseSingle(text, text, name, format);
        }

        // A page is only scanned for its <pre> blocks and metadata cells: decode it into a pooled buffer, not a string.
        char[]? chars = null;
        try
        {
            var count = InputDecoder.Decode(bytes, length, ref chars);
            ArrayPool<byte>.Shared.Return(bytes);
            bytes = [];
            return ParseSingle(chars.AsSpan(0, count), null, name, format);
        }
        finally
        {
            if (bytes.Length > 0)
            {
                ArrayPool<byte>.Shared.Return(bytes);
            }

            if (chars is not null)
            {
                ArrayPool<char>.Shared.Return(chars);
            }
        }
    }

    /// <summary>Reads the rest of the stream into the buffer, stopping just past the size limit.</summary>
    private static int TryReadAll(Stream stream, ref byte[] buffer, ref int length)
    {
        while (true)
        {
            if (length == buffer.Length)
            {
                if (length > MaxSingleCableBytes)
                {
                    return length;
                }

                var larger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
                buffer.AsSpan(0, length).CopyTo(larger);
                ArrayPool<byte>.Shared.Return(buffer);
                buffer = larger;
            }

            var n = stream.Read(buffer, length, buffer.Length - length);
            if (n == 0)
            {
                return length;
            }

            length += n;
        }
    }

    private static int ReadFully(Stream stream, Span<byte> buffer)
    {
        var total = 0;
        while (total < buffer.Length)
        {
            var n = stream.Read(buffer[total..]);
            if (n == 0)
            {
                break;
            }

            total += n;
        }

        return total;
    }

    /// <param name="textString">The same text as a string when the caller has one (plain text is parsed from a string).</param>
    private static CableReadResult ParseSingle(ReadOnlySpan<char> text, string? textString, string name, CableFormat format)
    {
        var source = new CableSource(format, name);
        var stem = name == "-" ? null : Path.GetFileNameWithoutExtension(name);
        if (text.Trim().Length == 0)
        {
            return new CableRejected(source, "empty file");
        }

        CableDocument? document;
        if (format == CableFormat.WikiLeaksHtml)
        {
            document = WikiLeaksHtmlFormat.Read(text, stem, out var error);
            if (document is null)
            {
                return new CableRejected(source, error ?? "broken HTML");
            }
        }
        else
        {
            document = PlainTextFormat.Read(textString ?? text.ToString(), stem);
        }

        return CableParser.Parse(document, source);
    }

    private static IEnumerable<PendingCable> ReadCsv(TextReader reader, string name, CancellationToken cancellationToken)
    {
        using (reader)
        {
            foreach (var row in CablesCsvFormat.Read(reader, cancellationToken))
            {
                var source = new CableSource(CableFormat.CablesCsv, name, row.Record);
                if (row.Document is null)
                {
                    yield return PendingCable.Of(new CableRejected(source, $"line {row.Line}: {row.Error}"));
                    continue;
                }

                var (document, line) = (row.Document, row.Line);
                yield return new PendingCable(() => CableParser.Parse(document, source) is var result && result is CableRejected rejected
                    ? rejected with { Message = $"line {line}: {rejected.Message}" }
                    : result);
            }
        }
    }

    private static string FormatName(CableFormat format) => format switch
    {
        CableFormat.WikiLeaksHtml => "HTML",
        CableFormat.CablesCsv => "CSV",
        _ => "text",
    };

}
