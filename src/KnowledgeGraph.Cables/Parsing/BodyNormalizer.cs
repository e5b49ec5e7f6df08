using System.Text.RegularExpressions;
using KnowledgeGraph.Cables.Internal;
using KnowledgeGraph.Cables.Model;

namespace KnowledgeGraph.Cables.Parsing;

/// <summary>
/// Turns the text part of a cable (everything after the preamble) into the normalized <see cref="ParsedCable.Body"/>
/// with paragraph and section offsets. The normalization (see docs/cable-body.md):
/// <list type="bullet">
/// <item>transmission artifacts are dropped: page-break lines (<c>TOKYO 00005019 002.2 OF 002</c>, <c>PAGE 02 …</c>),
/// injected <c>SIPDIS</c> lines/prefixes, lone classification footers, <c>NNNN</c>, id trailers, <c>GP-3</c>;</item>
/// <item>hard-wrapped lines of one block are joined with one space (a line ending in a letter+hyphen joins without one);
/// list items (<c>--</c>, <c>-</c>, <c>A.</c>, <c>(a)</c>, <c>1)</c>) keep their own line;</item>
/// <item>where an artifact split a sentence (the previous block does not end in terminal punctuation and the next
/// block starts no paragraph, item or heading), the two halves are joined with one space;</item>
/// <item>paragraph numbers, the pilcrow and markings (<c>¶1. (C)</c>) are removed from the text and kept in
/// <see cref="Paragraph"/>; section headings lose their dashed delimiter lines;</item>
/// <item>blocks are separated by exactly one blank line (<c>\n\n</c>); no trailing spaces.</item>
/// </list>
/// </summary>
internal static partial class BodyNormalizer
{
    internal sealed record Result(string Body, IReadOnlyList<Paragraph> Paragraphs, IReadOnlyList<SectionHeading> Sections);

    private enum Kind { Text, Blank, Artifact, Delimiter }

    // The groups of ParagraphStart by number: a look-up by name goes through a hash table on every paragraph.
    private static readonly int NumberGroup = ParagraphStart().GroupNumberFromName("num");
    private static readonly int MarkingGroup = ParagraphStart().GroupNumberFromName("mark");
    private static readonly int PilcrowGroup = ParagraphStart().GroupNumberFromName("pil");

