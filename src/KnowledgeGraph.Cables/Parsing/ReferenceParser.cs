using System.Text.RegularExpressions;
using KnowledgeGraph.Cables.Internal;
using KnowledgeGraph.Cables.Model;

namespace KnowledgeGraph.Cables.Parsing;

/// <summary>The REF list: cable references resolved to canonical ids with their bullet letters; other kinds kept as text.</summary>
internal static partial class ReferenceParser
{
    public static IReadOnlyList<CableReference> Parse(string content, int year, string? selfId = null)
    {
        var block = RefBlock(content);
        if (block is null)
        {
            return [];
        }

        var result = new List<CableReference>();
        var yy = (year % 100).ToString("00", System.Globalization.CultureInfo.InvariantCulture);
        foreach (var (bullet, item) in Items(block))
        {
            var kind = KindOf(item);
            if (kind != ReferenceKind.Cable)
            {
                var text = TextLines.Squash(item).Trim(' ', ';', ',');
                if (text.Length > 0)
                {
                    result.Add(new CableReference(text, kind, bullet));
                }

                continue;
            }

            foreach (Match m in CableRef().Matches(item))
            {
                var refYear = m.Groups["year"].Success ? m.Groups["year"].Value : yy;
                var id = CableIds.FromParts(refYear, m.Groups["origin"].Value, m.Groups["serial"].Value);
                if (selfId is not null && id == selfId)
                {
                    continue;
                }

                result.Add(new CableReference(id, ReferenceKind.Cable, bullet));
            }
        }

        return result;
    }

    private static string? RefBlock(string content)
    {
        var m = RefKey().Match(content);
        if (!m.Success)
        {
            return null;
        }

        var rest = content[(m.Index + m.Length)..];
        var end = RefEnd().Match(rest);
        return end.Success ? rest[..end.Index] : rest;
    }

    private static IEnumerable<(string? Bullet, string Item)> Items(string block)
    {
        var bullets = Bullet().Matches(block);
        if (bullets.Count == 0)
        {
            yield return (null, block);
            yield break;
        }

        if (bullets[0].Index > 0 && block[..bullets[0].Index].Trim().Length > 0)
        {
            yield return (null, block[..bullets[0].Index]);
        }

        for (var i = 0; i < bullets.Count; i++)
        {
            var start = bullets[i].Index + bullets[i].Length;
            var end = i + 1 < bullets.Count ? bullets[i + 1].Index : block.Length;
            yield return (bullets[i].Groups["b"].Value.ToUpperInvariant(), block[start..end]);
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

        return CableRef().IsMatch(item) ? ReferenceKind.Cable : ReferenceKind.Unknown;
    }

    [GeneratedRegex(@"(?:^|\n)\s*(?:REF|REFS|REFTEL|REFTELS|REF\(S\)|REFERENCES?)\s*:", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RefKey();

    [GeneratedRegex(@"\n\s*(?:Classified\s+By|CLASSIFIED BY|¶?\s*\d+\.\s|SUMMARY|[-=]{3,})|\n\s*\n(?!\s*¶?\s*(?:[A-Z][.)]|\([A-Z]\))\s)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RefEnd();

    [GeneratedRegex(@"(?:^|(?<=\s|[;,]))¶?\s*(?:\((?<b>[A-Z])\)|\[(?<b>[A-Z])\]|(?<b>[A-Z])[.)](?=\s|[A-Z]))\s*", RegexOptions.CultureInvariant)]
    private static partial Regex Bullet();

    [GeneratedRegex(@"E-?MAILS?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Email();

    [GeneratedRegex(@"\bTELCON\b|\bTELECON\b|PHONE CALL", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Telcon();

    [GeneratedRegex(@"(?:(?<year>\d{2})\s+)?(?<origin>[A-Za-z][A-Za-z .'-]*?[A-Za-z])\s+#?0*(?<serial>\d{1,7})\b", RegexOptions.CultureInvariant)]
    private static partial Regex CableRef();
}
