using System.Buffers;
using System.Globalization;
using System.Net;
using KnowledgeGraph.Cables.Internal;

namespace KnowledgeGraph.Cables.Formats;

/// <summary>
/// A WikiLeaks Cablegate page: the metadata table (reference id, created, released, classification, origin)
/// and the cable text in <c>&lt;pre&gt;</c> blocks (header, then content), entities and anchors removed.
/// The page is scanned as a span (the reader decodes it into a pooled buffer): only the cable text and the
/// metadata cells become strings.
/// </summary>
internal static class WikiLeaksHtmlFormat
{
    private const string PartialNotice = "This record is a partial extract of the original cable.";
    private const int CableTableOpenLength = 21; // <table class='cable'>
    private const int CellOpenLength = 4; // <td>
    private const int CellCloseLength = 5; // </td>
    private const int PreCloseLength = 6; // </pre>

    // Case-blind searches through SearchValues: IndexOf(…, OrdinalIgnoreCase) is a slow scalar loop under the
    // invariant globalization mode the product runs in.
    private static readonly SearchValues<string> PreOpen = SearchValues.Create(["<pre"], StringComparison.OrdinalIgnoreCase);
    private static readonly SearchValues<string> PreClose = SearchValues.Create(["</pre>"], StringComparison.OrdinalIgnoreCase);

