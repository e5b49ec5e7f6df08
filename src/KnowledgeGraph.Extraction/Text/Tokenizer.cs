namespace KnowledgeGraph.Extraction.Text;

/// <summary>
/// Splits text into word, number and punctuation tokens in one left-to-right pass (linear time, no regex).
/// Knows cable abbreviations: <c>U.S.</c> and initials keep their periods, and so do the abbreviations of the
/// lexicon (<c>Oct.</c>, <c>Amb.</c>, <c>Dr.</c>), so a period left as its own token ends a sentence.
/// Hyphens, slashes and possessive <c>'s</c> are separate tokens so that lexicon phrases tokenize the same way.
/// </summary>
internal sealed class Tokenizer
{
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _abbreviations;

    public Tokenizer(IEnumerable<string> abbreviations)
    {
        var set = new HashSet<string>(abbreviations, StringComparer.OrdinalIgnoreCase);
        _abbreviations = set.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public List<Token> Tokenize(string text) => Tokenize(text, 0, text.Length);

    public List<Token> Tokenize(string text, int start, int end)
    {
        var tokens = new List<Token>(Math.Max(16, (end - start) / 5));
        var newLines = 0;
        var i = start;
        while (i < end)
        {
            var c = text[i];
            if (c == '\n')
            {
                newLines++;
                i++;
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            var tokenStart = i;
            TokenKind kind;
            if (char.IsLetter(c))
            {
                kind = TokenKind.Word;
                i = ScanWord(text, i, end);
            }
            else if (char.IsDigit(c))
            {
                kind = TokenKind.Number;
                i = ScanNumber(text, i, end);
            }
            else
            {
                kind = TokenKind.Punctuation;
                i++;
                // Runs of the same mark ("--", "...") are one token.
                if (c is '-' or '.' or '=' or '_' or '*')
                {
                    while (i < end && text[i] == c)
                    {
                        i++;
                    }
                }
                else if (c is '\'' or '\u2019' && i < end && (text[i] is 's' or 'S') && (i + 1 >= end || !char.IsLetterOrDigit(text[i + 1])))
                {
                    // possessive 's
                    kind = TokenKind.Word;
                    i++;
                }
            }

            tokens.Add(new Token(tokenStart, i, kind, newLines > 0, newLines > 1));
            newLines = 0;
        }

        return tokens;
    }

    private int ScanWord(string text, int i, int end)
    {
        var start = i;
        while (i < end)
        {
            var c = text[i];
            if (char.IsLetterOrDigit(c))
            {
                i++;
            }
            else if (c is '\'' or '\u2019' && i + 1 < end && char.IsLetter(text[i + 1])
                     && !((text[i + 1] is 's' or 'S') && (i + 2 >= end || !char.IsLetterOrDigit(text[i + 2]))))
            {
                i++; // N'Djamena, d'Affaires; but not the possessive 's
            }
            else
            {
                break;
            }
        }

        if (i < end && text[i] == '.')
        {
            // Dotted single letters: U.S., U.S.A., U.N., A.M. (and initials such as "J.").
            if (i - start == 1)
            {
                var j = i + 1;
                while (j + 1 < end && char.IsLetter(text[j]) && text[j + 1] == '.')
                {
                    j += 2;
                }

                return j;
            }

            if (_abbreviations.Contains(text.AsSpan(start, i - start)))
            {
                return i + 1;
            }
        }

        return i;
    }

    private static int ScanNumber(string text, int i, int end)
    {
        while (i < end)
        {
            var c = text[i];
            if (char.IsLetterOrDigit(c))
            {
                i++;
            }
            else if (c is '.' or ',' or ':' && i + 1 < end && char.IsDigit(text[i + 1]))
            {
                i++;
            }
            else
            {
                break;
            }
        }

        return i;
    }
}
