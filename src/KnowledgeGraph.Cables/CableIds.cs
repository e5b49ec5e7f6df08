using System.Text;
using System.Text.RegularExpressions;
using KnowledgeGraph.Cables.Internal;

namespace KnowledgeGraph.Cables;

/// <summary>
/// The one place that decides canonical cable ids (<c>07TOKYO5019</c>): two-digit year, canonical origin
/// (upper case, no spaces or punctuation, alternative spellings mapped), serial without leading zeros.
/// Known malformed/invalid WikiLeaks ids are corrected from <c>Data/id-corrections.tsv</c>.
/// </summary>
public static partial class CableIds
{
    private static readonly IReadOnlyDictionary<string, string> Corrections = EmbeddedData.Map("id-corrections.tsv");
    private static readonly IReadOnlyDictionary<string, string> OriginAliases = EmbeddedData.Map("origin-aliases.tsv");

    /// <summary>Canonical form of a cable id as written (<c>05RIO123</c> → <c>05RIODEJANEIRO123</c>, <c>2004CARACA02200</c> → <c>04CARACAS2200</c>).</summary>
    public static string Canonicalize(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        var compact = Compact(id);
        if (Corrections.TryGetValue(compact, out var corrected))
        {
            compact = Compact(corrected);
        }

        var match = IdPattern().Match(compact);
        if (!match.Success)
        {
            return compact;
        }

        var year = match.Groups["year"].Value;
        return FromParts(year[^2..], match.Groups["origin"].Value, match.Groups["serial"].Value);
    }

    /// <summary>Builds a canonical id from a year (two or four digits), a station as written (<c>PORT AU PRINCE</c>) and a serial (<c>005019</c>).</summary>
    public static string FromParts(string year, string origin, string serial)
    {
        var yy = year.Length >= 2 ? year[^2..] : year.PadLeft(2, '0');
        var station = CanonicalOrigin(origin);
        var number = serial.TrimStart('0');
        return yy + station + (number.Length == 0 ? "0" : number);
    }

    /// <summary>Canonical station name for the origin part of an id (<c>HAGUE</c> → <c>THEHAGUE</c>).</summary>
    public static string CanonicalOrigin(string origin)
    {
        var station = Compact(origin);
        if (station.StartsWith("EMBASSY", StringComparison.Ordinal) && station.Length > 7)
        {
            station = station[7..];
        }

        return OriginAliases.TryGetValue(station, out var alias) ? alias : station;
    }

    /// <summary>True when the text has the shape of a cable id (<c>07TOKYO5019</c>, <c>2004CARACA02200</c>).</summary>
    public static bool LooksLikeId(string text) => IdPattern().IsMatch(Compact(text));

    private static string Compact(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                builder.Append(char.ToUpperInvariant(c));
            }
        }

        return builder.ToString();
    }

    [GeneratedRegex(@"^(?<year>\d{2}|(?:19|20)\d{2})(?<origin>[A-Z][A-Z0-9]*?[A-Z])(?<serial>\d{1,7})$", RegexOptions.CultureInvariant)]
    private static partial Regex IdPattern();
}
