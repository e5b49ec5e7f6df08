using System.Buffers;
using System.Text;
using System.Text.RegularExpressions;
using KnowledgeGraph.Cables.Model;

namespace KnowledgeGraph.Cables.Formats;

/// <summary>Decides the format of an input from its first characters (and its extension as a tie-breaker).</summary>
internal static partial class FormatDetector
{
    /// <summary>Bytes decoded first: enough to see a WikiLeaks page's doctype; anything else is judged on the whole prefix.</summary>
    private const int QuickSniffBytes = 4096;

    public static CableFormat Detect(ReadOnlySpan<char> prefix, string? name)
    {
        var head = prefix.TrimStart("\uFEFF \r\n\t");
        if ((head.StartsWith('<') && HtmlMarker().IsMatch(head)) || HtmlDocument().IsMatch(head.Length > 4096 ? head[..4096] : head))
        {
            return CableFormat.WikiLeaksHtml;
        }

        if (CsvRecord().IsMatch(head) || (name?.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) == true && head.StartsWith('"')))
        {
            return CableFormat.CablesCsv;
        }

        return CableFormat.Text;
    }

    /// <summary>
    /// The format of the bytes <paramref name="prefix"/> decoded with <paramref name="encoding"/>. A page is recognized
    /// from its first lines (decoded into a pooled buffer); only when those say "not HTML" is the whole prefix decoded.
    /// The first lines are cut after a line break, so an HTML marker found in them is found in the whole prefix too.
    /// </summary>
    public static CableFormat Detect(ReadOnlySpan<byte> prefix, Encoding encoding, string? name)
    {
        var quick = prefix.Length <= QuickSniffBytes ? prefix.Length : prefix[..QuickSniffBytes].LastIndexOf((byte)'\n') + 1;
        if (quick > 0 && quick < prefix.Length && DetectDecoded(prefix[..quick], encoding, name) == CableFormat.WikiLeaksHtml)
        {
            return CableFormat.WikiLeaksHtml;
        }

        return DetectDecoded(prefix, encoding, name);
    }

    private static CableFormat DetectDecoded(ReadOnlySpan<byte> bytes, Encoding encoding, string? name)
    {
        var chars = ArrayPool<char>.Shared.Rent(Math.Max(1, encoding.GetMaxCharCount(bytes.Length)));
        try
        {
            var count = encoding.GetChars(bytes, chars);
            return Detect(chars.AsSpan(0, count), name);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    [GeneratedRegex(@"<(?:html|pre|table|body)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HtmlMarker();

    [GeneratedRegex(@"<!DOCTYPE html|<html\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HtmlDocument();

    [GeneratedRegex(@"^""?\d+""?,""\d{1,2}/\d{1,2}/\d{4}", RegexOptions.CultureInvariant)]
    private static partial Regex CsvRecord();
}
