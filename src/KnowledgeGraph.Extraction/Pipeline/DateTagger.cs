using KnowledgeGraph.Extraction.Gazetteer;
using KnowledgeGraph.Extraction.Text;

namespace KnowledgeGraph.Extraction.Pipeline;

/// <summary>
/// Finds date expressions ("October 23", "Oct. 25", "23 October 2007", "November 5-6", "Nov 30-Dec 2", "on Monday",
/// "yesterday") and resolves them against the cable date; the one place that decides date resolution.
/// A day and month without a year take the year that puts them nearest the cable date.
/// </summary>
internal sealed class DateTagger : IExtractionStage
{
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
            // Every date word is in the lexicon vocabulary: a token without a word id is none.
            if (tokens[i].Kind != TokenKind.Word || document.WordIds[i] == Vocabulary.Unknown
                || !document.Lexicon.DateWords.TryGetValue(document.TokenSpan(i), out var word))
            {
                continue;
            }

            if (word.Kind == DateWordKind.Month)
            {
                var month = word.Value;
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
                        else if (end + 2 < n && Month(document, end + 1) is { } month2 && TryDay(document, end + 2, out day2))
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
            else if (word.Kind == DateWordKind.Weekday && i > 0
                     && (document.TokenIs(i - 1, "on") || document.TokenIs(i - 1, "last") || document.TokenIs(i - 1, "next")))
            {
                var forward = document.TokenIs(i - 1, "next");
                var date = cableDate;
                for (var k = 0; k < 7 && date.DayOfWeek != word.Weekday; k++)
                {
                    date = forward ? date.AddDays(1) : date.AddDays(-1);
                }

                if (forward && date == cableDate)
                {
                    date = date.AddDays(7);
                }

                document.Dates.Add(new DateMention(i, i + 1, date, null));
            }
            else if (word.Kind == DateWordKind.Relative)
            {
                document.Dates.Add(new DateMention(i, i + 1, cableDate.AddDays(word.Value), null));
            }
        }
    }

    private static int? Month(CableDocument document, int index)
        => document.Lexicon.DateWords.TryGetValue(document.TokenSpan(index), out var w) && w.Kind == DateWordKind.Month ? w.Value : null;

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
