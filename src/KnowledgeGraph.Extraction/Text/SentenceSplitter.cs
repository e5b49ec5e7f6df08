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
                Add(sentences, tokens, first, i);
                first = i;
            }

            if (t.Kind == TokenKind.Punctuation && t.Length >= 1 && text[t.Start] is '.' or '?' or '!' && !(t.Length > 1 && text[t.Start] == '.'))
            {
                var endIndex = i + 1;
                // A closing quote or parenthesis belongs to the sentence it closes.
                while (endIndex < tokens.Count && tokens[endIndex].Kind == TokenKind.Punctuation && text[tokens[endIndex].Start] is '"' or ')' or '\'' or '\u201D')
                {
                    endIndex++;
                }

                Add(sentences, tokens, first, endIndex);
                first = endIndex;
                i = endIndex - 1;
            }
        }

        if (first < tokens.Count)
        {
            Add(sentences, tokens, first, tokens.Count);
        }

        return sentences;
    }

    private static bool IsBullet(string text, Token t)
        => t.Kind == TokenKind.Punctuation && (text[t.Start] == '\u00B6' || (text[t.Start] == '-' && t.Length >= 2));

    private static void Add(List<Sentence> sentences, IReadOnlyList<Token> tokens, int first, int end)
    {
        if (end > first)
        {
            sentences.Add(new Sentence(first, end, tokens[first].Start, tokens[end - 1].End));
        }
    }
}