    /// <summary>Normalizes lines <paramref name="first"/> to <paramref name="first"/> + <paramref name="count"/>, read as spans.</summary>
    public static Result Normalize(ContentLines lines, int first, int count)
    {
        var classified = Classify(lines, first, count, out var textLength);
        using var body = new PooledText(textLength + 16);
        var paragraphs = new List<(int Number, string? Marking, int Start)>();
        var paragraphEnds = new List<int>();
        var headings = new List<(string Title, int Start, int End)>();

        var blockOpen = false;
        var gapBlank = false;
        var gapArtifact = false;
        var lastParagraph = 0;
        var lastBlockIsHeading = false;
        (int Number, string? Marking)? pending = null;

        void CloseParagraphAt(int end)
        {
            if (paragraphs.Count > paragraphEnds.Count)
            {
                paragraphEnds.Add(end);
            }
        }

        void StartBlock()
        {
            if (body.Length > 0)
            {
                body.Append("\n\n");
            }

            blockOpen = true;
        }

        for (var i = 0; i < classified.Count; i++)
        {
            var (kind, source, from, length) = classified[i];
            switch (kind)
            {
                case Kind.Blank:
                    gapBlank = true;
                    continue;
                case Kind.Artifact:
                    gapArtifact = true;
                    continue;
                case Kind.Delimiter:
                    gapBlank = true;
                    continue;
            }

            var heading = IsHeading(classified, i);

            // The line's range read in place: Match(input, beginning, length) sees it as the whole input.
            var paragraph = heading || !MayStartParagraph(source.AsSpan(from, length)) ? null : ParagraphStart().Match(source, from, length);
            if (paragraph is { Success: true } && !AcceptParagraph(paragraph, lastParagraph))
            {
                // WikiLeaks put a pilcrow before any number that starts a line ("on October\n¶16. President"):
                // out of sequence and unmarked, it is the sentence going on, and the pilcrow is not part of it.
                paragraph = null;
                (source, from) = (LeadingPilcrow().Replace(source.Substring(from, length), ""), 0);
                length = source.Length;
            }

            // Replace returns its input when the pattern does not match ("¶1. (C)" lines): test the span first, copy only to replace.
            if (source.AsSpan(from, length).Contains('¶') && Pilcrow().IsMatch(source.AsSpan(from, length)))
            {
                (source, from) = (Pilcrow().Replace(source.Substring(from, length), ""), 0);
                length = source.Length;
            }

            var text = source.AsSpan(from, length);
            if (text.Trim().Trim('¶').IsEmpty)
            {
                gapBlank = true;
                continue;
            }

            if (heading)
            {
                var title = TextLines.Squash(text.Trim().Trim("- ").ToString());
                if (title.Length == 0)
                {
                    continue;
                }

                CloseParagraphAt(TrimmedLength(body));
                pending = null;
                StartBlock();
                headings.Add((title, body.Length, body.Length + title.Length));
                body.Append(title);
                blockOpen = false;
                lastBlockIsHeading = true;
            }
            else if (paragraph is { Success: true })
            {
                CloseParagraphAt(TrimmedLength(body));
                pending = null;
                var number = int.Parse(paragraph.Groups[NumberGroup].ValueSpan, System.Globalization.CultureInfo.InvariantCulture);
                lastParagraph = number;
                var marking = paragraph.Groups[MarkingGroup].Success ? TextLines.Squash(paragraph.Groups[MarkingGroup].Value).ToUpperInvariant() : null;
                var rest = text[paragraph.Length..].Trim();
                lastBlockIsHeading = false;
                if (rest.Length == 0)
                {
                    // "¶6." alone on its line: the paragraph starts with the next text block.
                    pending = (number, marking);
                    blockOpen = false;
                    gapBlank = false;
                    gapArtifact = false;
                    continue;
                }

                StartBlock();
                paragraphs.Add((number, marking, body.Length));
                body.Append(rest);
            }
            else if (!blockOpen || pending is not null)
            {
                if (paragraphs.Count == 0 && body.Length == 0 && pending is null)
                {
                    paragraphs.Add((0, null, 0));
                }

                StartBlock();
                if (pending is { } p)
                {
                    CloseParagraphAt(TrimmedLength(body));
                    paragraphs.Add((p.Number, p.Marking, body.Length));
                    pending = null;
                }

                body.Append(text.Trim());
                lastBlockIsHeading = false;
            }
            else if (!gapBlank && !gapArtifact)
            {
                // Only a continuation line asks whether it is a list item: most lines never run the pattern.
                AppendContinuation(body, text.Trim(), ListItem().IsMatch(text));
            }
            else if (gapArtifact && !lastBlockIsHeading && !EndsSentence(body) && !ListItem().IsMatch(text))
            {
                // An artifact (page break, SIPDIS) cut a sentence in two: join the halves.
                AppendContinuation(body, text.Trim(), newLine: false);
            }
            else
            {
                StartBlock();
                body.Append(text.Trim());
            }

            blockOpen = !heading;
            gapBlank = false;
            gapArtifact = false;
        }

        CloseParagraphAt(TrimmedLength(body));
        var text2 = body.ToString(0, TrimmedLength(body));
        var paragraphList = new List<Paragraph>(paragraphs.Count);
        for (var p = 0; p < paragraphs.Count; p++)
        {
            var (number, marking, start) = paragraphs[p];
            var end = Math.Min(paragraphEnds[p], text2.Length);
            start = Math.Min(start, end);
            var span = new TextSpan(start, end);
            var paragraphText = text2[start..end];
            if (number == 0 && paragraphText.Length == 0)
            {
                continue;
            }

            paragraphList.Add(new Paragraph(number, marking, span, paragraphText));
        }

        var sectionList = new List<SectionHeading>(headings.Count);
        for (var h = 0; h < headings.Count; h++)
        {
            var (title, start, end) = headings[h];
            var sectionEnd = h + 1 < headings.Count ? headings[h + 1].Start : text2.Length;
            sectionEnd = TrimEndIndex(text2, start, sectionEnd);
            sectionList.Add(new SectionHeading(title, new TextSpan(start, end), new TextSpan(start, sectionEnd)));
        }

        return new Result(text2, paragraphList, sectionList);
    }

