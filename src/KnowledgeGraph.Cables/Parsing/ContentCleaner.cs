using System.Text.RegularExpressions;

namespace KnowledgeGraph.Cables.Parsing;

/// <summary>
/// cablemap's <c>clean_content</c>: cable text without paragraph numbers and markings, section delimiters, page breaks,
/// SIPDIS, SUMMARY/COMMENT keywords and <c>xxx</c> redaction runs. (The model's <see cref="Model.ParsedCable.Body"/> is
/// built by <see cref="BodyNormalizer"/>; this is the plain-string variant the conformance suite checks.)
/// </summary>
internal static partial class ContentCleaner
{
    public static string Clean(string content)
    {
        var text = Redaction().Replace(content, "");
        text = PageBreak().Replace(text, "");
        text = Sipdis().Replace(text, "\n");
        text = Delimiter().Replace(text, "");
        text = ParagraphMarker().Replace(text, "");
        text = EndKeyword().Replace(text, "");
        text = StartKeyword().Replace(text, "");
        return text;
    }

    [GeneratedRegex(@"[xX]{2,}", RegexOptions.CultureInvariant)]
    private static partial Regex Redaction();

    [GeneratedRegex(@"(?m)^[A-Z][A-Z ]* \d{6,8} +\d{3}(?:\.\d+)? +OF +\d+[ \t]*\n(?:[ \t]*\n)?", RegexOptions.CultureInvariant)]
    private static partial Regex PageBreak();

    [GeneratedRegex(@"\n+[ \t]*SIPDIS[ \t]*\n", RegexOptions.CultureInvariant)]
    private static partial Regex Sipdis();

    [GeneratedRegex(@"(?m)^[ \t]*[-=]{3,}[ \t]*$", RegexOptions.CultureInvariant)]
    private static partial Regex Delimiter();

    [GeneratedRegex(@"(?m)^[ \t]*¶?\d+\.[ \t]*(?:\(?[A-Z]{1,4}(?:/[A-Z]{1,4})?\)[ \t]*)?", RegexOptions.CultureInvariant)]
    private static partial Regex ParagraphMarker();

    [GeneratedRegex(@"\bEnd (?:Summary|Comment)(?: and \w+(?: \w+)?)?\.? ?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EndKeyword();

    [GeneratedRegex(@"(?m)^(?:Summary|Comment)(?: and \w+(?: \w+)?)?[.:] *", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex StartKeyword();
}
