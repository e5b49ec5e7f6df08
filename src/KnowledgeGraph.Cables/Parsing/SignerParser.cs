using System.Text.RegularExpressions;

using KnowledgeGraph.Cables.Internal;

namespace KnowledgeGraph.Cables.Parsing;

/// <summary>The signer surname(s) at the end of the cable text (<c>SCHIEFFER</c>).</summary>
internal static partial class SignerParser
{
    public static IReadOnlyList<string> Parse(string content) => Parse(content.Split('\n'), 0);

    public static IReadOnlyList<string> Parse(IReadOnlyList<string> lines, int start)
    {
        for (var i = lines.Count - 1; i >= start; i--)
        {
            var line = lines[i].Trim();
            if (line.Length == 0 || IsTrailerLine(line))
            {
                continue;
            }

            line = line.TrimEnd('#', '.', ' ');
            var name = NameLine().Match(line);
            if (name.Success)
            {
                return [TextLines.Squash(name.Groups[1].Value)];
            }

            var tail = SentenceThenName().Match(line);
            return tail.Success ? [tail.Groups[1].Value] : [];
        }

        return [];
    }

    /// <summary>
    /// The text before the signer's name when the name ends a line of text (<c>… in Parliament. BARZUN</c>),
    /// or null when the line is only the signature.
    /// </summary>
    public static string? TextBeforeSignature(string line)
    {
        var trimmed = line.Trim().TrimEnd('#', '.', ' ');
        if (NameLine().IsMatch(trimmed))
        {
            return null;
        }

        var tail = SentenceThenName().Match(trimmed);
        return tail.Success ? trimmed[..tail.Groups[1].Index].TrimEnd() : null;
    }

    /// <summary>Lines that may follow the signature: classification footers, page headers, end-of-message marks, notes.</summary>
    public static bool IsTrailerLine(string line) => Trailer().IsMatch(line.Trim());

    [GeneratedRegex(@"^(?:[-.>]|SIPDIS|NNNN|YYY|REGARDS|UNQUOTE|END TEXT\.?|GP-\d|(?:LIMITED OFFICIAL USE|CONFIDENTIAL|SECRET|UNCLASSIFIED|UNCLAS)(?: .*)?|PAGE \d+ .*|[A-Z ]+ \d{6,8} +\d{3}(?:\.\d+)? +(?:OF|of) +\d{3}|(?:19|20)\d\d[A-Z]+\d+.*|Declassified/Released .*|Review \d.*|NOTE\b.*|.*\bMINIMIZE CONSIDERED\.?)$", RegexOptions.CultureInvariant)]
    private static partial Regex Trailer();

    [GeneratedRegex(@"^((?:[A-Z][A-Za-z'\-]+|[A-Z][A-Z'\-]*)(?: [A-Z][A-Za-z'\-]+){0,2})$", RegexOptions.CultureInvariant)]
    private static partial Regex NameLine();

    [GeneratedRegex(@"[.!?""]\s+([A-Z][A-Z'\-]{2,})$", RegexOptions.CultureInvariant)]
    private static partial Regex SentenceThenName();
}
