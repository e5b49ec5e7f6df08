using KnowledgeGraph.Cables.Internal;
using KnowledgeGraph.Cables.Model;

namespace KnowledgeGraph.Cables.Parsing;

/// <summary>
/// TO and INFO addressees of the routing header, with routes, precedence, MCN and XMT exclusions. The header is read
/// line by line as spans (it was split into strings and matched by five patterns, twice per cable): only the parts that
/// end up in a <see cref="Recipient"/> become strings. <see cref="RecipientLine"/> reads one addressee.
/// </summary>
internal static class RecipientParser
{
    /// <summary>The words that end a section, as <c>^(FM|BT|ZEN|ZFR|ZNY|ZNR|NNNN)\b</c> matched them.</summary>
    private static readonly string[] StopWords = ["FM", "BT", "ZEN", "ZFR", "ZNY", "ZNR", "NNNN"];

    public static IReadOnlyList<Recipient> ParseTo(string header) => Parse(header, info: false);

    public static IReadOnlyList<Recipient> ParseInfo(string header) => Parse(header, info: true);

    private static List<Recipient> Parse(string header, bool info)
    {
        var result = new List<Recipient>();
        var inSection = false;
        var inXmt = false;
        List<string>? excluded = null;
        foreach (var range in header.AsSpan().Split('\n'))
        {
            var line = header.AsSpan(range).Trim();
            if (line.Length == 0)
            {
                if (inSection && result.Count > 0)
                {
                    break;
                }

                continue;
            }

            var section = SectionStart(line, out var isInfo);
            if (section > 0)
            {
                if (inSection && isInfo != info)
                {
                    break; // TO ends at INFO; INFO ends at anything that starts another section
                }

                inSection = isInfo == info;
                inXmt = false;
                line = line[section..].Trim();
                if (!inSection || line.Length == 0)
                {
                    continue;
                }
            }
            else if (!inSection)
            {
                continue;
            }
            else if (IsStopLine(line))
            {
                break;
            }

            if (IsPageHeader(line))
            {
                continue;
            }

            var xmt = XmtLength(line);
            if (xmt > 0)
            {
                inXmt = true;
                if (result.Count > 0)
                {
                    excluded = [];
                    result[^1] = result[^1] with { Excluded = excluded };
                }

                line = line[xmt..].Trim();
                if (line.Length == 0)
                {
                    continue;
                }
            }

            if (inXmt)
            {
                excluded?.Add(line.ToString());
                continue;
            }

            result.Add(RecipientLine.Read(line));
        }

        return result;
    }

    /// <summary>The length of <c>^(TO|INFO)\b\s*</c> at the line start, or 0.</summary>
    private static int SectionStart(ReadOnlySpan<char> line, out bool isInfo)
    {
        isInfo = RegexChars.StartsWithWord(line, "INFO");
        var word = isInfo ? 4 : RegexChars.StartsWithWord(line, "TO") ? 2 : 0;
        if (word == 0)
        {
            return 0;
        }

        while (word < line.Length && RegexChars.IsSpace(line[word]))
        {
            word++;
        }

        return word;
    }

    /// <summary><c>^(FM|BT|ZEN|ZFR|ZNY|ZNR|NNNN)\b|^[OPRZ]{1,2} \d{6}Z</c>: the line starts the next part of the header.</summary>
    private static bool IsStopLine(ReadOnlySpan<char> line)
    {
        foreach (var word in StopWords)
        {
            if (RegexChars.StartsWithWord(line, word))
            {
                return true;
            }
        }

        // A date-time group with its precedence ("O 241012Z", "ZZ 241012Z").
        var p = 0;
        while (p < 2 && p < line.Length && line[p] is 'O' or 'P' or 'R' or 'Z')
        {
            p++;
        }

        // Giving back a letter never helps: the character after it is a letter, not the space.
        return p > 0 && IsDateTimeGroup(line[p..]);
    }

    /// <summary><c>^ \d{6}Z</c>.</summary>
    private static bool IsDateTimeGroup(ReadOnlySpan<char> text)
    {
        if (text.Length < 8 || text[0] != ' ' || text[7] != 'Z')
        {
            return false;
        }

        foreach (var c in text[1..7])
        {
            if (!RegexChars.IsDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary><c>^PAGE \d+\b</c>: a page header of the printout.</summary>
    private static bool IsPageHeader(ReadOnlySpan<char> line)
    {
        if (!line.StartsWith("PAGE ", StringComparison.Ordinal))
        {
            return false;
        }

        var end = 5;
        while (end < line.Length && RegexChars.IsDigit(line[end]))
        {
            end++;
        }

        // Backing off a digit never helps: \b between two digits fails.
        return end > 5 && RegexChars.IsBoundary(line, end);
    }

    /// <summary>The length of <c>^XMT\b[ /]*</c> (the exclusion prosign), or 0.</summary>
    private static int XmtLength(ReadOnlySpan<char> line)
    {
        if (!RegexChars.StartsWithWord(line, "XMT"))
        {
            return 0;
        }

        var end = 3;
        while (end < line.Length && line[end] is ' ' or '/')
        {
            end++;
        }

        return end;
    }
}
