using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using KnowledgeGraph.Cables.Internal;

namespace KnowledgeGraph.Cables.Formats;

/// <summary>
/// A WikiLeaks Cablegate page: the metadata table (reference id, created, released, classification, origin)
/// and the cable text in <c>&lt;pre&gt;</c> blocks (header, then content), entities and anchors removed.
/// </summary>
internal static partial class WikiLeaksHtmlFormat
{
    private const string PartialNotice = "This record is a partial extract of the original cable.";

    public static CableDocument? Read(string html, string? fileStem, out string? error)
    {
        error = null;
        var pres = Pre().Matches(html);
        if (pres.Count == 0)
        {
            error = "broken HTML: no cable text (<pre> block) found";
            return null;
        }

        var blocks = pres.Select(m => Decode(m.Groups[1].Value)).ToList();
        var isPartial = blocks.Any(b => b.Contains(PartialNotice, StringComparison.Ordinal));
        blocks = blocks.Select(b => RemovePartialNotice(b)).Where(b => b.Trim().Length > 0).ToList();
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

    private static List<string> MetadataCells(string html)
    {
        var table = CableTable().Match(html);
        if (!table.Success)
        {
            return [];
        }

        return Cell().Matches(table.Groups[1].Value)
            .Select(c => TextLines.Squash(WebUtility.HtmlDecode(Tag().Replace(c.Groups[1].Value, ""))))
            .ToList();
    }

    private static DateTimeOffset? ParseDate(string? text)
        => DateTime.TryParseExact(text, "yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var d)
            ? new DateTimeOffset(d, TimeSpan.Zero)
            : null;

    private static string Decode(string pre) => WebUtility.HtmlDecode(Tag().Replace(pre, ""));

    [GeneratedRegex(@"<pre[^>]*>(.*?)</pre>", RegexOptions.Singleline | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pre();

    [GeneratedRegex(@"<table class=['""]cable['""]>(.*?)</table>", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex CableTable();

    [GeneratedRegex(@"<td>(.*?)</td>", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex Cell();

    [GeneratedRegex(@"<[^>]*>", RegexOptions.CultureInvariant)]
    private static partial Regex Tag();
}
