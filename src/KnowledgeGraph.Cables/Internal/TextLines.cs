using System.Buffers;

namespace KnowledgeGraph.Cables.Internal;

/// <summary>Small text helpers shared by the parsers.</summary>
internal static class TextLines
{
    private static readonly SearchValues<char> Special = SearchValues.Create("\r\n\t\0\uFEFF");

    /// <summary>Line endings to <c>\n</c>, no trailing spaces on lines, NUL and BOM dropped.</summary>
    public static string Normalize(string text) => Normalize(text, trimLineBreaks: false);

    /// <summary>
    /// Line endings to <c>\n</c>, tabs to spaces, no trailing spaces on lines, NUL and BOM dropped; with
    /// <paramref name="trimLineBreaks"/>, leading and trailing line breaks dropped too (as <c>Trim('\n')</c> would).
    /// One pass that copies runs of ordinary characters; the input itself is returned when nothing changes.
    /// </summary>
    public static string Normalize(string text, bool trimLineBreaks)
    {
        if (text.Length == 0)
        {
            return text;
        }

        var buffer = ArrayPool<char>.Shared.Rent(text.Length);
        try
        {
            var source = text.AsSpan();
            var length = 0;
            var lineStart = 0;
            var i = 0;
            while (i < source.Length)
            {
                var k = source[i..].IndexOfAny(Special);
                var run = k < 0 ? source.Length - i : k;
                source.Slice(i, run).CopyTo(buffer.AsSpan(length));
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
                    length = TrimEnd(buffer, lineStart, length);
                    buffer[length++] = '\n';
                    lineStart = length;
                }
                else if (c == '\t')
                {
                    buffer[length++] = ' ';
                }

                // NUL and BOM: dropped.
            }

            length = TrimEnd(buffer, lineStart, length);
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
            return result.SequenceEqual(source) ? text : result.ToString();
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    /// <summary>Collapses runs of whitespace (including line breaks) to one space and trims.</summary>
    public static string Squash(string text)
    {
        var builder = new System.Text.StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = builder.Length > 0;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    private static int TrimEnd(char[] buffer, int lineStart, int end)
    {
        while (end > lineStart && buffer[end - 1] is ' ' or '\t' or '\u00A0')
        {
            end--;
        }

        return end;
    }
}
