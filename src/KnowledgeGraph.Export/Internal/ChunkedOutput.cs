namespace KnowledgeGraph.Export.Internal;

/// <summary>
/// A write-only, forward-only stream that collects what a synchronous writer (XmlWriter, Utf8JsonWriter, CsvHelper,
/// ZipArchive) produces and hands it on to the real destination asynchronously in chunks. Writers stay simple and
/// synchronous, memory stays bounded by one chunk, and ASP.NET Core's response body (which refuses synchronous
/// writes) can be the destination.
/// </summary>
internal sealed class ChunkedOutput(Stream destination) : Stream
{
    /// <summary>Items (nodes or edges) a writer writes between two drains.</summary>
    public const int ItemsPerDrain = 512;

    private readonly MemoryStream buffer = new();
    private long position;

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => position;
        set => throw new NotSupportedException();
    }

    /// <summary>Sends what has been collected to the destination.</summary>
    public async ValueTask DrainAsync(CancellationToken cancellationToken)
    {
        if (buffer.Length > 0)
        {
            await destination.WriteAsync(buffer.GetBuffer().AsMemory(0, (int)buffer.Length), cancellationToken).ConfigureAwait(false);
            buffer.SetLength(0);
        }
    }

    /// <summary>Drains and flushes the destination.</summary>
    public async ValueTask CompleteAsync(CancellationToken cancellationToken)
    {
        await DrainAsync(cancellationToken).ConfigureAwait(false);
        await destination.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> bytes)
    {
        buffer.Write(bytes);
        position += bytes.Length;
    }

    public override void WriteByte(byte value)
    {
        buffer.WriteByte(value);
        position++;
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
    {
        Write(buffer.AsSpan(offset, count));
        return Task.CompletedTask;
    }

    public override ValueTask WriteAsync(ReadOnlyMemory<byte> bytes, CancellationToken cancellationToken = default)
    {
        Write(bytes.Span);
        return ValueTask.CompletedTask;
    }

    // Flushing a writer only moves its bytes here; the destination is written by DrainAsync.
    public override void Flush()
    {
    }

    public override Task FlushAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();
}
