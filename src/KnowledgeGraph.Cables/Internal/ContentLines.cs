using System.Collections;

namespace KnowledgeGraph.Cables.Internal;

/// <summary>
/// The lines of a text (as <c>Split('\n')</c> cuts them) kept as ranges of it: a line becomes a string only when a
/// parser asks for one by index, so the body normalizer reads every line as a span and copies none.
/// </summary>
internal sealed class ContentLines : IReadOnlyList<string>
{
    private readonly string _text;
    private readonly List<int> _starts;
    private (int Index, string Text)? _replaced;

    public ContentLines(string text)
    {
        _text = text;
        _starts = new List<int>(text.AsSpan().Count('\n') + 1) { 0 };
        for (var n = text.IndexOf('\n'); n >= 0; n = text.IndexOf('\n', n + 1))
        {
            _starts.Add(n + 1);
        }
    }

    public int Count => _starts.Count;

    public string this[int index] => Line(index) is var (text, start, length) && start == 0 && length == text.Length ? text : text.Substring(start, length);

    /// <summary>Line <paramref name="index"/> as a range of a string (the text, or the line's replacement).</summary>
    public (string Text, int Start, int Length) Line(int index)
    {
        if (_replaced is { } r && r.Index == index)
        {
            return (r.Text, 0, r.Text.Length);
        }

        var start = _starts[index];
        return (_text, start, End(index) - start);
    }

    /// <summary>Line <paramref name="index"/> as a span (no copy).</summary>
    public ReadOnlySpan<char> Span(int index)
    {
        var (text, start, length) = Line(index);
        return text.AsSpan(start, length);
    }

    /// <summary>Puts <paramref name="text"/> in place of one line (the parser keeps one line without its signature).</summary>
    public void Replace(int index, string text)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Count);
        _replaced = (index, text);
    }

    /// <summary>The first <paramref name="count"/> lines joined by <c>\n</c> (as <c>string.Join</c> would), a replaced line aside.</summary>
    public string Join(int count)
    {
        if (_replaced is { } r && r.Index < count)
        {
            return string.Join('\n', this.Take(count));
        }

        return count <= 0 ? "" : _text[..End(count - 1)];
    }

    public IEnumerator<string> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private int End(int index) => index + 1 < _starts.Count ? _starts[index + 1] - 1 : _text.Length;
}
