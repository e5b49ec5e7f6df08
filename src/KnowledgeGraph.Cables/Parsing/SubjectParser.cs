using System.Net;
using System.Text.RegularExpressions;
using KnowledgeGraph.Cables.Internal;

namespace KnowledgeGraph.Cables.Parsing;

/// <summary>The SUBJECT line, continuation lines joined, a leading marking like <c>(C)</c> removed when cleaning.</summary>
internal static partial class SubjectParser
{
    public static string Parse(string content, bool clean = true)
    {
        var m = SubjectKey().Match(content);
        if (!m.Success)
        {
            return "";
        }

        // The end pattern has no anchor and looks behind nothing, so searching on from the key finds what a search of the rest would.
        var from = m.Index + m.Length;
        var end = SubjectEnd().Match(content, from);
        var text = content[from..(end.Success ? end.Index : content.Length)];
        text = LineEndHyphen().Replace(text, "");
        text = TextLines.Squash(WebUtility.HtmlDecode(text).Replace(" \\", " ", StringComparison.Ordinal));
        if (clean)
        {
            text = LeadingMarking().Replace(text, "");
        }

        return text.Trim();
    }

    [GeneratedRegex(@"(?:^|\s)S?UBJ(?:ECT)?\s*(?::|\.)\s*|(?:^|\n)[ \t]*SUBJECT[ \t]+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SubjectKey();

    [GeneratedRegex(@"\n\s*\n|\n\s*(?:REF|REFS|REFTEL|Classified\s+By|¶|\d+\.\s|[-=]{3,})|(?:REF|REFS|REFTEL|REF\(S\)|Ref\(s\))\s*:|\s¶|CLASSIFIED BY|\s+[A-Z][A-Z ]* \d{6,8}\s+\d{3}(?:\.\d)?\s+OF\s+\d{3}|\s+PAGE\s+\d|\s+(?:C O N F I D E N T I A L|S E C R E T|U N C L A S)|\s+SENSITIVE BUT|\s\d{1,2}\.\s*\([A-Z]|\n\s*This is an? Action Req", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SubjectEnd();

    /// <summary>A word broken after its hyphen at the end of a line (<c>US-\nLATIN</c>) is joined without a space.</summary>
    [GeneratedRegex(@"(?<=[A-Za-z]-)[ \t]*\n[ \t]*", RegexOptions.CultureInvariant)]
    private static partial Regex LineEndHyphen();

    [GeneratedRegex(@"^\((?:U|C|S|SBU|S/NF|C/NF|U/FOUO|FOUO)\)\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LeadingMarking();
}
