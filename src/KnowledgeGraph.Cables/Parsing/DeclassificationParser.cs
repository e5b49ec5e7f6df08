using System.Buffers;
using System.Globalization;
using System.Text.RegularExpressions;

namespace KnowledgeGraph.Cables.Parsing;

/// <summary>The nondisclosure deadline of the <c>E.O. 12958: DECL: 10/26/2016</c> line.</summary>
internal static partial class DeclassificationParser
{
    /// <summary>"DECL" in any case (SearchValues: Contains with OrdinalIgnoreCase is scalar in invariant globalization mode).</summary>
    private static readonly SearchValues<string> Decl = SearchValues.Create(["DECL"], StringComparison.OrdinalIgnoreCase);

    public static DateOnly? Parse(string content)
    {
        // The pattern needs "DECL" (its case folding of these letters is OrdinalIgnoreCase's); without it, it stopped at every 'e'.
        if (!content.AsSpan().ContainsAny(Decl))
        {
            return null;
        }

        var m = DeclLine().Match(content);
        if (!m.Success)
        {
            return null;
        }

        var d = m.Groups["date"].Value;
        var parts = d.Split('/');
        int year, month, day;
        if (parts[0].Length == 4)
        {
            year = int.Parse(parts[0], CultureInfo.InvariantCulture);
            month = int.Parse(parts[1], CultureInfo.InvariantCulture);
            day = int.Parse(parts[2], CultureInfo.InvariantCulture);
        }
        else
        {
            month = int.Parse(parts[0], CultureInfo.InvariantCulture);
            day = int.Parse(parts[1], CultureInfo.InvariantCulture);
            year = int.Parse(parts[2], CultureInfo.InvariantCulture);
            if (parts[2].Length <= 2)
            {
                year += 2000;
            }
        }

        return month is >= 1 and <= 12 && day >= 1 && year is > 1900 and < 2200 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day)
            : null;
    }

    [GeneratedRegex(@"E\.?\s?O\.?\s*\d+\s*:?\s*DECL\s*:?\s*(?<date>\d{4}/\d{1,2}/\d{1,2}|\d{1,2}/\d{1,2}/\d{2,4})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DeclLine();
}
