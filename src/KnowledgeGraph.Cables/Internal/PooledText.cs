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

    private void Reserve(int more)
    {
        if (Length + more <= _buffer.Length)
        {
            return;
        }

        var larger = ArrayPool<char>.Shared.Rent(Math.Max(_buffer.Length * 2, Length + more));
        _buffer.AsSpan(0, Length).CopyTo(larger);
        ArrayPool<char>.Shared.Return(_buffer);
        _buffer = larger;
    }
}
