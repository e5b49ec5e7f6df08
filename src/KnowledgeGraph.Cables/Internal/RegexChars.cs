namespace KnowledgeGraph.Cables.Internal;

/// <summary>
/// The character classes of .NET regular expressions, for the hand-written scanners that replace a pattern and must
/// match exactly what it matched: <c>\s</c>, <c>\d</c> and the word characters of <c>\b</c> are Unicode classes, not ASCII.
/// </summary>
internal static class RegexChars
{
    /// <summary><c>\s</c>: the same set as <see cref="char.IsWhiteSpace(char)"/>.</summary>
    public static bool IsSpace(char c) => char.IsWhiteSpace(c);

    /// <summary><c>\d</c>: a Unicode decimal digit (<c>\p{Nd}</c>).</summary>
    public static bool IsDigit(char c) => char.IsDigit(c);

    /// <summary>A word character as <c>\b</c> sees it: <c>[\p{L}\p{Mn}\p{Nd}\p{Pc}]</c> and the zero-width (non-)joiners.</summary>
    public static bool IsBoundaryWordChar(char c)
    {
        if (char.IsAsciiLetterOrDigit(c) || c == '_')
        {
            return true;
        }

        if (c < 128)
        {
            return false;
        }

        if (c is '\u200C' or '\u200D')
        {
            return true;
        }

        var category = char.GetUnicodeCategory(c);
        return category <= System.Globalization.UnicodeCategory.OtherLetter
            || category is System.Globalization.UnicodeCategory.NonSpacingMark
                or System.Globalization.UnicodeCategory.DecimalDigitNumber
                or System.Globalization.UnicodeCategory.ConnectorPunctuation;
    }

    /// <summary>True when <c>\b</c> holds at <paramref name="index"/> of <paramref name="text"/>.</summary>
    public static bool IsBoundary(ReadOnlySpan<char> text, int index)
    {
        var before = index > 0 && IsBoundaryWordChar(text[index - 1]);
        var after = index < text.Length && IsBoundaryWordChar(text[index]);
        return before != after;
    }

    /// <summary>True when <paramref name="text"/> starts with <paramref name="word"/> followed by <c>\b</c> (the word ends in a word character).</summary>
    public static bool StartsWithWord(ReadOnlySpan<char> text, string word)
        => text.StartsWith(word, StringComparison.Ordinal) && (text.Length == word.Length || !IsBoundaryWordChar(text[word.Length]));
}
