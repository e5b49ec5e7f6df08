using System.Globalization;
using System.Text.RegularExpressions;

namespace KnowledgeGraph.Cables.Parsing;

/// <summary>Transmission id, date-time group (created, precedence), FM line and the DE serial of a routing header.</summary>
internal static partial class RoutingHeaderParser
{
    private static readonly string[] Months = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"];

    public static string? TransmissionId(string header)
    {
        var m = Transmission().Match(header);
        return m.Success ? m.Groups[1].Value : null;
    }

    /// <summary>The date-time group (<c>O 260849Z OCT 07</c>) as UTC, with the precedence its prosign names.</summary>
    public static (DateTimeOffset? Created, string? Precedence) DateTimeGroup(string text)
    {
        foreach (Match m in Dtg().Matches(text))
        {
            var month = Array.IndexOf(Months, m.Groups["mon"].Value.ToUpperInvariant()) + 1;
            var year = int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture);
            if (year < 100)
            {
                year += year > 40 ? 1900 : 2000;
            }

            var day = int.Parse(m.Groups["day"].Value, CultureInfo.InvariantCulture);
            var hour = int.Parse(m.Groups["hh"].Value, CultureInfo.InvariantCulture);
            var minute = int.Parse(m.Groups["mm"].Value, CultureInfo.InvariantCulture);
            if (month < 1 || day < 1 || day > DateTime.DaysInMonth(year, month) || hour > 23 || minute > 59)
            {
                continue;
            }

            var precedence = m.Groups["prec"].Success ? PrecedenceName(m.Groups["prec"].Value) : null;
            return (new DateTimeOffset(year, month, day, hour, minute, 0, TimeSpan.Zero), precedence);
        }

        return (null, null);
    }

    /// <summary>The sender from the <c>FM</c> line (<c>AMEMBASSY TOKYO</c>).</summary>
    public static string? From(string header)
    {
        var m = FromLine().Match(header);
        return m.Success ? m.Groups[1].Value.Trim() : null;
    }

    private static string? PrecedenceName(string prosign) => prosign.Trim()[0] switch
    {
        'Z' => "FLASH",
        'O' => "IMMEDIATE",
        'P' => "PRIORITY",
        'R' => "ROUTINE",
        _ => null,
    };

    [GeneratedRegex(@"^\s*(VZCZC[A-Z0-9]+)", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex Transmission();

    [GeneratedRegex(@"^\s*(?:(?<prec>[OPRZ](?: ?[OPRZ])?)\s+)?(?<day>\d{2})(?<hh>\d{2})(?<mm>\d{2})Z\s+(?<mon>[A-Za-z]{3})\s+(?<year>\d{2}|\d{4})\b", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex Dtg();

    [GeneratedRegex(@"^\s*FM\s+(.+)$", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex FromLine();
}
