namespace KnowledgeGraph.Cables.Internal;

/// <summary>Small text helpers shared by the parsers.</summary>
internal static class TextLines
{
    /// <summary>Line endings to <c>\n</c>, no trailing spaces on lines, NUL and BOM dropped.</summary>
    public static string Normalize(string text)
    {
        if (text.Length == 0)
        {
            return text;
        }

        var builder = new System.Text.StringBuilder(text.Length);
        var lineStart = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r')
            {
                if (i + 1 < text.Length && text[i + 1] == '\n')
                {
                    continue;
                }

                c = '\n';
            }

            if (c == '\n')
            {
                TrimEnd(builder, lineStart);
                builder.Append('\n');
                lineStart = builder.Length;
                continue;
            }

            if (c is '\0' or '\uFEFF')
            {
                continue;
            }

            builder.Append(c == '\t' ? ' ' : c);
        }

        TrimEnd(builder, lineStart);
        return builder.ToString();
    }

    /// <summary>Collapses runs of whitespace (including line breaks) to one space and trims.</summary>
    public static string Squash(string text)
    {
        var builder = new System.Text.StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = builder.Length > 0;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    private static void TrimEnd(System.Text.StringBuilder builder, int lineStart)
    {
        var end = builder.Length;
        while (end > lineStart && builder[end - 1] is ' ' or '\t' or '\u00A0')
        {
            end--;
        }

        builder.Length = end;
    }
}
