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

    public static IReadOnlyList<ClassifiedBy> Parse(string content)
    {
        var statement = Statement(content);
        if (statement is null)
        {
            return [];
        }

        var who = ReasonStart().Split(statement, 2)[0].Trim().TrimEnd('.', ',', ';', ' ');
        who = Key().Replace(who, "").Trim();
        if (who.Length == 0)
        {
            return [];
        }

        // "Name, Title" or "Title Name".
        var comma = who.IndexOf(", ", StringComparison.Ordinal);
        if (comma > 0 && LooksLikeName(who[..comma]) && !Suffix().IsMatch(who[(comma + 2)..]))
        {
            return [new ClassifiedBy(who[..comma].Trim(), who[(comma + 2)..].Trim())];
        }

        var words = who.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var split = 0;
        while (split < words.Length - 1 && IsTitleWord(words[split]))
        {
            split++;
        }

        var name = string.Join(' ', words[split..]);
        var title = split > 0 ? string.Join(' ', words[..split]) : null;
        return [new ClassifiedBy(name, title)];
    }

    private static bool IsTitleWord(string word)
    {
        var w = word.Trim(',', '.', '(', ')');
        return TitleWords.Contains(w) || w.Contains('/') || (w.Length > 0 && char.IsLower(w[0]));
    }

    private static bool LooksLikeName(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is >= 2 and <= 5 && words.All(w => char.IsUpper(w[0]) && !TitleWords.Contains(w.Trim('.', ',')));
    }

    [GeneratedRegex(@"(?:^|\s|\()(?:CLASSIFIED|CLASSFIED)\s+BY\s*:?\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Key();

    [GeneratedRegex(@"\n\s*\n|\n\s*¶|\n\s*\d+\.\s", RegexOptions.CultureInvariant)]
    private static partial Regex StatementEnd();

    [GeneratedRegex(@"[.,;]?\s+(?:for|under|based on)\s+(?:re\s*a?\s*sons?|reasons?|E\.?O|section|se\s*ction)|[.,;:]\s*(?:re\s*a?\s*sons?|rasons?|reason\(s\))\b|[.,]\s*E\.?\s?O\.?\s*\d|,\s*1\.[45]|\s+for\s+r\s*e\s*a\s*s|\s+f\s*\n?\s*or\s+reasons?|\s+reasons?\s*:?\s*1\.", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ReasonStart();

    [GeneratedRegex(@"^(?:JR|SR|II|III|IV)\.?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Suffix();
}
