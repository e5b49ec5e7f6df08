using System.Globalization;
using System.Text.RegularExpressions;
using KnowledgeGraph.Cables.Internal;
using KnowledgeGraph.Cables.Model;

namespace KnowledgeGraph.Cables.Parsing;

/// <summary>
/// The REF list: cable references resolved to canonical ids with their bullet letters; e-mails, telcons, books and
/// reports kept as text. Page-break headers inside the list are skipped, serial lists (<c>KABUL 936/935</c>,
/// <c>GUANGZHOU 11657 and 7743, 12155</c>; a bare comma alone is not enough) expand to one reference each, and a year written after the serial
/// (<c>QUITO 4525-91</c>, <c>ASUNCION 701 (08)</c>) wins over the cable's own year.
/// </summary>
internal static partial class ReferenceParser
{
    private static readonly IReadOnlyDictionary<string, string> Words = EmbeddedData.Map("reference-words.tsv");

    public static IReadOnlyList<CableReference> Parse(string content, int year, string? selfId = null)
    {
        var block = RefBlock(content);
        if (block is null)
        {
            return [];
        }

        var result = new List<CableReference>();
        var yy = (year % 100).ToString("00", CultureInfo.InvariantCulture);
        foreach (var (bullet, item) in Items(Clean(block)))
        {
            foreach (var part in item.Split(';'))
            {
                var text = TextLines.Squash(part).Trim(' ', ',');
                if (text.Length == 0)
                {
                    continue;
                }

                var kind = KindOf(text);
                if (kind != ReferenceKind.Cable)
                {
                    Add(result, new CableReference(text, kind, bullet));
                    continue;
                }

                foreach (var id in CableIdsIn(Normalize(text), yy))
                {
                    if (selfId is null || id != selfId)
                    {
                        Add(result, new CableReference(id, ReferenceKind.Cable, bullet));
                    }
                }
            }
        }

        return result;
    }

    private static void Add(List<CableReference> result, CableReference reference)
    {
        if (!result.Contains(reference))
        {
            result.Add(reference);
        }
    }

    /// <summary>The text of the REF list: from its key to the classification statement, the summary or the first paragraph.</summary>
    private static string? RefBlock(string content)
    {
        var m = RefKey().Match(content);
        if (!m.Success)
        {
            return null;
        }

        // "A. REF AMMAN 222": the key follows the first bullet.
        var start = m.Groups["bullet"].Success ? m.Groups["bullet"].Index : m.Index + m.Length;

        // The lines are read as spans (the patterns see a span as they saw the line's string); the kept ones are
        // ranges of the content, joined once at the end. A blank line is never kept.
        var kept = new List<(int Start, int Length)>();
        var gap = false;
        foreach (var range in content.AsSpan(start).Split('\n'))
        {
            var (offset, length) = range.GetOffsetAndLength(content.Length - start);
            var line = content.AsSpan(start + offset, length);
            if (line.Trim().Length == 0)
            {
                gap = kept.Count > 0;
                continue;
            }

            if (kept.Count > 0 && (EndLine().IsMatch(line) || gap && !ContinuesList().IsMatch(line)))
            {
                break;
            }

            var end = FirstMatchIndex(EndInLine(), line);
            if (end >= 0)
            {
                kept.Add((start + offset, end));
                break;
            }

            kept.Add((start + offset, length));
            gap = false;
        }

        return JoinLines(content, kept);
    }

    private static int FirstMatchIndex(Regex regex, ReadOnlySpan<char> text)
    {
        foreach (var match in regex.EnumerateMatches(text))
        {
            return match.Index;
        }

        return -1;
    }

    /// <summary>The ranges of <paramref name="text"/> joined by <c>\n</c>, as <c>string.Join</c> would join their strings.</summary>
    private static string JoinLines(string text, List<(int Start, int Length)> lines)
    {
        var length = Math.Max(0, lines.Count - 1);
        foreach (var line in lines)
        {
            length += line.Length;
        }

        return string.Create(length, (text, lines), static (target, state) =>
        {
            var at = 0;
            for (var i = 0; i < state.lines.Count; i++)
            {
                if (i > 0)
                {
                    target[at++] = '\n';
                }

                var (start, count) = state.lines[i];
                state.text.AsSpan(start, count).CopyTo(target[at..]);
                at += count;
            }
        });
    }

    private static string Clean(string block)
        => PageBreak().Replace(block.Replace("\\n", " ", StringComparison.Ordinal).Replace('¶', ' '), " ");

