using KnowledgeGraph.Extraction.Gazetteer;

namespace KnowledgeGraph.Extraction.Pipeline;

/// <summary>
/// Gazetteer matching over the token stream: the entity layer (countries, organizations, titles; longest match
/// wins, organizations before titles before countries on ties), the topic layer (with abbreviations the cable
/// defines itself, "Northern Territories (NT)"), and meeting words.
/// </summary>
internal sealed class GazetteerTagger : IExtractionStage
{
    public void Run(CableDocument document)
    {
        var lexicon = document.Lexicon;
        var text = document.Text;
        var tokens = document.Tokens;
        var caps = document.AllCaps;
        var ids = document.WordIds;
        var n = tokens.Count;
        for (var i = 0; i < n;)
        {
            // A word in no phrase starts none (the tries would say so too, at three calls a token).
            if (tokens[i].Kind == Text.TokenKind.Punctuation || ids[i] == Vocabulary.Unknown)
            {
                i++;
                continue;
            }

            var org = lexicon.Organizations.Longest(text, tokens, ids, i, n, caps);
            var title = lexicon.Titles.Longest(text, tokens, ids, i, n, caps);
            var country = lexicon.Countries.Longest(text, tokens, ids, i, n, caps);
            var best = Length(org);
            var kind = SpanKind.Organization;
            object? value = org?.Value;
            if (Length(title) > best)
            {
                best = Length(title);
                kind = SpanKind.Title;
                value = title!.Value;
            }

            if (Length(country) > best)
            {
                best = Length(country);
                kind = SpanKind.Country;
                value = country!.Value;
            }

            if (best > 0)
            {
                document.AddEntity(new EntitySpan(i, i + best, kind, value!));
                i += best;
            }
            else
            {
                i++;
            }
        }

        TagTopics(document);
        TagMeetingWords(document);
    }

    private static int Length<T>(PhraseMatcher<T>.Match? m)
        where T : class => m is null ? 0 : m.EndToken - m.FirstToken;

    private static void TagTopics(CableDocument document)
    {
        var lexicon = document.Lexicon;
        var text = document.Text;
        var tokens = document.Tokens;
        var n = tokens.Count;
        Dictionary<string, TopicEntry>? defined = null;
        for (var i = 0; i < n;)
        {
            var m = document.WordIds[i] == Vocabulary.Unknown ? null : lexicon.Topics.Longest(text, tokens, document.WordIds, i, n, document.AllCaps);
            if (m is null)
            {
                if (defined is not null && tokens[i].Kind == Text.TokenKind.Word
                    && defined.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(tokens[i].Span(text), out var abbreviated))
                {
                    document.TopicMentions.Add((i, i + 1, abbreviated));
                }

                i++;
                continue;
            }

            document.TopicMentions.Add((m.FirstToken, m.EndToken, m.Value));
            // "Northern Territories (NT)": the cable defines an abbreviation for this topic.
            var e = m.EndToken;
            if (e + 2 < n && document.TokenIs(e, "(") && document.TokenIs(e + 2, ")") && tokens[e + 1].Kind == Text.TokenKind.Word
                && IsAcronym(tokens[e + 1].Span(text)))
            {
                defined ??= new Dictionary<string, TopicEntry>(StringComparer.Ordinal);
                defined.TryAdd(document.TokenText(e + 1), m.Value);
            }

            i = m.EndToken;
        }
    }

    private static bool IsAcronym(ReadOnlySpan<char> s)
    {
        if (s.Length is < 2 or > 6)
        {
            return false;
        }

        foreach (var c in s)
        {
            if (!char.IsUpper(c))
            {
                return false;
            }
        }

        return true;
    }

    private static void TagMeetingWords(CableDocument document)
    {
        var lexicon = document.Lexicon;
        var text = document.Text;
        var tokens = document.Tokens;
        var n = tokens.Count;
        for (var i = 0; i < n;)
        {
            var m = tokens[i].Kind == Text.TokenKind.Word && document.WordIds[i] != Vocabulary.Unknown
                ? lexicon.MeetingWords.Longest(text, tokens, document.WordIds, i, n, document.AllCaps)
                : null;
            if (m is null)
            {
                i++;
                continue;
            }

            document.MeetingWords.Add((m.FirstToken, m.EndToken, m.Value));
            i = m.EndToken;
        }
    }
}