    private static void AppendContinuation(PooledText body, ReadOnlySpan<char> text, bool newLine)
    {
        if (newLine)
        {
            body.Append('\n').Append(text);
            return;
        }

        var n = body.Length;
        if (n >= 2 && body[n - 1] == '-' && char.IsLetter(body[n - 2]) && text.Length > 0 && char.IsLower(text[0]))
        {
            body.Append(text); // a word hyphenated at the line end: "negatively-" + "influencing"
            return;
        }

        body.Append(' ').Append(text);
    }

    private static bool EndsSentence(PooledText body)
    {
        for (var i = body.Length - 1; i >= 0; i--)
        {
            var c = body[i];
            if (c is '"' or '\'' or ')' or '\u201D' or '\u2019')
            {
                continue;
            }

            return c is '.' or '!' or '?' or ':' or ';';
        }

        return true;
    }

    private static int TrimmedLength(PooledText body)
    {
        var n = body.Length;
        while (n > 0 && char.IsWhiteSpace(body[n - 1]))
        {
            n--;
        }

        return n;
    }

    private static int TrimEndIndex(string text, int start, int end)
    {
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return end;
    }

    /// <summary>
    /// False when <see cref="ParagraphStart"/> cannot match: after leading white space it needs a pilcrow or a digit.
    /// Most lines fail this, and skip the regex call.
    /// </summary>
    private static bool MayStartParagraph(ReadOnlySpan<char> line)
    {
        var text = line.TrimStart();
        return !text.IsEmpty && (text[0] == '¶' || char.IsDigit(text[0]));
    }

    private static bool AcceptParagraph(Match m, int last)
    {
        var number = int.Parse(m.Groups[NumberGroup].ValueSpan, System.Globalization.CultureInfo.InvariantCulture);
        if (m.Groups[MarkingGroup].Success || m.Groups[PilcrowGroup].Success)
        {
            return number > 0;
        }

        // An unmarked "4." opens a paragraph only when it continues the numbering.
        return number == last + 1;
    }

    /// <summary>A heading is a short text line enclosed by dashed delimiters, or underlined by one.</summary>
    private static bool IsHeading(List<Line> lines, int i)
    {
        // The neighbour test first: it is cheap and rules out nearly every line.
        var next = Neighbour(lines, i, +1);
        if (next != Kind.Delimiter)
        {
            return false;
        }

        var text = lines[i].Span.Trim();
        if (text.Length == 0 || text.Length > 100 || ParagraphStart().IsMatch(text))
        {
            return false;
        }

        var previous = Neighbour(lines, i, -1);
        return previous == Kind.Delimiter || previous is Kind.Blank or null;
    }

    private static Kind? Neighbour(List<Line> lines, int i, int step)
    {
        for (var j = i + step; j >= 0 && j < lines.Count; j += step)
        {
            if (lines[j].Kind == Kind.Artifact)
            {
                continue;
            }

            return lines[j].Kind;
        }

        return null;
    }

    /// <param name="textLength">The total length of the text lines, an upper bound of the body's length.</param>
    private static List<Line> Classify(ContentLines lines, int start, int count, out int textLength)
    {
        var result = new List<Line>(count);
        textLength = 0;
        for (var i = start; i < start + count; i++)
        {
            var (source, from, length) = lines.Line(i);
            var line = source.AsSpan(from, length).TrimEnd();
            if (line.IsWhiteSpace())
            {
                result.Add(new Line(Kind.Blank, "", 0, 0));
                continue;
            }

            var first = line.TrimStart()[0];
            if (MayBeArtifactLine(line) && ArtifactLine().IsMatch(line))
            {
                result.Add(new Line(Kind.Artifact, "", 0, 0));
                continue;
            }

            if (first is '-' or '=' or '_' && DelimiterLine().IsMatch(line))
            {
                result.Add(new Line(Kind.Delimiter, "", 0, 0));
                continue;
            }

            // The prefix is SIPDIS or a PAGE header: a line starting with any other letter cannot have it.
            if (first is 'S' or 'P')
            {
                foreach (var prefix in ArtifactPrefix().EnumerateMatches(line))
                {
                    // "SIPDIS SCENARIOS UNDER …", "PAGE 02 HARARE 06677 01 OF 03 291400Z OPPOSITION LEADER"
                    result.Add(new Line(Kind.Artifact, "", 0, 0));
                    from += prefix.Length;
                    line = line[prefix.Length..];
                    break;
                }
            }

            line = WithoutTrailingFooter(line);
            textLength += line.Length + 2;
            result.Add(new Line(Kind.Text, source, from, line.Length));
        }

        return result;
    }