    /// <summary>The entries of the list with their bullet letters; bullets must run in sequence (A, B, C …), so "J. Speaks" in a name is no bullet.</summary>
    private static IEnumerable<(string? Bullet, string Item)> Items(string block)
    {
        var bullets = new List<Match>();
        char? last = null;
        foreach (Match b in Bullet().Matches(block))
        {
            var letter = char.ToUpperInvariant(b.Groups["b"].Value[0]);
            var first = last is null && (letter == 'A' || block[..b.Index].Trim().Length == 0);
            if (first || last is { } l && (letter == l || letter == l + 1))
            {
                bullets.Add(b);
                last = letter;
            }
        }

        if (bullets.Count == 0 || block[..bullets[0].Index].Trim().Length > 0)
        {
            yield return (null, bullets.Count == 0 ? block : block[..bullets[0].Index]);
        }

        for (var i = 0; i < bullets.Count; i++)
        {
            var start = bullets[i].Index + bullets[i].Length;
            var end = i + 1 < bullets.Count ? bullets[i + 1].Index : block.Length;
            var letter = char.ToUpperInvariant(bullets[i].Groups["b"].Value[0]).ToString();
            var item = block[start..end];
            if (item.Trim().Length > 0)
            {
                yield return (letter, item);
            }
        }
    }

    private static ReferenceKind KindOf(string item)
    {
        if (Email().IsMatch(item))
        {
            return ReferenceKind.Email;
        }

        if (Telcon().IsMatch(item))
        {
            return ReferenceKind.Tel;
        }

        if (Book().IsMatch(item))
        {
            return ReferenceKind.Book;
        }

        return Report().IsMatch(item) ? ReferenceKind.Report : ReferenceKind.Cable;
    }

    /// <summary>Repairs what typists and OCR did to ids: <c>0TTAWA</c>, <c>LAGOS O1512</c>, <c>09CAIRO0561</c>, <c>10-OTTAWA-57</c>.</summary>
    private static string Normalize(string text)
    {
        text = ZeroInWord().Replace(text, "O");
        text = LetterOBeforeDigits().Replace(text, "0");
        text = DashedId().Replace(text, "$1 $2 $3");
        text = Saint().Replace(text, "ST ");
        text = YearGluedToStation().Replace(text, "$1 ");
        return StationGluedToSerial().Replace(text, "$1 $2");
    }

    private static IEnumerable<string> CableIdsIn(string text, string defaultYear)
    {
        var swapped = SerialThenStation().Match(text);
        if (swapped.Success && Station(swapped.Groups["origin"].Value) is { } swappedStation)
        {
            yield return CableIds.FromParts(defaultYear, swappedStation, swapped.Groups["serial"].Value);
            yield break;
        }

        foreach (Match m in CableRef().Matches(text))
        {
            if (Station(m.Groups["origin"].Value) is not { } station)
            {
                continue;
            }

            var before = m.Groups["y1"].Success ? m.Groups["y1"].Value : m.Groups["y2"].Success ? m.Groups["y2"].Value : null;
            var after = m.Groups["y3"].Success ? m.Groups["y3"].Value : null;
            var serials = new List<string> { m.Groups["serial"].Value };
            serials.AddRange(m.Groups["more"].Captures.Select(c => c.Value));
            for (var i = 0; i < serials.Count; i++)
            {
                var y = i == serials.Count - 1 && after is not null ? after : before ?? defaultYear;
                var id = CableIds.FromParts(y, station, serials[i]);
                if (CableIds.LooksLikeId(id))
                {
                    yield return id;
                }
            }
        }
    }

    /// <summary>The station part of a reference with the words around it dropped, or null when the words show it is no cable.</summary>
    private static string? Station(string origin)
    {
        var words = origin.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w.ToUpperInvariant()).ToList();
        while (words.Count > 0 && (words[0].Length == 1 || Role(words[0]) == "drop-before"))
        {
            words.RemoveAt(0);
        }

        while (words.Count > 0 && Role(words[^1]) == "drop-after")
        {
            words.RemoveAt(words.Count - 1);
        }

        var station = string.Concat(words);
        var known = station.Length > 0 && CableIds.CanonicalOrigin(station) != station;
        if (words.Count is 0 or > 3 || !known && words.Any(w => Role(w) is not null))
        {
            return null;
        }

