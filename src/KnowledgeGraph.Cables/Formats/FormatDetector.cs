using System.Text.RegularExpressions;
using KnowledgeGraph.Cables.Model;

namespace KnowledgeGraph.Cables.Formats;

/// <summary>Decides the format of an input from its first characters (and its extension as a tie-breaker).</summary>
internal static partial class FormatDetector
{
    public static CableFormat Detect(string prefix, string? name)
    {
        var head = prefix.TrimStart('\uFEFF', ' ', '\r', '\n', '\t');
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

    [GeneratedRegex(@"<(?:html|pre|table|body)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HtmlMarker();

    [GeneratedRegex(@"<!DOCTYPE html|<html\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HtmlDocument();

    [GeneratedRegex(@"^""?\d+""?,""\d{1,2}/\d{1,2}/\d{4}", RegexOptions.CultureInvariant)]
    private static partial Regex CsvRecord();
}
