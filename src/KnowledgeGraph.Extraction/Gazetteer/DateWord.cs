namespace KnowledgeGraph.Extraction.Gazetteer;

/// <summary>A word of a date expression (Lexicons/date-words.tsv): a month (1–12), a weekday, or a day relative to the cable date.</summary>
internal sealed record DateWord(DateWordKind Kind, int Value)
{
    public DayOfWeek Weekday => (DayOfWeek)Value;
}

internal enum DateWordKind
{
    Month,
    Weekday,
    Relative,
}
