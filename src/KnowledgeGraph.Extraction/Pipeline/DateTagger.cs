using KnowledgeGraph.Extraction.Text;

namespace KnowledgeGraph.Extraction.Pipeline;

/// <summary>
/// Finds date expressions ("October 23", "Oct. 25", "23 October 2007", "November 5-6", "Nov 30-Dec 2", "on Monday",
/// "yesterday") and resolves them against the cable date; the one place that decides date resolution.
/// A day and month without a year take the year that puts them nearest the cable date.
/// </summary>
internal sealed class DateTagger : IExtractionStage
{
    private static readonly Dictionary<string, int> Months = new(StringComparer.OrdinalIgnoreCase)
    {
        ["January"] = 1, ["Jan"] = 1, ["Jan."] = 1, ["February"] = 2, ["Feb"] = 2, ["Feb."] = 2, ["March"] = 3, ["Mar."] = 3,
        ["April"] = 4, ["Apr"] = 4, ["Apr."] = 4, ["May"] = 5, ["June"] = 6, ["Jun"] = 6, ["Jun."] = 6, ["July"] = 7, ["Jul"] = 7,
        ["Jul."] = 7, ["August"] = 8, ["Aug"] = 8, ["Aug."] = 8, ["September"] = 9, ["Sep"] = 9, ["Sep."] = 9, ["Sept"] = 9,
        ["Sept."] = 9, ["October"] = 10, ["Oct"] = 10, ["Oct."] = 10, ["November"] = 11, ["Nov"] = 11, ["Nov."] = 11,
        ["December"] = 12, ["Dec"] = 12, ["Dec."] = 12,
    };

