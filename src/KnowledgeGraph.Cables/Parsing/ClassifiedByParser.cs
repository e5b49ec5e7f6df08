using System.Buffers;
using System.Text.RegularExpressions;
using KnowledgeGraph.Cables.Internal;
using KnowledgeGraph.Cables.Model;

namespace KnowledgeGraph.Cables.Parsing;

/// <summary>The classifying official of the "Classified By:" statement, split into title and name.</summary>
internal static partial class ClassifiedByParser
{
    private static readonly IReadOnlySet<string> TitleWords = EmbeddedData.Set("classifier-title-words.txt");

    /// <summary>Either spelling, any case (SearchValues: IndexOf with OrdinalIgnoreCase is scalar in invariant globalization mode).</summary>
    private static readonly SearchValues<string> ClassifiedWord = SearchValues.Create(["CLASSIFIED", "CLASSFIED"], StringComparison.OrdinalIgnoreCase);

    private static readonly Regex NameAtEnd = BuildNameRegex(anchorStart: false);
    private static readonly Regex WholeName = BuildNameRegex(anchorStart: true);

    /// <summary>Every classifying official: a cable may carry more than one "Classified By" line (09TALLINN373).</summary>
    public static IReadOnlyList<ClassifiedBy> Parse(string content, bool normalize = false)
    {
        var result = new List<ClassifiedBy>();
        for (var start = NextLineKey(content, 0, out var length); start >= 0;)
        {
            // The statement runs to the next "Classified By" line; the regexes read that slice in place (no substring).
            var next = NextLineKey(content, start + length, out var nextLength);
            if (Statement(content, start, (next >= 0 ? next : content.Length) - start) is { } statement)
            {
                AddNew(result, ParseStatement(statement, normalize));
            }

            (start, length) = (next, nextLength);
        }

        if (result.Count == 0 && Statement(content) is { } anywhere)
        {
            AddNew(result, ParseStatement(anywhere, normalize));
        }

        return result;
    }

    /// <summary>
    /// Where the first "Classified By" line at or after <paramref name="from"/> starts (as <see cref="LineKey"/> finds
    /// it), or -1. Only line starts whose first character can begin the key run the regex: scanning the whole
    /// content with it stops at every space.
    /// </summary>
    private static int NextLineKey(string content, int from, out int length)
    {
        length = 0;

        // No "Classified" at or after `from`, no key: the line scan below would otherwise visit every line of the body
        // after the last statement (the search finds every spelling the pattern's case folding matches).
        if (from >= content.Length || content.AsSpan(from).IndexOfAny(ClassifiedWord) < 0)
        {
            return -1;
        }

        var at = from;
        if (at > 0 && at <= content.Length && content[at - 1] != '\n')
        {
            var newline = content.IndexOf('\n', at);
            at = newline < 0 ? content.Length : newline + 1;
        }

        while (at < content.Length)
        {
            var first = at;
            while (first < content.Length && content[first] is ' ' or '\t')
            {
                first++;
            }

            if (first < content.Length && (content[first] is '¶' or 'C' or 'c' || char.IsDigit(content[first]))
                && LineKey().Match(content, at) is { Success: true } m)
            {
                length = m.Length;
                return at;
            }

            var newline = content.IndexOf('\n', first);
            at = newline < 0 ? content.Length : newline + 1;
        }

        return -1;
    }

    private static void AddNew(List<ClassifiedBy> result, IEnumerable<ClassifiedBy> found)
        => result.AddRange(found.Where(by => !result.Any(r => r.Name == by.Name)).ToList());

    /// <summary>
    /// The raw statement (from "Classified By" to the end of its reasons), with words broken at a line end
    /// mended (<c>Hoyt Y\nee</c>, <c>AFFAIR\nS ROBERT</c>), or null.
    /// </summary>
    public static string? Statement(string content) => Statement(content, 0, content.Length);

    /// <summary>Like <see cref="Statement(string)"/>, of <c>content[start..(start + length)]</c> read in place.</summary>
    private static string? Statement(string content, int start, int length)
    {
        var m = KeyIn(content, start, length);
        if (!m.Success)
        {
            return null;
        }

        var from = m.Index + m.Length;
        var end = StatementEnd().Match(content, from, start + length - from);
        var text = content[from..(end.Success ? end.Index : start + length)];
        text = BrokenLowerWord().Replace(text, "");
        return TextLines.Squash(BrokenCapitalWord().Replace(text, ""));
    }

    /// <summary>
    /// <see cref="Key"/> in <c>content[start..(start + length)]</c>, searched from just before the first "Classified"
    /// (either spelling, any case: the pattern's case folding of these letters is exactly OrdinalIgnoreCase's), since no
    /// match can begin earlier: the pattern's leading <c>(?:^|\s|\()</c> made it stop at every space of cables without one.
    /// </summary>
    private static Match KeyIn(string content, int start, int length)
    {
        var first = content.AsSpan(start, length).IndexOfAny(ClassifiedWord);
        if (first < 0)
        {
            return Match.Empty;
        }

        // From the character before it: a space or '(' there is part of the match; '^' (at the range start) only
        // matters when the word starts the range, and then the search starts there anyway.
        var from = start + Math.Max(0, first - 1);
        return Key().Match(content, from, start + length - from);
    }

