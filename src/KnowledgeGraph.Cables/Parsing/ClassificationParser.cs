using System.Text.RegularExpressions;

namespace KnowledgeGraph.Cables.Parsing;

/// <summary>Classification from the content banner (<c>C O N F I D E N T I A L SECTION 01 OF 02 TOKYO 005019</c>) and the reasons of the Classified By line.</summary>
internal static partial class ClassificationParser
{
    /// <summary>The banner's classification (<c>CONFIDENTIAL</c>, <c>SECRET//NOFORN</c>), or null.</summary>
    public static string? FromBanner(string content)
    {
        var m = Banner().Match(content);
        if (!m.Success)
        {
            return null;
        }

        var level = m.Groups["level"].Value.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
        level = level switch
        {
            "UNCLAS" => "UNCLASSIFIED",
            "LIMITEDOFFICIALUSE" => "LIMITED OFFICIAL USE",
            _ => level,
        };
        var tail = m.Groups["tail"].Value;
        if (NoForn().IsMatch(tail))
        {
            level += "//NOFORN";
        }
        else if (level == "UNCLASSIFIED" && ForOfficialUse().IsMatch(tail))
        {
            level += "//FOR OFFICIAL USE ONLY";
        }

        return level;
    }

    /// <summary>The (section serial, origin) named by the banner: <c>TOKYO 005019</c>.</summary>
    public static (string Origin, string Serial)? BannerId(string content)
    {
        var m = Banner().Match(content);
        if (!m.Success)
        {
            return null;
        }

        var id = BannerTrailer().Match(m.Groups["tail"].Value);
        return id.Success ? (id.Groups["origin"].Value, id.Groups["serial"].Value) : null;
    }

    /// <summary>Reasons such as <c>1.4 (B) (D)</c>, <c>1.4(b,d)</c>, <c>1.5 (B) AND (D)</c> → <c>1.4 (B)</c>, <c>1.4 (D)</c>.</summary>
    public static IReadOnlyList<string> Categories(string classifiedByText)
    {
        var result = new List<string>();
        foreach (Match reason in Reasons().Matches(classifiedByText))
        {
            var section = reason.Groups["section"].Value;
            foreach (Match letter in Letters().Matches(reason.Groups["letters"].Value))
            {
                var value = $"{section} ({letter.Value.ToUpperInvariant()})";
                if (!result.Contains(value))
                {
                    result.Add(value);
                }
            }
        }

        return result;
    }

    [GeneratedRegex(@"^\s*(?<level>C ?O ?N ?F ?I ?D ?E ?N ?T ?I ?A ?L|S ?E ?C ?R ?E ?T|U ?N ?C ?L ?A ?S ?S ?I ?F ?I ?E ?D|UNCLAS|LIMITED OFFICIAL USE)\b(?<tail>[^\n]*)", RegexOptions.Multiline | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Banner();

    [GeneratedRegex(@"N ?O ?F ?O ?R ?N", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NoForn();

    [GeneratedRegex(@"FOR OFFICIAL USE|FOUO|SENSITIVE", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ForOfficialUse();

    [GeneratedRegex(@"(?<origin>[A-Z][A-Z .'-]*?[A-Z])\s+0*(?<serial>\d{1,7})\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex BannerTrailer();

    [GeneratedRegex(@"(?<section>1\.[4-6])\s*(?<letters>(?:\(?\s*[a-hA-H]\s*\)?\s*(?:,|AND|and|&)?\s*)+)", RegexOptions.CultureInvariant)]
    private static partial Regex Reasons();

    [GeneratedRegex(@"(?<![a-zA-Z])[a-hA-H](?![a-zA-Z])", RegexOptions.CultureInvariant)]
    private static partial Regex Letters();
}
