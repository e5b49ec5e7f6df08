using System.Text.RegularExpressions;
using KnowledgeGraph.Cables.Model;

namespace KnowledgeGraph.Cables.Parsing;

/// <summary>TO and INFO addressees of the routing header, with routes, precedence, MCN and XMT exclusions.</summary>
internal static partial class RecipientParser
{
    public static IReadOnlyList<Recipient> ParseTo(string header) => Parse(header, info: false);

    public static IReadOnlyList<Recipient> ParseInfo(string header) => Parse(header, info: true);

    private static List<Recipient> Parse(string header, bool info)
    {
        var result = new List<Recipient>();
        var inSection = false;
        var inXmt = false;
        List<string>? excluded = null;
        foreach (var raw in header.Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0)
            {
                if (inSection && result.Count > 0)
                {
                    break;
                }

                continue;
            }

            var section = SectionStart().Match(line);
            if (section.Success)
            {
                var isInfo = section.Groups[1].Value.Equals("INFO", StringComparison.OrdinalIgnoreCase);
                if (inSection && isInfo != info)
                {
                    break; // TO ends at INFO; INFO ends at anything that starts another section
                }

                inSection = isInfo == info;
                inXmt = false;
                line = line[section.Length..].Trim();
                if (!inSection || line.Length == 0)
                {
                    continue;
                }
            }
            else if (!inSection)
            {
                continue;
            }
            else if (StopLine().IsMatch(line))
            {
                break;
            }

            if (PageHeader().IsMatch(line))
            {
                continue;
            }

            var xmt = Xmt().Match(line);
            if (xmt.Success)
            {
                inXmt = true;
                if (result.Count > 0)
                {
                    excluded = [];
                    result[^1] = result[^1] with { Excluded = excluded };
                }

                line = line[xmt.Length..].Trim();
                if (line.Length == 0)
                {
                    continue;
                }
            }

            if (inXmt)
            {
                excluded?.Add(line);
                continue;
            }

            var m = RecipientLine().Match(line);
            if (!m.Success)
            {
                continue;
            }

            result.Add(new Recipient(
                m.Groups["route"].Success ? m.Groups["route"].Value : null,
                m.Groups["name"].Value.Trim(),
                m.Groups["prec"].Success ? m.Groups["prec"].Value.ToUpperInvariant() : null,
                m.Groups["mcn"].Success ? m.Groups["mcn"].Value : null,
                []));
        }

        return result;
    }

    [GeneratedRegex(@"^(TO|INFO)\b\s*", RegexOptions.CultureInvariant)]
    private static partial Regex SectionStart();

    [GeneratedRegex(@"^(FM|BT|ZEN|ZFR|ZNY|ZNR|NNNN)\b|^[OPRZ]{1,2} \d{6}Z", RegexOptions.CultureInvariant)]
    private static partial Regex StopLine();

    [GeneratedRegex(@"^PAGE \d+\b", RegexOptions.CultureInvariant)]
    private static partial Regex PageHeader();

    [GeneratedRegex(@"^XMT\b[ /]*", RegexOptions.CultureInvariant)]
    private static partial Regex Xmt();

    [GeneratedRegex(@"^(?:(?<route>[A-Z0-9]{4,8})/)?(?<name>.+?)(?:\s+(?<prec>NIACT IMMEDIATE|IMMEDIATE|PRIORITY|ROUTINE|FLASH))?(?:\s+(?<mcn>\d{4}))?$", RegexOptions.CultureInvariant)]
    private static partial Regex RecipientLine();
}