    /// <summary>One statement may name two officials ("… WYCOFF, ACTING AND S/CT DAS SHARI VILLAROSA").</summary>
    private static IEnumerable<ClassifiedBy> ParseStatement(string statement, bool normalize)
    {
        var who = Key().Replace(statement, " ");
        who = Key().Replace(who, " "); // "Classified By: Classified by …"
        who = TitlePrefix().Replace(who, "");
        var cut = Cutoff().Match(who);
        if (cut.Success)
        {
            // "ABINGTON, JR.  REASON": the period belongs to the suffix.
            var suffixDot = who[cut.Index] == '.' && who[..cut.Index].EndsWith("JR", StringComparison.OrdinalIgnoreCase);
            who = who[..cut.Index] + (suffixDot ? "." : "");
        }

        // A bare "for" ends the official only when a name stands before it ("CDA: Charles Barclay for …"),
        // not inside the title ("Special Representative for Afghanistan and Pakistan Richard C. Holbrooke").
        foreach (Match f in BareFor().Matches(who))
        {
            if (ParseWho(who[..f.Index], false) is { } named && named.Name.Contains(' ', StringComparison.Ordinal))
            {
                who = who[..f.Index];
                break;
            }
        }

        who = TrailingLowerCase().Replace(who.Trim(), "");
        var parts = Conjunction().Split(who);
        if (parts.Length > 1 && parts.Select(p => ParseWho(p, normalize)).ToList() is var each
            && each.All(b => b is not null && b.Name.Contains(' ', StringComparison.Ordinal)))
        {
            return each!;
        }

        return ParseWho(who, normalize) is { } one ? [one] : [];
    }

    private static ClassifiedBy? ParseWho(string who, bool normalize)
    {
        who = who.Trim().TrimEnd(',', ';', ':', ' ', '-', '(');
        if (!who.EndsWith("JR.", StringComparison.OrdinalIgnoreCase))
        {
            who = who.TrimEnd('.', ',', ';', ':', ' ', '-', '(');
        }

        if (who.Length == 0)
        {
            return null;
        }

        string? name = null;
        string? title = null;
        var comma = who.IndexOf(',', StringComparison.Ordinal);
        if (comma > 0)
        {
            var left = who[..comma].Trim();
            var right = who[(comma + 1)..].Trim();
            var suffix = Suffix().Match(right);
            if (suffix.Success)
            {
                left += ", " + suffix.Groups[1].Value.TrimEnd(',');
                right = right[suffix.Length..].Trim(' ', ',');
            }

            if (WholeName.IsMatch(left))
            {
                name = left;
                title = right.Length > 0 ? right : null;
            }
            else if (NameAtEnd.Match(left, NameSearchStart(left)) is { Success: true } inLeft && inLeft.Groups["name"].Value.Contains(' ', StringComparison.Ordinal))
            {
                // "ISN ? PATRICIA A. MCNERNEA, ACTING ASSISTANT SECRETARY": title, name, then more title.
                name = inLeft.Groups["name"].Value;
                var before = left[..inLeft.Index].Trim(' ', ',', ':', '-', '(', ')', '?');
                title = string.Join(", ", new[] { before, right }.Where(t => t.Length > 0)) is { Length: > 0 } t ? t : null;
            }
        }

        if (name is null)
        {
            var m = NameAtEnd.Match(who, NameSearchStart(who));
            if (!m.Success)
            {
                return null;
            }

            name = m.Groups["name"].Value;
            var before = who[..m.Index].Trim(' ', ',', ':', '-', '(', ')');
            title = before.Length > 0 ? before : null;
        }

        name = TextLines.Squash(name);
        if (!name.EndsWith("JR.", StringComparison.OrdinalIgnoreCase))
        {
            name = name.TrimEnd('.');
        }

        return new ClassifiedBy(normalize ? Normalize(name) : name, title);
    }

    /// <summary>
    /// Where a search for <see cref="NameAtEnd"/> may start and still find what a search of the whole text finds: the name
    /// ends the text and holds at most four runs of white space (between its tokens, before a suffix), so no match
    /// starts before the sixth run from the end. The interpreter would try the title-word lookahead at every word before.
    /// </summary>
    private static int NameSearchStart(string text)
    {
        var i = text.Length;
        while (i > 0 && char.IsWhiteSpace(text[i - 1]))
        {
            i--;
        }

        var runs = 0;
        while (i > 0)
        {
            if (!char.IsWhiteSpace(text[i - 1]))
            {
                i--;
                continue;
            }

            if (++runs == 6)
            {
                return i;
            }

            while (i > 0 && char.IsWhiteSpace(text[i - 1]))
            {
                i--;
            }
        }

        return 0;
    }