        return station.Length is >= 2 and <= 20 ? station : null;
    }

    private static string? Role(string word) => Words.TryGetValue(word, out var role) ? role : null;

    [GeneratedRegex(@"(?<bullet>(?<=^|\n)[ \t]*[A-Z][.)][ \t]+)?(?:(?<![A-Za-z])(?:REF(?:S|TELS?|ERENCES?|\(S\))?\s*[:.]|(?-i:REF(?:S|TELS?)?)[ \t]+(?=\S))|(?-i:REF(?:S)?):(?=\s*(?:[A-Z][.)]|\([A-Z]\)|(?:\d{2}\s+)?[A-Za-z]+\s+\d)))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RefKey();

    /// <summary>A line that ends the list: the classification statement, a summary, a numbered paragraph, another header field, a delimiter.</summary>
    [GeneratedRegex(@"^\s*(?:Classified\s+By|Derived\s+From|DECL\s*:|SUMMARY|SUBJECT\s*:|TAGS\s*:|E\.O\.|¶?\s*\d{1,2}\s*\.\s|[-=]{3,})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EndLine();

    /// <summary>Where the list ends inside a line: the classification statement or a handling note.</summary>
    [GeneratedRegex(@"Classified\s+By|Sensitive\s+But\s+Unclassified|This\s+message\s+is|Please\s+handle|\s\d\.\s*\([A-Z/]+\)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EndInLine();

    /// <summary>After a blank line, the list goes on only with another bullet or more references.</summary>
    [GeneratedRegex(@"^\s*(?:[-¶]\s*)*(?:\(?[A-Za-z][.):]\s|\d{2,7}\b|(?:\d{2}\s+)?[A-Z][A-Za-z]*(?:\s+[A-Z][A-Za-z]*){0,2}\s+\d{2,7}\b)", RegexOptions.CultureInvariant)]
    private static partial Regex ContinuesList();

    /// <summary>Page-break lines inside the list (<c>MADRID 00000869 001.2 OF 004</c>, <c>PAGE 02 ROME 01196 01 OF 02 082030Z</c>).</summary>
    [GeneratedRegex(@"\b[A-Z][A-Z .'-]*?\s\d{5,8}\s+\d{3}(?:\.\d+)?\s+OF\s+\d{3}\b|\bPAGE\s+\d+\s+[A-Z]+\s+\d+\s+(?:\d+\s+OF\s+\d+\s+)?\d{6}Z", RegexOptions.CultureInvariant)]
    private static partial Regex PageBreak();

    [GeneratedRegex(@"(?<=^|[\s;,])(?:\((?<b>[A-Za-z])\)(?!\d{3})|\[(?<b>[A-Za-z])\]|(?<b>[A-Za-z])[.):](?=\s|[A-Z(])|(?<b>[A-Z])\s+-(?=\s))\s*", RegexOptions.CultureInvariant)]
    private static partial Regex Bullet();

    [GeneratedRegex(@"E-?MAILS?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Email();

    [GeneratedRegex(@"\bTELE?CONS?\b|PHONE CALL", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Telcon();

    [GeneratedRegex(@"\b(?:FAM|FAH)\b|HANDBOOK", RegexOptions.CultureInvariant)]
    private static partial Regex Book();

    [GeneratedRegex(@"\bREPORT\b|\bTD-\d|\bIIR\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Report();

    [GeneratedRegex(@"(?<=[A-Za-z]{2})0(?=[A-Za-z]|\b)|\b0(?=[A-Za-z]{3})", RegexOptions.CultureInvariant)]
    private static partial Regex ZeroInWord();

    [GeneratedRegex(@"\bO(?=\d+\b)", RegexOptions.CultureInvariant)]
    private static partial Regex LetterOBeforeDigits();

    [GeneratedRegex(@"\bST\.\s*(?=[A-Z])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Saint();

    [GeneratedRegex(@"\b(\d{2})-([A-Za-z]{3,})-(\d{1,7})\b", RegexOptions.CultureInvariant)]
    private static partial Regex DashedId();

    [GeneratedRegex(@"\b((?:19|20)\d{2}|\d{2})(?=[A-Z]{3,})", RegexOptions.CultureInvariant)]
    private static partial Regex YearGluedToStation();

    [GeneratedRegex(@"\b([A-Z]{2,})(\d{1,7})\b", RegexOptions.CultureInvariant)]
    private static partial Regex StationGluedToSerial();

    /// <summary>"870 Ulaanbaatar": a lone entry written serial first.</summary>
    [GeneratedRegex(@"^\s*0*(?<serial>\d{1,7})\s+(?<origin>[A-Za-z][A-Za-z .'-]*?[A-Za-z])\s*[.,]?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex SerialThenStation();

    [GeneratedRegex(@"(?<![A-Za-z0-9])(?:(?<y1>(?:19|20)\d{2}|0\d{2}|\d{2})\s+|\((?<y1>\d{2})\)\s*)?(?<origin>[A-Za-z](?:[A-Za-z'&-]*[A-Za-z])?(?:\s+[A-Za-z](?:[A-Za-z'&-]*[A-Za-z])?){0,5})\s*[:,#]?\s*(?:\([A-Z/]{1,5}\)\s*)?(?:\((?<y2>\d{2})\)\s*)?(?<serial>\d{1,7})(?!\d|[A-Za-z]|\.\d|/\d{1,2}/)(?!(?<=\s\d{2})\s+[A-Za-z]+\s+\d)(?:\s*(?:/|\bAND\b|&)\s*(?<more>\d{3,7})(?!\d|[A-Za-z]|\.\d)(?:\s*(?:/|,|\bAND\b|&)\s*(?<more>\d{3,7})(?!\d|[A-Za-z]|\.\d))*)?(?:-(?<y3>\d{2})\b|/(?<y3>\d{2})(?!\d)|\s*\((?<y3>(?:19|20)?\d{2})\)|\s+(?<y3>\d{2})(?=\s*(?:[,;]|$)))?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CableRef();
}
