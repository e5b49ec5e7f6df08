using System.Text.RegularExpressions;
using KnowledgeGraph.Cables.Model;

namespace KnowledgeGraph.Cables.Parsing;

/// <summary>The summary and comment sections of a normalized body, as spans.</summary>
internal static partial class SummaryParser
{
    /// <summary>
    /// The summary of raw cable content (cablemap's <c>parse_summary</c>): from a SUMMARY keyword or heading (or, with only
    /// an END SUMMARY, from paragraph 1) to END SUMMARY or the end of that paragraph, without paragraph numbers, markings
    /// and keywords; blank lines become single line breaks. Null when there is none.
    /// </summary>
    public static string? Parse(string content)
    {
        var end = EndMarker().Match(content);
        var start = StartKeyword().Match(content);
        int from;
        if (start.Success && (!end.Success || start.Index < end.Index))
        {
            from = start.Index + start.Length;
        }
        else if (end.Success && FirstParagraph().Match(content) is { Success: true } first && first.Index < end.Index)
        {
            from = first.Index + first.Length;
        }
        else
        {
            return null;
        }

        int to;
        if (end.Success && end.Index >= from)
        {
            to = end.Index;
        }
        else
        {
            var stop = PlainEnd().Match(content, from);
            to = stop.Success ? stop.Index : content.Length;
        }

        var text = content[from..to];
        text = LeadIn().Replace(text, "");
        text = ParagraphMarker().Replace(text, "");
        var lines = text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0);
        var result = string.Join('\n', lines).Trim();
        return result.Length == 0 ? null : result;
    }

    /// <summary>The summary text span (without the "Summary:" / "End Summary" keywords), or null.</summary>
    public static TextSpan? SummarySpan(string body, IReadOnlyList<SectionHeading> sections)
    {
        var m = SummaryStart().Match(body);
        if (m.Success)
        {
            var start = m.Index + m.Length;
            var end = EndSearchStart(body, start) is var from and >= 0 ? EndSummary().Match(body, from) : Match.Empty;
            var stop = end.Success ? end.Index : ParagraphEnd(body, start);
            return Trim(body, start, stop);
        }

        var heading = sections.FirstOrDefault(s => SummaryHeading().IsMatch(s.Title));
        return heading is null ? null : Trim(body, heading.Span.End, heading.Section.End);
    }

    /// <summary>
    /// Where a search for <see cref="EndSummary"/> or <see cref="EndComment"/> from <paramref name="start"/> may begin
    /// and find the same match, or -1 when none can: both need "END" or "End", and only white space or '(' may stand
    /// between a match's start and that word. Their leading <c>\s*</c> made them stop at every space of the body.
    /// </summary>
    private static int EndSearchStart(string body, int start)
    {
        var upper = body.IndexOf("END", start, StringComparison.Ordinal);
        var title = body.IndexOf("End", start, StringComparison.Ordinal);
        var first = upper < 0 ? title : title < 0 ? upper : Math.Min(upper, title);
        while (first > start && (char.IsWhiteSpace(body[first - 1]) || body[first - 1] == '('))
        {
            first--;
        }

        return first;
    }

    /// <summary>Comment sections: "Comment:" … "End Comment." runs and sections headed "Comment".</summary>
    public static IReadOnlyList<TextSpan> CommentSpans(string body, IReadOnlyList<SectionHeading> sections)
    {
        var result = new List<TextSpan>();
        foreach (Match m in CommentStart().Matches(body))
        {
            var start = m.Index + m.Length;
            var end = EndSearchStart(body, start) is var from and >= 0 ? EndComment().Match(body, from) : Match.Empty;
            var stop = end.Success && end.Index - start < 20000 ? end.Index : ParagraphEnd(body, start);
            if (Trim(body, start, stop) is { Length: > 0 } span)
            {
                result.Add(span);
            }
        }

        foreach (var section in sections.Where(s => CommentHeading().IsMatch(s.Title)))
        {
            if (Trim(body, section.Span.End, section.Section.End) is { Length: > 0 } span && !result.Any(r => r.Contains(span.Start)))
            {
                result.Add(span);
            }
        }

        result.Sort((a, b) => a.Start.CompareTo(b.Start));
        return result;
    }

    private static int ParagraphEnd(string body, int start)
    {
        var end = body.IndexOf("\n\n", start, StringComparison.Ordinal);
        return end < 0 ? body.Length : end;
    }

    private static TextSpan? Trim(string body, int start, int end)
    {
        while (start < end && (char.IsWhiteSpace(body[start]) || body[start] is ':' or '.' or '-'))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(body[end - 1]))
        {
            end--;
        }

        return end > start ? new TextSpan(start, end) : null;
    }

    [GeneratedRegex(@"(?<!END\s+)\bSUMMARY(?:\s+AND\s+[A-Z]+(?:\s+[A-Z]+)?|/COMMENT)?(?:\s*[:.]|[ \t]*\n?[ \t]*[-=\u2010]{3,}|[ \t]*\n(?=\s*\n))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex StartKeyword();

    [GeneratedRegex(@"[ \t]*\bEND\s+(?:OF\s+)?SUMMARY(?:\s+AND\s+[A-Z]+(?:\s+[A-Z]+)?|/COMMENT)?\b\.?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EndMarker();

    [GeneratedRegex(@"(?m)^\s*¶?1\s*\.\s*(?:\([A-Z/ ]{1,12}\)\s*)?", RegexOptions.CultureInvariant)]
    private static partial Regex FirstParagraph();

    [GeneratedRegex(@"\n\s*\n|\s[-=\u2010]{3,}", RegexOptions.CultureInvariant)]
    private static partial Regex PlainEnd();

    [GeneratedRegex(@"^[\s\-=\u2010]*(?:¶?\d+\s*\.\s*)?(?:\([A-Z/ ]{1,12}\)\s*)?(?:SUMMARY(?:\s+AND\s+[A-Z]+(?:\s+[A-Z]+)?|/COMMENT)?\s*[:.]\s*)?(?:\([A-Z/ ]{1,12}\)\s*)?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LeadIn();

    [GeneratedRegex(@"(?m)^[ \t]*¶?\d+\s*\.\s*(?:\([A-Z/ ]{1,12}\)\s*)?", RegexOptions.CultureInvariant)]
    private static partial Regex ParagraphMarker();

    [GeneratedRegex(@"(?<![A-Za-z] )\b(?:SUMMARY|Summary)(?: and (?:Comment|COMMENT|Action Request|ACTION REQUEST))?\s*[:.]\s*", RegexOptions.CultureInvariant)]
    private static partial Regex SummaryStart();

    [GeneratedRegex(@"\s*\(?\s*END\s+(?:OF\s+)?SUMMARY\b\.?|\s*\(?\s*End\s+(?:of\s+)?[Ss]ummary\b\.?", RegexOptions.CultureInvariant)]
    private static partial Regex EndSummary();

    [GeneratedRegex(@"^\s*summary\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SummaryHeading();

    [GeneratedRegex(@"(?<=^|\n\n|[.!?""]\s)\(?(?:COMMENT|Comment)\s*:\s*", RegexOptions.CultureInvariant)]
    private static partial Regex CommentStart();

    [GeneratedRegex(@"\s*END\s+COMMENT\b\.?\)?|\s*End\s+[Cc]omment\b\.?\)?", RegexOptions.CultureInvariant)]
    private static partial Regex EndComment();

    [GeneratedRegex(@"^\s*comments?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CommentHeading();
}