    private static readonly Dictionary<string, DayOfWeek> Weekdays = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Monday"] = DayOfWeek.Monday, ["Tuesday"] = DayOfWeek.Tuesday, ["Wednesday"] = DayOfWeek.Wednesday,
        ["Thursday"] = DayOfWeek.Thursday, ["Friday"] = DayOfWeek.Friday, ["Saturday"] = DayOfWeek.Saturday, ["Sunday"] = DayOfWeek.Sunday,
    };

    private static readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> MonthLookup = Months.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly Dictionary<string, DayOfWeek>.AlternateLookup<ReadOnlySpan<char>> WeekdayLookup = Weekdays.GetAlternateLookup<ReadOnlySpan<char>>();

    public void Run(CableDocument document)
    {
        if (document.CableDate is not { } cableDate)
        {
            return;
        }

        var tokens = document.Tokens;
        var n = tokens.Count;
        for (var i = 0; i < n; i++)
        {
            if (tokens[i].Kind != TokenKind.Word)
            {
                continue;
            }

            var span = document.TokenSpan(i);
            if (MonthLookup.TryGetValue(span, out var month))
            {
                // "May" is also a verb: only a month when a day number follows or precedes.
                if (TryDay(document, i + 1, out var day))
                {
                    var end = i + 2;
                    var year = TryYear(document, ref end);
                    DateOnly? rangeEnd = null;
                    // November 5-6, November 30-December 2
                    if (end + 1 < n && IsDash(document, end))
                    {
                        if (TryDay(document, end + 1, out var day2))
                        {
                            var e2 = end + 2;
                            var y2 = TryYear(document, ref e2) ?? year;
                            rangeEnd = Make(cableDate, y2, month, day2);
                            end = e2;
                            year ??= y2;
                        }
                        else if (end + 2 < n && MonthLookup.TryGetValue(document.TokenSpan(end + 1), out var month2) && TryDay(document, end + 2, out day2))
                        {
                            var e2 = end + 3;
                            var y2 = TryYear(document, ref e2) ?? year;
                            rangeEnd = Make(cableDate, y2, month2, day2);
                            end = e2;
                            year ??= y2;
                        }
                    }

                    if (Make(cableDate, year, month, day) is { } date)
                    {
                        document.Dates.Add(new DateMention(i, end, date, rangeEnd is { } r && r > date ? r : null));
                        i = end - 1;
                    }
                }
                else if (i > 0 && TryDay(document, i - 1, out day) && (document.Dates.Count == 0 || document.Dates[^1].EndToken <= i - 1))
                {
                    var end = i + 1;
                    var year = TryYear(document, ref end);
                    if (Make(cableDate, year, month, day) is { } date)
                    {
                        document.Dates.Add(new DateMention(i - 1, end, date, null));
                        i = end - 1;
                    }
                }
            }
            else if (WeekdayLookup.TryGetValue(span, out var weekday) && i > 0
                     && (document.TokenIs(i - 1, "on") || document.TokenIs(i - 1, "last") || document.TokenIs(i - 1, "next")))
            {
                var forward = document.TokenIs(i - 1, "next");
                var date = cableDate;
                for (var k = 0; k < 7 && date.DayOfWeek != weekday; k++)
                {
                    date = forward ? date.AddDays(1) : date.AddDays(-1);
                }

                if (forward && date == cableDate)
                {
                    date = date.AddDays(7);
                }

                document.Dates.Add(new DateMention(i, i + 1, date, null));
            }
            else if (span.Equals("yesterday", StringComparison.OrdinalIgnoreCase))
            {
                document.Dates.Add(new DateMention(i, i + 1, cableDate.AddDays(-1), null));
            }
            else if (span.Equals("today", StringComparison.OrdinalIgnoreCase) || span.Equals("tomorrow", StringComparison.OrdinalIgnoreCase))
            {
                document.Dates.Add(new DateMention(i, i + 1, span.Length == 5 ? cableDate : cableDate.AddDays(1), null));
            }
        }
    }

    private static bool IsDash(CableDocument document, int index)
        => document.Tokens[index].Kind == TokenKind.Punctuation && document.Text[document.Tokens[index].Start] is '-' or '\u2013' && document.Tokens[index].Length == 1
           || document.TokenIs(index, "to") || document.TokenIs(index, "through");

    private static bool TryDay(CableDocument document, int index, out int day)
    {
        day = 0;
        if (index >= document.Tokens.Count || document.Tokens[index].Kind != TokenKind.Number)
        {
            return false;
        }

        var span = document.TokenSpan(index);
        var digits = 0;
        while (digits < span.Length && char.IsDigit(span[digits]))
        {
            digits++;
        }

        var suffix = span[digits..];
        if (digits is < 1 or > 2 || !(suffix.IsEmpty || suffix.Equals("st", StringComparison.OrdinalIgnoreCase) || suffix.Equals("nd", StringComparison.OrdinalIgnoreCase)
                                      || suffix.Equals("rd", StringComparison.OrdinalIgnoreCase) || suffix.Equals("th", StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        day = int.Parse(span[..digits]);
        return day is >= 1 and <= 31;
    }

    private static int? TryYear(CableDocument document, ref int end)
    {
        var k = end;
        if (k < document.Tokens.Count && document.TokenIs(k, ","))
        {
            k++;
        }

        if (k < document.Tokens.Count && document.Tokens[k].Kind == TokenKind.Number && document.Tokens[k].Length == 4
            && int.TryParse(document.TokenSpan(k), out var year) && year is > 1900 and < 2100)
        {
            end = k + 1;
            return year;
        }

        return null;
    }

    private static DateOnly? Make(DateOnly cableDate, int? year, int month, int day)
    {
        if (year is { } y)
        {
            return day <= DateTime.DaysInMonth(y, month) ? new DateOnly(y, month, day) : null;
        }

        // The year that puts the date nearest the cable date.
        DateOnly? best = null;
        foreach (var candidate in new[] { cableDate.Year, cableDate.Year - 1, cableDate.Year + 1 })
        {
            if (day > DateTime.DaysInMonth(candidate, month))
            {
                continue;
            }

            var d = new DateOnly(candidate, month, day);
            if (best is null || Math.Abs(d.DayNumber - cableDate.DayNumber) < Math.Abs(best.Value.DayNumber - cableDate.DayNumber))
            {
                best = d;
            }
        }

        return best;
    }
}