    /// <summary>Capitalization normalized (<c>LEE 0. COLDREN</c> → <c>Lee O. Coldren</c>).</summary>
    private static string Normalize(string name)
        => string.Join(' ', name.Split(' ').Select(token =>
        {
            var t = token.Replace('0', 'O');
            if (t.Any(char.IsLower) || t.Length <= 2 && t.EndsWith('.'))
            {
                return t;
            }

            return t is "II" or "III" or "IV" or "II," or "III," ? t
                : string.Join('-', t.Split('-').Select(p => p.Length == 0 ? p : char.ToUpperInvariant(p[0]) + p[1..].ToLowerInvariant()));
        }));

    private static Regex BuildNameRegex(bool anchorStart)
    {
        var titles = string.Join('|', TitleWords.OrderByDescending(t => t.Length).Select(Regex.Escape));
        const string initial = @"[A-Z0-9](?:\.[A-Z])*\.?";
        var word = $@"(?!(?i:{titles})(?![\w-]))[A-Z](?:\.(?=[A-Z][a-z]))?[A-Za-z0-9'’]*(?:-[A-Z][A-Za-z0-9'’]*)?";
        var suffix = @"(?:,?\s+(?:JR|Jr|SR|Sr|II|III|IV)\b\.?)?";
        var token = $@"(?:{word}|{initial})";
        var name = $@"(?<name>(?:{token}\s+){{0,3}}{word}{suffix})";
        // Not inside a word ("AT-LARGE", "d'Affaires"), not a single letter after a slash ("A/S", "Pol/C"), and not right after a preposition of the title
        // ("Ambassador to Sudan", "Secretary for Diplomatic Security", "Afghanistan and Pakistan").
        const string start = @"(?<![\w.'’-])(?!(?<=/)[A-Za-z]\b)(?<!\b(?i:to|for|of|in|and)\s+)";
        // Not Compiled: the title-word alternation makes a method so large that the JIT only MinOpts it, slower than the interpreter.
        return new Regex((anchorStart ? "^" : start) + name + @"\s*$", RegexOptions.CultureInvariant);
    }

    [GeneratedRegex(@"(?:^|\s|\()(?:CLASSIFIED|CLASSFIED)\s+BY\s*:?\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Key();

    /// <summary>A "Classified By" statement at a line start (after an optional paragraph number and marking); see <see cref="NextLineKey"/>.</summary>
    [GeneratedRegex(@"\G[ \t]*(?:¶?\d\.\s*(?:\([A-Z]+\)\s*)?)?(?:CLASSIFIED|CLASSFIED)\s+BY\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LineKey();

    [GeneratedRegex(@"\n\s*\n|\n\s*¶|\n\s*\d+\.\s", RegexOptions.CultureInvariant)]
    private static partial Regex StatementEnd();

    /// <summary>Where the official ends: the reasons ("for reasons 1.4", "REA SONS", "F0R", "DUE TO 1,4"), E.O., a semicolon, a number.</summary>
    [GeneratedRegex(@"(?:\s|[,;:.(-])+(?:(?:f\s*[o0]\s*r|fr|per|under|based(?:\s+on)?)\s+)?(?:r\s*e\s*a?\s*s\s*[o0]\s*n\s*s?|reaons|rasons?|resons?|sea3on|e\.\s?o\b|e\.o\.|confidential|action|due\s+to|per|under|based)\b|[\s(]+acting\)|\s+f\s*[o0]\s*r\s+reas|\s+f\s*[o0]\s*r\s+(?=\d|e\.)|\s*;|:\s*\d|\s+\d[.,]\d|\s+-\s", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Cutoff();

    [GeneratedRegex(@"^((?:JR|SR|II|III|IV)\.?)(?=,|\s|$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Suffix();

    /// <summary>An office prefix before a dash: "AF/C - MARY BETH LEONARD", "RSO - JOHN S. DICARLO".</summary>
    [GeneratedRegex(@"^\s*[A-Z][A-Za-z/]*\s+-\s+", RegexOptions.CultureInvariant)]
    private static partial Regex TitlePrefix();

    /// <summary>Lower-case debris after the name ("Roberto Powers a.y.").</summary>
    [GeneratedRegex(@"(?:\s+[a-z][a-z.]*)+$", RegexOptions.CultureInvariant)]
    private static partial Regex TrailingLowerCase();

    [GeneratedRegex(@"\s+for\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BareFor();

    [GeneratedRegex(@"\s+AND\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Conjunction();

    /// <summary>A capitalized word whose last letters wrapped onto the next line ("Richa \nrd", "Re \nasons"), not a following "for"/"and".</summary>
    [GeneratedRegex(@"(?<=\b[A-Z][A-Za-z]*) *\n *(?=(?!(?:for|and|or|per|the|of|to|in|on|by|due)\b)[a-z]{1,5}\b)", RegexOptions.CultureInvariant)]
    private static partial Regex BrokenLowerWord();

    /// <summary>An upper-case word whose last letter wrapped onto the next line ("AFFAIR \nS ROBERT").</summary>
    [GeneratedRegex(@"(?<=\b[A-Z]{4,}) *\n *(?=[A-Z] )", RegexOptions.CultureInvariant)]
    private static partial Regex BrokenCapitalWord();
}
