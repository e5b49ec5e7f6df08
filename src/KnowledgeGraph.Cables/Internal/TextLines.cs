using System.Buffers;

namespace KnowledgeGraph.Cables.Internal;

/// <summary>Small text helpers shared by the parsers.</summary>
internal static class TextLines
{
    private static readonly SearchValues<char> Special = SearchValues.Create("\r\n\t\0\uFEFF");

    /// <summary>What <see cref="Normalize(string, bool)"/> always changes, wherever it stands.</summary>
    private static readonly SearchValues<char> Changed = SearchValues.Create("\r\t\0\uFEFF");

    /// <summary>Line endings to <c>\n</c>, no trailing spaces on lines, NUL and BOM dropped.</summary>
    public static string Normalize(string text) => Normalize(text, trimLineBreaks: false);

    /// <summary>
    /// Line endings to <c>\n</c>, tabs to spaces, no trailing spaces on lines, NUL and BOM dropped; with
    /// <paramref name="trimLineBreaks"/>, leading and trailing line breaks dropped too (as <c>Trim('\n')</c> would).
    /// The input itself is returned when nothing changes (checked by vectorized searches first); otherwise one pass
    /// copies runs of ordinary characters.
    /// </summary>
    public static string Normalize(string text, bool trimLineBreaks)
    {
        if (text.Length == 0 || IsNormalized(text, trimLineBreaks))
        {
            return text;
        }

        var buffer = ArrayPool<char>.Shared.Rent(text.Length);
        try
        {
            var length = NormalizeLines(text, buffer, keepControls: false);
            var start = 0;
            if (trimLineBreaks)
            {
                while (start < length && buffer[start] == '\n')
                {
                    start++;
                }

                while (length > start && buffer[length - 1] == '\n')
                {
                    length--;
                }
            }

            var result = buffer.AsSpan(start, length - start);
            return result.SequenceEqual(text) ? text : result.ToString();
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    /// <summary>
    /// The line work of <see cref="Normalize(string, bool)"/> (line endings, tabs, trailing spaces; NUL and BOM dropped
    /// unless <paramref name="keepControls"/>) from <paramref name="source"/> into <paramref name="destination"/>, which may
    /// be the same memory (the output never runs ahead of the input). Returns the length written.
    /// </summary>
    public static int NormalizeLines(ReadOnlySpan<char> source, Span<char> destination, bool keepControls)
    {
        var length = 0;
        var lineStart = 0;
        var i = 0;
        while (i < source.Length)
        {
            var k = source[i..].IndexOfAny(Special);
            var run = k < 0 ? source.Length - i : k;
            source.Slice(i, run).CopyTo(destination[length..]);
            length += run;
            i += run;
            if (k < 0)
            {
                break;
            }

            var c = source[i++];
            if (c == '\r')
            {
                if (i < source.Length && source[i] == '\n')
                {
                    continue;
                }

                c = '\n';
            }

            if (c == '\n')
            {
                length = TrimEnd(destination, lineStart, length);
                destination[length++] = '\n';
                lineStart = length;
            }
            else if (c == '\t')
            {
                destination[length++] = ' ';
            }
            else if (keepControls)
            {
                destination[length++] = c;
            }

            // Else NUL and BOM: dropped.
        }

        return TrimEnd(destination, lineStart, length);
    }

    /// <summary>True when <see cref="Normalize(string, bool)"/> would change nothing.</summary>
    private static bool IsNormalized(ReadOnlySpan<char> text, bool trimLineBreaks)
        => !text.ContainsAny(Changed)
            && !(trimLineBreaks && (text[0] == '\n' || text[^1] == '\n'))
            && text[^1] is not (' ' or '\u00A0')
            && !text.Contains(" \n", StringComparison.Ordinal)
            && !text.Contains("\u00A0\n", StringComparison.Ordinal);

    /// <summary>
    /// Collapses runs of whitespace (including line breaks) to one space and trims. The input itself is returned when
    /// nothing changes (most tags, names and titles); otherwise the result is built in a stack or pooled buffer.
    /// </summary>
    public static string Squash(string text)
    {
        if (IsSquashed(text))
        {
            return text;
        }

        var pooled = text.Length > 256 ? ArrayPool<char>.Shared.Rent(text.Length) : null;
        try
        {
            var buffer = pooled ?? stackalloc char[256];
            var length = 0;
            var space = false;
            foreach (var c in text)
            {
                if (char.IsWhiteSpace(c))
                {
                    space = length > 0;
                    continue;
                }

                if (space)
                {
                    buffer[length++] = ' ';
                    space = false;
                }

                buffer[length++] = c;
            }

            return new string(buffer[..length]);
        }
        finally
        {
            if (pooled is not null)
            {
                ArrayPool<char>.Shared.Return(pooled);
            }
        }
    }

    /// <summary>True when <see cref="Squash"/> would change nothing: no white space but single inner spaces.</summary>
    private static bool IsSquashed(ReadOnlySpan<char> text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c) && (c != ' ' || i == 0 || i == text.Length - 1 || char.IsWhiteSpace(text[i + 1])))
            {
                return false;
            }
        }

        return true;
    }

    private static int TrimEnd(Span<char> buffer, int lineStart, int end)
    {
        while (end > lineStart && buffer[end - 1] is ' ' or '\t' or '\u00A0')
        {
            end--;
        }

        return end;
    }
}
