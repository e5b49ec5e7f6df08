using System.Text.RegularExpressions;
using KnowledgeGraph.Cables.Internal;
using KnowledgeGraph.Cables.Model;

namespace KnowledgeGraph.Cables.Parsing;

/// <summary>The classifying official of the "Classified By:" statement, split into title and name.</summary>
internal static partial class ClassifiedByParser
{
    private static readonly IReadOnlySet<string> TitleWords = EmbeddedData.Set("classifier-title-words.txt");

    /// <summary>The raw statement (from "Classified By" to the end of its reasons), or null.</summary>
    public static string? Statement(string content)
    {
        var m = Key().Match(content);
        if (!m.Success)
        {
            return null;
        }

        var rest = content[(m.Index + m.Length)..];
        var end = StatementEnd().Match(rest);
        return TextLines.Squash(end.Success ? rest[..end.Index] : rest);
    }

    private static readonly Regex NameAtEnd = BuildNameRegex(anchorStart: false);
    private static readonly Regex WholeName = BuildNameRegex(anchorStart: true);

    public static IReadOnlyList<ClassifiedBy> Parse(string content, bool normalize = false)
    {
        var statement = Statement(content);
        if (statement is null)
        {
            return [];
        }

        var who = Key().Replace(statement, " ");
        who = Key().Replace(who, " "); // "Classified By: Classified by …"
        var cut = Cutoff().Match(who);
        if (cut.Success)
        {
            who = who[..cut.Index];
        }

        who = who.Trim().TrimEnd('.', ',', ';', ':', ' ', '-');
        if (who.Length == 0)
        {
            return [];
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
        }

        if (name is null)
        {
            var m = NameAtEnd.Match(who);
            if (!m.Success)
            {
                return [];
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

        return [new ClassifiedBy(normalize ? Normalize(name) : name, title)];
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
        var word = $@"(?!(?i:{titles})(?![\w'’-]))[A-Z][A-Za-z0-9'’]*(?:-[A-Z][A-Za-z0-9'’]*)?";
        var suffix = @"(?:,?\s+(?:JR|Jr|SR|Sr|II|III|IV)\b\.?)?";
        var token = $@"(?:{word}|{initial})";
        var name = $@"(?<name>(?:{token}\s+){{0,3}}{word}{suffix})";
        return new Regex((anchorStart ? "^" : @"(?<![\w.])") + name + @"\s*$", RegexOptions.CultureInvariant);
    }

    [GeneratedRegex(@"(?:^|\s|\()(?:CLASSIFIED|CLASSFIED)\s+BY\s*:?\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Key();

    [GeneratedRegex(@"\n\s*\n|\n\s*¶|\n\s*\d+\.\s", RegexOptions.CultureInvariant)]
    private static partial Regex StatementEnd();

    [GeneratedRegex(@"(?:\s|[,;:.(-])+(?:for|per|under|based|re\s*a\s*s\s*o\s*n|reaons|rasons?|reasons?|sea3on|e\.\s?o\b|e\.o\.|confidential|action|acting\))\b|\s*;|:\s*\d|\s+\d\.\d|\s+-\s", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Cutoff();

    [GeneratedRegex(@"^((?:JR|SR|II|III|IV)\.?)(?=,|\s|$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Suffix();
}
