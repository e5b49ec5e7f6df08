namespace KnowledgeGraph.Extraction.Text;

/// <summary>
/// Groups tokens into sentences: a period, question or exclamation mark token ends one (abbreviations kept
/// their periods in the tokenizer), and so do blank lines, bullets ("--" at a line start) and paragraph marks.
/// Runaway sentences are cut at <see cref="MaxTokens"/> so every later per-sentence step stays linear overall.
/// </summary>
internal static class SentenceSplitter
{
    public const int MaxTokens = 160;

    public static List<Sentence> Split(string text, IReadOnlyList<Token> tokens)
    {
        var sentences = new List<Sentence>(tokens.Count / 20 + 1);
        var first = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            if (i > first && (t.BlankLineBefore || (t.NewLineBefore && IsBullet(text, t)) || (i - first) >= MaxTokens))
            {
                Add(sentences, text, tokens, first, i);
                first = i;
            }

            if (t.Kind == TokenKind.Punctuation && t.Length >= 1 && text[t.Start] is '.' or '?' or '!' && !(t.Length > 1 && text[t.Start] == '.')
                && !IsParagraphNumber(text, tokens, first, i))
            {
                var endIndex = i + 1;
                // A closing quote or parenthesis belongs to the sentence it closes.
                while (endIndex < tokens.Count && tokens[endIndex].Kind == TokenKind.Punctuation && text[tokens[endIndex].Start] is '"' or ')' or '\'' or '\u201D')
                {
                    endIndex++;
                }

                Add(sentences, text, tokens, first, endIndex);
                first = endIndex;
                i = endIndex - 1;
            }
        }

        if (first < tokens.Count)
        {
            Add(sentences, text, tokens, first, tokens.Count);
        }

        return sentences;
    }

    /// <summary>The period of "¶2." or of a "2." at the start of a line is a paragraph number, not a sentence end.</summary>
    private static bool IsParagraphNumber(string text, IReadOnlyList<Token> tokens, int first, int i)
        => i > first && i - first <= 2 && tokens[i - 1].Kind == TokenKind.Number && tokens[i - 1].Length <= 3
           && (i - 1 == first || text[tokens[i - 2].Start] == '\u00B6');

    /// <summary>Leading "¶2.", "2." and "(C)", "(SBU)", "(S/NF)" belong to the paragraph, not to its first sentence.</summary>
    private static int SkipParagraphMarking(string text, IReadOnlyList<Token> tokens, int first, int end)
    {
        if (first < end && text[tokens[first].Start] == '\u00B6')
        {
            first++;
        }

        if (first + 1 < end && tokens[first].Kind == TokenKind.Number && tokens[first].Length <= 3 && text[tokens[first + 1].Start] == '.' && tokens[first + 1].Length == 1)
        {
            first += 2;
        }

        if (first < end && text[tokens[first].Start] == '(')
        {
            var k = first + 1;
            while (k < end && k - first < 6 && text[tokens[k].Start] != ')' && (tokens[k].Kind == TokenKind.Word || text[tokens[k].Start] == '/')
                   && !tokens[k].Span(text).ContainsAnyInRange('a', 'z'))
            {
                k++;
            }

            if (k < end && k > first + 1 && text[tokens[k].Start] == ')')
            {
                first = k + 1;
            }
        }

        return first;
    }

    private static bool IsBullet(string text, Token t)
        => t.Kind == TokenKind.Punctuation && (text[t.Start] == '\u00B6' || (text[t.Start] == '-' && t.Length >= 2));

    private static void Add(List<Sentence> sentences, string text, IReadOnlyList<Token> tokens, int first, int end)
    {
        first = SkipParagraphMarking(text, tokens, first, end);
        if (end > first)
        {
            sentences.Add(new Sentence(first, end, tokens[first].Start, tokens[end - 1].End));
        }
    }
}
