using System.Buffers;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using KnowledgeGraph.Cables.Internal;

namespace KnowledgeGraph.Cables.Formats;

/// <summary>
/// A WikiLeaks Cablegate page: the metadata table (reference id, created, released, classification, origin)
/// and the cable text in <c>&lt;pre&gt;</c> blocks (header, then content), entities and anchors removed.
/// The page is scanned as a span (the reader decodes it into a pooled buffer): only the cable text and the
/// metadata cells become strings.
/// </summary>
internal static partial class WikiLeaksHtmlFormat
{
    private const string PartialNotice = "This record is a partial extract of the original cable.";
    private const int CableTableOpenLength = 21; // <table class='cable'>
    private const int CableTableCloseLength = 8; // </table>
    private const int CellOpenLength = 4; // <td>
    private const int CellCloseLength = 5; // </td>
    private const int PreCloseLength = 6; // </pre>

    public static CableDocument? Read(ReadOnlySpan<char> html, string? fileStem, out string? error)
    {
        error = null;
        var blocks = new List<string>();
        foreach (var m in Pre().EnumerateMatches(html))
        {
            // <pre …>TEXT</pre>: TEXT starts after the first '>' of the match.
            var match = html.Slice(m.Index, m.Length);
            var open = match.IndexOf('>') + 1;
            blocks.Add(Decode(match[open..^PreCloseLength]));
        }

        if (blocks.Count == 0)
        {
            error = "broken HTML: no cable text (<pre> block) found";
            return null;
        }

        var isPartial = blocks.Exists(b => b.Contains(PartialNotice, StringComparison.Ordinal));
        blocks = blocks.ConvertAll(RemovePartialNotice);
        blocks.RemoveAll(string.IsNullOrWhiteSpace);
        if (blocks.Count == 0)
        {
            error = "broken HTML: the <pre> blocks are empty";
            return null;
        }

        var content = blocks[^1];
        var header = blocks.Count > 1 ? string.Join('\n', blocks.Take(blocks.Count - 1)) : "";
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

    private static string RemovePartialNotice(string block)
    {
        var i = block.IndexOf(PartialNotice, StringComparison.Ordinal);
        if (i < 0)
        {
            return block;
        }

        var end = block.IndexOf('\n', i);
        return end < 0 ? block[..i] : block[..i] + block[(end + 1)..];
    }

    private static List<string> MetadataCells(ReadOnlySpan<char> html)
    {
        var cells = new List<string>();
        foreach (var t in CableTable().EnumerateMatches(html))
        {
            var table = html.Slice(t.Index + CableTableOpenLength, t.Length - CableTableOpenLength - CableTableCloseLength);
            foreach (var c in Cell().EnumerateMatches(table))
            {
                var cell = table.Slice(c.Index + CellOpenLength, c.Length - CellOpenLength - CellCloseLength);
                cells.Add(TextLines.Squash(Decode(cell)));
            }

            break; // the first table only
        }

        return cells;
    }

    private static DateTimeOffset? ParseDate(string? text)
        => DateTime.TryParseExact(text, "yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var d)
            ? new DateTimeOffset(d, TimeSpan.Zero)
            : null;

    /// <summary>Tags removed (as the pattern <c>&lt;[^&gt;]*&gt;</c> would), then entities decoded.</summary>
    private static string Decode(ReadOnlySpan<char> pre)
    {
        var buffer = ArrayPool<char>.Shared.Rent(Math.Max(1, pre.Length));
        try
        {
            var length = 0;
            while (!pre.IsEmpty)
            {
                var lt = pre.IndexOf('<');
                var gt = lt < 0 ? -1 : pre[lt..].IndexOf('>');
                if (gt < 0)
                {
                    // No tag left: a '<' without a closing '>' is text.
                    pre.CopyTo(buffer.AsSpan(length));
                    length += pre.Length;
                    break;
                }

                pre[..lt].CopyTo(buffer.AsSpan(length));
                length += lt;
                pre = pre[(lt + gt + 1)..];
            }

            // The pages spell line breaks as &#x000A; and hardly any other entity: numeric ones are decoded in place;
            // anything else (a named entity, an odd number) takes WebUtility's full decoder, the reference for all of it.
            var text = buffer.AsSpan(0, length);
            return TryDecodeNumericEntities(ref text) ? text.ToString() : WebUtility.HtmlDecode(text.ToString());
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    /// <summary>
    /// Decodes <c>&amp;#xHHHH;</c> and <c>&amp;#DDDD;</c> in place, exactly as <see cref="WebUtility.HtmlDecode(string)"/> would
    /// for characters of the basic plane outside the surrogate range; false (text unusable) at any other '&amp;'.
    /// </summary>
    private static bool TryDecodeNumericEntities(ref Span<char> text)
    {
        var first = text.IndexOf('&');
        if (first < 0)
        {
            return true;
        }

        // Check every entity before changing a character, so the fallback still sees the original text.
        for (var at = first; at >= 0 && at < text.Length; at = NextAmpersand(text, at))
        {
            if (NumericEntity(text[(at + 1)..], out _) < 0)
            {
                return false;
            }
        }

        var write = first;
        var read = first;
        while (read < text.Length)
        {
            var c = text[read];
            if (c != '&')
            {
                text[write++] = c;
                read++;
                continue;
            }

            read += NumericEntity(text[(read + 1)..], out var value) + 2;
            text[write++] = value;
        }

        text = text[..write];
        return true;
    }

    private static int NextAmpersand(ReadOnlySpan<char> text, int at)
    {
        var next = text[(at + 1)..].IndexOf('&');
        return next < 0 ? -1 : at + 1 + next;
    }

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

    [GeneratedRegex(@"<pre[^>]*>(.*?)</pre>", RegexOptions.Singleline | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pre();

    [GeneratedRegex(@"<table class=['""]cable['""]>(.*?)</table>", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex CableTable();

    [GeneratedRegex(@"<td>(.*?)</td>", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex Cell();
}