    /// <summary>
    /// False when <see cref="ArtifactLine"/> cannot match the (right-trimmed) line: every one of its forms ends in an
    /// upper-case letter, a digit (<c>\d</c>, any script) or the slash of an id trailer's office (<c>[A-Z /]+</c>).
    /// Prose lines end otherwise, and skip the pattern.
    /// </summary>
    private static bool MayBeArtifactLine(ReadOnlySpan<char> line)
        => line[^1] is var last && (char.IsAsciiLetterUpper(last) || last == '/' || char.IsDigit(last));

    /// <summary>
    /// The line without a classification footer set off at its end by two or more spaces (<c>…  CONFIDENTIAL</c>), as the
    /// pattern <c>\s{2,}(?:CONFIDENTIAL|SECRET|UNCLASSIFIED)\s*$</c> would remove it; a scan from the end, as the
    /// pattern stopped at every double space.
    /// </summary>
    private static ReadOnlySpan<char> WithoutTrailingFooter(ReadOnlySpan<char> line)
    {
        var rest = line.TrimEnd();
        var word = rest.EndsWith("CONFIDENTIAL", StringComparison.Ordinal) || rest.EndsWith("UNCLASSIFIED", StringComparison.Ordinal) ? 12
            : rest.EndsWith("SECRET", StringComparison.Ordinal) ? 6 : 0;
        if (word == 0)
        {
            return line;
        }

        var spaceEnd = rest.Length - word;
        var spaceStart = line[..spaceEnd].TrimEnd().Length;
        return spaceEnd - spaceStart >= 2 ? line[..spaceStart] : line;
    }

    /// <summary>A classified line: a range of the content (or of a line's replacement); artifacts and blanks keep none.</summary>
    private readonly record struct Line(Kind Kind, string Source, int Start, int Length)
    {
        public ReadOnlySpan<char> Span => Source.AsSpan(Start, Length);
    }

    [GeneratedRegex(@"^\s*(?:¶\s*)?(?<num>\d{1,3})\s*\.(?!\d)\s*(?:\(\s*(?<mark>[A-Z][A-Z/ -]{0,14}|[A-Z]{1,4}/[A-Z]{1,4})\s*\)(?=\s|$))?\s*|^\s*(?<pil>¶)\s*(?<num>\d{1,3})\s*\.?\s*(?:\(\s*(?<mark>[A-Z][A-Z/ -]{0,14})\s*\))?\s*", RegexOptions.CultureInvariant)]
    private static partial Regex ParagraphStart();

    [GeneratedRegex(@"^\s*(?:--+|-|\*|•|o(?= )|[a-zA-Z]\)|\([a-z0-9]{1,3}\)|\([A-Z]\)|[A-Z]\.|\d{1,2}\))\s", RegexOptions.CultureInvariant)]
    private static partial Regex ListItem();

    [GeneratedRegex(@"^\s*¶\s*", RegexOptions.CultureInvariant)]
    private static partial Regex LeadingPilcrow();

    [GeneratedRegex(@"^\s*¶\s*(?=[A-Za-z(])", RegexOptions.CultureInvariant)]
    private static partial Regex Pilcrow();

    [GeneratedRegex(@"^\s*(?:[A-Z][A-Z .'-]* \d{6,8} +\d{3}(?:\.\d+)? +(?:OF|of) +\d{3}|SIPDIS|NNNN|NOFORN|CONFIDENTIAL|SECRET|UNCLASSIFIED|UNCLAS|LIMITED OFFICIAL USE|(?:CONFIDENTIAL|SECRET|UNCLASSIFIED) +PTQ\d+|(?:19|20)\d\d[A-Z]+\d+(?: +- +[A-Z /]+)?|GP-\d|END TEXT|BT|PAGE \d+ .*\d{6}Z)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex ArtifactLine();

    [GeneratedRegex(@"^\s*(?:SIPDIS|PAGE \d+ +[A-Z][A-Z ]*? +\d+ +(?:\d+ OF \d+ +)?\d{6}Z)\s+", RegexOptions.CultureInvariant)]
    private static partial Regex ArtifactPrefix();


    [GeneratedRegex(@"^\s*[-=_]{3,}[-=_ ]*$", RegexOptions.CultureInvariant)]
    private static partial Regex DelimiterLine();
}