    public static CableDocument? Read(ReadOnlySpan<char> html, string? fileStem, out string? error)
    {
        error = null;

        // Every block is decoded into one pooled buffer (decoding never lengthens a block); only the header and the
        // content become strings, each once.
        var buffer = ArrayPool<char>.Shared.Rent(Math.Max(1, html.Length));
        try
        {
            var blocks = new List<(int Start, int Length)>();
            var used = 0;
            var found = false;
            var isPartial = false;
            for (var from = 0; NextPre(html, ref from, out var textStart, out var textEnd);)
            {
                found = true;
                var length = Decode(html[textStart..textEnd], ref buffer, used);
                var block = buffer.AsSpan(used, length);
                if (block.Contains(PartialNotice, StringComparison.Ordinal))
                {
                    isPartial = true;
                    length = RemovePartialNotice(block);
                }

                if (!buffer.AsSpan(used, length).IsWhiteSpace())
                {
                    blocks.Add((used, length));
                    used += length;
                }
            }

            if (!found)
            {
                error = "broken HTML: no cable text (<pre> block) found";
                return null;
            }

            if (blocks.Count == 0)
            {
                error = "broken HTML: the <pre> blocks are empty";
                return null;
            }

            // The parser drops the content's leading and trailing line breaks: dropping them here spares it a copy.
            var content = buffer.AsSpan(blocks[^1].Start, blocks[^1].Length).Trim('\n').ToString();
            var header = JoinLines(buffer, blocks, blocks.Count - 1);
            var cells = MetadataCells(html);
            return new CableDocument(header, content)
            {
                ReferenceId = cells.ElementAtOrDefault(0),
                Created = ParseDate(cells.ElementAtOrDefault(1)),
                Released = ParseDate(cells.ElementAtOrDefault(2)),
                Classification = cells.ElementAtOrDefault(3),
                Origin = cells.ElementAtOrDefault(4),
                IsPartial = isPartial,
                FileStem = fileStem,
            };
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    /// <summary>The first <paramref name="count"/> blocks joined by <c>\n</c>, copied once into the new string.</summary>
    private static string JoinLines(char[] buffer, List<(int Start, int Length)> blocks, int count)
    {
        if (count <= 0)
        {
            return "";
        }

        var length = count - 1;
        for (var i = 0; i < count; i++)
        {
            length += blocks[i].Length;
        }

        return string.Create(length, (buffer, blocks, count), static (target, state) =>
        {
            var at = 0;
            for (var i = 0; i < state.count; i++)
            {
                if (i > 0)
                {
                    target[at++] = '\n';
                }

                var (start, blockLength) = state.blocks[i];
                state.buffer.AsSpan(start, blockLength).CopyTo(target[at..]);
                at += blockLength;
            }
        });
    }

    /// <summary>The block without the partial-extract notice and the rest of its line, moved in place; returns its new length.</summary>
    private static int RemovePartialNotice(Span<char> block)
    {
        var i = block.IndexOf(PartialNotice, StringComparison.Ordinal);
        var newline = block[i..].IndexOf('\n');
        if (newline < 0)
        {
            return i;
        }

        var tail = block[(i + newline + 1)..];
        tail.CopyTo(block[i..]);
        return i + tail.Length;
    }

    /// <summary>
    /// The text of the next <c>&lt;pre …&gt;TEXT&lt;/pre&gt;</c> at or after <paramref name="from"/>, as the pattern
    /// <c>&lt;pre[^&gt;]*&gt;(.*?)&lt;/pre&gt;</c> (ignoring case) finds it, by vectorized searches; false when there is none.
    /// </summary>
    private static bool NextPre(ReadOnlySpan<char> html, ref int from, out int textStart, out int textEnd)
    {
        textStart = textEnd = 0;
        var open = html[from..].IndexOfAny(PreOpen);
        if (open < 0)
        {
            return false;
        }

        // A later "<pre" has no '>' or "</pre>" after it either, so a miss here ends the search.
        open += from + 4;
        var gt = html[open..].IndexOf('>');
        if (gt < 0)
        {
            return false;
        }

        textStart = open + gt + 1;
        var close = html[textStart..].IndexOfAny(PreClose);
        if (close < 0)
        {
            return false;
        }

        textEnd = textStart + close;
        from = textEnd + PreCloseLength;
        return true;
    }

    /// <summary>The cells of the first <c>&lt;table class='cable'&gt;</c> (either quote), as the patterns of the page's markup find them.</summary>
    private static List<string> MetadataCells(ReadOnlySpan<char> html)
    {
        var cells = new List<string>();
        if (FirstCableTable(html) is not { } range)
        {
            return cells;
        }

        var table = html[range];
        while (table.IndexOf("<td>", StringComparison.Ordinal) is var open and >= 0)
        {
            table = table[(open + CellOpenLength)..];
            var close = table.IndexOf("</td>", StringComparison.Ordinal);
            if (close < 0)
            {
                break;
            }

            cells.Add(TextLines.Squash(Decode(table[..close])));
            table = table[(close + CellCloseLength)..];
        }

        return cells;
    }

    /// <summary>Where the inside of the first <c>&lt;table class=['"]cable['"]&gt;…&lt;/table&gt;</c> is, or null.</summary>
    private static Range? FirstCableTable(ReadOnlySpan<char> html)
    {
        const string open = "<table class=";
        for (var at = 0; html[at..].IndexOf(open, StringComparison.Ordinal) is var i and >= 0; at += i + 1)
        {
            var tag = html[(at + i + open.Length)..];
            if (tag.Length >= 8 && tag[0] is '\'' or '"' && tag[1..6].SequenceEqual("cable") && tag[6] is '\'' or '"' && tag[7] == '>')
            {
                var start = at + i + CableTableOpenLength;
                var close = html[start..].IndexOf("</table>", StringComparison.Ordinal);
                return close < 0 ? null : start..(start + close);
            }
        }

        return null;
    }

    private static DateTimeOffset? ParseDate(string? text)
        => DateTime.TryParseExact(text, "yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var d)
            ? new DateTimeOffset(d, TimeSpan.Zero)
            : null;

    /// <summary>A metadata cell's text, decoded as <see cref="Decode(ReadOnlySpan{char}, ref char[], int)"/> does.</summary>
    private static string Decode(ReadOnlySpan<char> cell)
    {
        var buffer = ArrayPool<char>.Shared.Rent(Math.Max(1, cell.Length));
        try
        {
            var length = Decode(cell, ref buffer, 0); // may swap the buffer for a larger one
            return buffer.AsSpan(0, length).ToString();
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    /// <summary>
    /// Tags removed, then entities decoded, then lines normalized as
    /// <see cref="TextLines.NormalizeLines"/> does (the parser's own normalization then finds nothing to change):
    /// written to <paramref name="buffer"/> from <paramref name="at"/> on; returns the length written.
    /// </summary>
    private static int Decode(ReadOnlySpan<char> pre, ref char[] buffer, int at)
    {
        PooledText.EnsureCapacity(ref buffer, at, pre.Length);
        var text = buffer.AsSpan(at, StripTags(pre, buffer.AsSpan(at)));

        // The pages spell line breaks as &#x000A; and hardly any other entity: numeric ones are decoded in place;
        // anything else (a named entity, an odd number) takes WebUtility's full decoder, the reference for all of it.
        if (!TryDecodeNumericEntities(ref text))
        {
            // The text was changed in place before the decoder gave up: strip the tags from the page again.
            var decoded = WebUtility.HtmlDecode(buffer.AsSpan(at, StripTags(pre, buffer.AsSpan(at))).ToString());
            PooledText.EnsureCapacity(ref buffer, at, decoded.Length);
            text = buffer.AsSpan(at, decoded.Length);
            decoded.CopyTo(text);
        }

        return TextLines.NormalizeLines(text, text, keepControls: true);
    }

    /// <summary>The text with tags removed (as the pattern <c>&lt;[^&gt;]*&gt;</c> would), written to <paramref name="output"/>; returns its length.</summary>
    private static int StripTags(ReadOnlySpan<char> pre, Span<char> output)
    {
        var length = 0;
        while (!pre.IsEmpty)
        {
            var lt = pre.IndexOf('<');
            var gt = lt < 0 ? -1 : pre[lt..].IndexOf('>');
            if (gt < 0)
            {
                // No tag left: a '<' without a closing '>' is text.
                pre.CopyTo(output[length..]);
                return length + pre.Length;
            }

            pre[..lt].CopyTo(output[length..]);
            length += lt;
            pre = pre[(lt + gt + 1)..];
        }

        return length;
    }


    /// <summary>
    /// Decodes <c>&amp;#xHHHH;</c> and <c>&amp;#DDDD;</c> in place, exactly as <see cref="WebUtility.HtmlDecode(string)"/> would
    /// for characters of the basic plane outside the surrogate range, and keeps a bare '&amp;' ("A &amp; B") as it does;
    /// false (text unusable) at any other '&amp;'.
    /// </summary>
    private static bool TryDecodeNumericEntities(ref Span<char> text)
    {
        // One pass, in place: at a '&' it cannot decode it gives up, and the caller starts again from the page.
        var write = text.IndexOf('&');
        if (write < 0)
        {
            return true;
        }

        var read = write;
        while (read < text.Length)
        {
            var amp = text[read..].IndexOf('&');
            if (amp < 0)
            {
                text[read..].CopyTo(text[write..]);
                write += text.Length - read;
                break;
            }

            text.Slice(read, amp).CopyTo(text[write..]);
            write += amp;
            read += amp;
            if (IsBareAmpersand(text[(read + 1)..]))
            {
                text[write++] = '&';
                read++;
                continue;
            }

            var semicolon = NumericEntity(text[(read + 1)..], out var value);
            if (semicolon < 0)
            {
                return false;
            }

            text[write++] = value;
            read += semicolon + 2;
        }

        text = text[..write];
        return true;
    }

    /// <summary>
    /// True when the '&amp;' before <paramref name="rest"/> starts no entity: no '#' follows it, and the letters and digits
    /// after it (an entity's name) are not closed by ';'. The decoder then keeps it as text (some pages carry "A &amp; B"
    /// unescaped); anything else is left to <see cref="NumericEntity"/> or the full decoder.
    /// </summary>
    private static bool IsBareAmpersand(ReadOnlySpan<char> rest)
    {
        if (rest.IsEmpty)
        {
            return true;
        }

        if (rest[0] == '#')
        {
            return false;
        }

        var end = rest.IndexOfAnyExcept(EntityNameChars);
        return end < 0 || rest[end] != ';';
    }

    private static readonly SearchValues<char> EntityNameChars = SearchValues.Create("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");

    /// <summary>For <c>#xHHHH;</c> or <c>#DDDD;</c> at the start of <paramref name="rest"/>: the index of its ';' and the character; else -1.</summary>
    private static int NumericEntity(ReadOnlySpan<char> rest, out char value)
    {
        value = '\0';
        var semicolon = rest.IndexOf(';');
        if (semicolon < 2 || rest[0] != '#')
        {
            return -1;
        }

        var hex = rest[1] is 'x' or 'X';
        var digits = rest[(hex ? 2 : 1)..semicolon];
        if (digits.IsEmpty || digits.Length > (hex ? 8 : 9) || (hex ? digits.ContainsAnyExcept(HexDigits) : digits.ContainsAnyExceptInRange('0', '9')))
        {
            return -1;
        }

        var number = uint.Parse(digits, hex ? NumberStyles.AllowHexSpecifier : NumberStyles.None, CultureInfo.InvariantCulture);
        if (number is >= 0xD800 and <= 0xDFFF or > 0xFFFF)
        {
            return -1;
        }

        value = (char)number;
        return semicolon;
    }

    private static readonly System.Buffers.SearchValues<char> HexDigits = System.Buffers.SearchValues.Create("0123456789abcdefABCDEF");
}
