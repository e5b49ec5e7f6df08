using System.Buffers;

namespace KnowledgeGraph.Cables.Internal;

/// <summary>
/// An append-only text buffer rented from the shared pool: what a <see cref="System.Text.StringBuilder"/> does for the
/// body, without allocating its chunks once per cable (the body is built once, read near its end, copied out once).
/// </summary>
internal sealed class PooledText : IDisposable
{
    private char[] _buffer;

    public PooledText(int capacity)
    {
        _buffer = ArrayPool<char>.Shared.Rent(Math.Max(16, capacity));
    }

    public int Length { get; private set; }

    public char this[int index] => index < Length ? _buffer[index] : throw new ArgumentOutOfRangeException(nameof(index));

    public PooledText Append(char c)
    {
        Reserve(1);
        _buffer[Length++] = c;
        return this;
    }

    public PooledText Append(ReadOnlySpan<char> text)
    {
        Reserve(text.Length);
        text.CopyTo(_buffer.AsSpan(Length));
        Length += text.Length;
        return this;
    }

    public string ToString(int start, int length) => new(_buffer, start, length);

    public override string ToString() => ToString(0, Length);

    public void Dispose()
    {
        var buffer = _buffer;
        _buffer = [];
        Length = 0;
        if (buffer.Length > 0)
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    private void Reserve(int more) => EnsureCapacity(ref _buffer, Length, more);

    /// <summary>Swaps a pooled buffer for a pooled one at least twice as large when <paramref name="more"/> chars do not fit after <paramref name="used"/>.</summary>
    public static void EnsureCapacity(ref char[] buffer, int used, int more)
    {
        if (used + more <= buffer.Length)
        {
            return;
        }

        var larger = ArrayPool<char>.Shared.Rent(Math.Max(buffer.Length * 2, used + more));
        buffer.AsSpan(0, used).CopyTo(larger);
        ArrayPool<char>.Shared.Return(buffer);
        buffer = larger;
    }
}
