using KnowledgeGraph.Cables.Internal;
using KnowledgeGraph.Cables.Model;

namespace KnowledgeGraph.Cables.Parsing;

/// <summary>
/// One addressee line (trimmed, not empty) as the pattern
/// <c>^(?:(?&lt;route&gt;[A-Z0-9]{4,8})/)?(?&lt;name&gt;.+?)(?:\s+(?&lt;prec&gt;NIACT IMMEDIATE|IMMEDIATE|PRIORITY|ROUTINE|FLASH))?(?:\s+(?&lt;mcn&gt;\d{4}))?$</c>
/// read it: <c>RUEHC/SECSTATE WASHDC IMMEDIATE 8984</c>. The lazy name ends at the first white space after which
/// only a precedence and/or an MCN follow, so the scanner tries the white-space runs from the left.
/// </summary>
internal static class RecipientLine
{
    private static readonly string[] Precedences = ["NIACT IMMEDIATE", "IMMEDIATE", "PRIORITY", "ROUTINE", "FLASH"];

    public static Recipient Read(ReadOnlySpan<char> line)
    {
        var route = RouteLength(line);
        var nameStart = route > 0 ? route + 1 : 0;
        for (var end = nameStart + 1; end < line.Length; end++)
        {
            if (RegexChars.IsSpace(line[end]) && Tail(line[end..], out var precedence, out var mcn))
            {
                return new Recipient(
                    route > 0 ? line[..route].ToString() : null,
                    line[nameStart..end].Trim().ToString(),
                    precedence,
                    mcn,
                    []);
            }
        }

        return new Recipient(route > 0 ? line[..route].ToString() : null, line[nameStart..].Trim().ToString(), null, null, []);
    }

    /// <summary>
    /// The length of the route before its slash (<c>[A-Z0-9]{4,8}/</c> at the start), or 0; a route needs a name after it,
    /// else the pattern reads the whole line as the name.
    /// </summary>
    private static int RouteLength(ReadOnlySpan<char> line)
    {
        var n = 0;
        while (n < line.Length && n <= 8 && (char.IsAsciiLetterUpper(line[n]) || char.IsAsciiDigit(line[n])))
        {
            n++;
        }

        return n is >= 4 and <= 8 && n + 1 < line.Length && line[n] == '/' ? n : 0;
    }

    /// <summary>
    /// True when <paramref name="tail"/> (starting with white space) is <c>(?:\s+PRECEDENCE)?(?:\s+\d{4})?</c> and nothing
    /// more; gives the precedence and MCN it holds.
    /// </summary>
    private static bool Tail(ReadOnlySpan<char> tail, out string? precedence, out string? mcn)
    {
        precedence = mcn = null;
        var rest = tail.TrimStart();
        foreach (var word in Precedences)
        {
            if (rest.StartsWith(word, StringComparison.Ordinal))
            {
                var after = rest[word.Length..];
                if (after.IsEmpty || RegexChars.IsSpace(after[0]) && IsMcn(after.TrimStart()))
                {
                    precedence = word;
                    mcn = after.IsEmpty ? null : after.TrimStart().ToString();
                    return true;
                }
            }
        }

        if (IsMcn(rest))
        {
            mcn = rest.ToString();
            return true;
        }

        return false;
    }

    /// <summary><c>\d{4}$</c>.</summary>
    private static bool IsMcn(ReadOnlySpan<char> text)
        => text.Length == 4 && RegexChars.IsDigit(text[0]) && RegexChars.IsDigit(text[1]) && RegexChars.IsDigit(text[2]) && RegexChars.IsDigit(text[3]);
}
