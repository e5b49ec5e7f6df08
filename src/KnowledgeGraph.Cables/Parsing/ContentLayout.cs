using System.Text.RegularExpressions;
using KnowledgeGraph.Cables.Internal;

namespace KnowledgeGraph.Cables.Parsing;

/// <summary>
/// Where the preamble of the content (banner, SIPDIS, pass lines, E.O., TAGS, SUBJECT, REF, Classified By) ends
/// and the text begins, and which trailing lines are the signature.
/// </summary>
internal static partial class ContentLayout
{
    private enum Field { None, Other, Subject, Ref, ClassifiedBy, Tags }

    /// <summary>
    /// Index of the first line of the text (the first numbered paragraph at the latest). The lines are read as spans:
    /// the patterns match a span as they matched the line's string, and no line is copied.
    /// </summary>
    public static int BodyStart(ContentLines lines)
    {
        var field = Field.None;
        var lastFieldEnd = 0;
        var seenSubjectOrLater = false;
        var blankSinceField = false;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines.Span(i);
            var trimmed = line.Trim();
            if (trimmed.Length == 0)
            {
                blankSinceField = true;
                if (field != Field.Ref)
                {
                    field = Field.None;
                }

                continue;
            }

            if (ParagraphOne().IsMatch(line) && !ClassifiedByKey().IsMatch(line))
            {
                return i;
            }

            var key = KeyOf(trimmed);
            if (key != Field.None)
            {
                field = key;
                lastFieldEnd = i + 1;
                blankSinceField = false;
                if (key is Field.Subject or Field.Ref or Field.ClassifiedBy)
                {
                    seenSubjectOrLater = true;
                }

                continue;
            }

            if (field == Field.Ref && (!blankSinceField || RefBullet().IsMatch(line)))
            {
                lastFieldEnd = i + 1;
                blankSinceField = false;
                continue;
            }

            if (field is Field.Subject or Field.ClassifiedBy or Field.Tags && !blankSinceField)
            {
                lastFieldEnd = i + 1;
                continue;
            }

            if (seenSubjectOrLater)
            {
                return i;
            }

            field = Field.None;
        }

        return lastFieldEnd;
    }

    /// <summary>Number of trailing lines (from <paramref name="start"/> on) that form the signature block, found by <see cref="SignerParser"/>.</summary>
    public static int SignatureStart(IReadOnlyList<string> lines, int start, int signerCount)
    {
        if (signerCount == 0)
        {
            return lines.Count;
        }

        var i = lines.Count - 1;
        while (i >= start && (lines[i].Trim().Length == 0 || SignerParser.IsTrailerLine(lines[i])))
        {
            i--;
        }

        return Math.Max(start, i);
    }

    private static Field KeyOf(ReadOnlySpan<char> line)
    {
        if (Banner().IsMatch(line) || line.StartsWith("SIPDIS", StringComparison.OrdinalIgnoreCase) || Eo().IsMatch(line) || PassLine().IsMatch(line)
            || PageHeader().IsMatch(line))
        {
            return Field.Other;
        }

        if (TagsKey().IsMatch(line))
        {
            return Field.Tags;
        }

        if (SubjectKey().IsMatch(line))
        {
            return Field.Subject;
        }

        if (RefKey().IsMatch(line))
        {
            return Field.Ref;
        }

        return ClassifiedByKey().IsMatch(line) ? Field.ClassifiedBy : Field.None;
    }

    [GeneratedRegex(@"^\s*¶?\s*\d{1,3}\s*\.\s*(\(|[A-Z])|^\s*¶\s*\d", RegexOptions.CultureInvariant)]
    private static partial Regex ParagraphOne();

    [GeneratedRegex(@"^\s*(C ?O ?N ?F ?I ?D ?E ?N ?T ?I ?A ?L|S ?E ?C ?R ?E ?T|U ?N ?C ?L ?A ?S|LIMITED OFFICIAL USE|NOFORN)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Banner();

    [GeneratedRegex(@"^\s*E\.?\s?O\.?\s*\d+|^\s*DECL\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Eo();

    /// <summary>The header of a continuation page (<c>MADRID 00002632 001.2 OF 002</c>), which may fall inside the preamble.</summary>
    [GeneratedRegex(@"^[A-Z][A-Z .'-]* \d{6,8} +\d{3}(?:\.\d+)? +OF +\d{3}\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex PageHeader();

    [GeneratedRegex(@"^[A-Z][A-Z/ .,()-]* (PASS|FOR) [A-Z]", RegexOptions.CultureInvariant)]
    private static partial Regex PassLine();

    [GeneratedRegex(@"^\s*(TAGS?|TAS|TABS|TGS|TAGES|AGS)\b\s*[:;,]?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TagsKey();

    [GeneratedRegex(@"^\s*SUBJ(ECT)?\s*[:.]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SubjectKey();

    [GeneratedRegex(@"^\s*(REF|REFS|REFTEL|REFTELS|REF\(S\)|REFERENCES?)\b\s*[:.]?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RefKey();

    [GeneratedRegex(@"^\s*(?:¶?\d\.\s*\(U\)\s*)?CLASSIFIED\s+BY\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ClassifiedByKey();

    [GeneratedRegex(@"^\s*¶?\s*(?:[A-Z][.)]|\([A-Z]\))\s", RegexOptions.CultureInvariant)]
    private static partial Regex RefBullet();
}
