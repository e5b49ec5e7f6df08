using System.Collections.Frozen;
using KnowledgeGraph.Extraction.Gazetteer;
using KnowledgeGraph.Extraction.Internal;
using KnowledgeGraph.Extraction.Text;

namespace KnowledgeGraph.Extraction.Pipeline;

/// <summary>
/// Title- and context-anchored person recognition over the tokens the gazetteer left unlabeled.
/// A candidate is a run of name-like tokens (capitalized words, initials, particles; in ALL-CAPS cables any
/// word that is not a common word). It is a person when a title or honorific precedes it, its first token is a
/// known given name, the name registry knows it, or (two words or more) nothing marks it as an organization or place.
/// Single words become persons in <see cref="PersonResolver"/> when they match a surname already found.
/// </summary>
internal sealed partial class PersonRecognizer : IExtractionStage
{
    private static readonly FrozenSet<string> Particles = new[]
    {
        "al", "el", "bin", "ibn", "abu", "de", "del", "della", "da", "das", "dos", "di", "du", "van", "von", "der", "den", "la", "le", "y", "ben", "bint", "st.",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> ReportingVerbs = new[]
    {
        "said", "says", "told", "noted", "stated", "added", "explained", "stressed", "argued", "asked", "replied", "responded",
        "commented", "emphasized", "underscored", "insisted", "claimed", "asserted", "confirmed", "expressed", "believes", "agreed",
        "warned", "urged", "opined", "observed", "continued", "described", "acknowledged", "admitted", "suggested", "reported",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private readonly Lazy<HashSet<string>> _heads = new(() => new HashSet<string>(LexiconResource.Words("organization-heads.txt"), StringComparer.OrdinalIgnoreCase));

    public void Run(CableDocument document)
    {
        var tokens = document.Tokens;
        var n = tokens.Count;
        var heads = _heads.Value;
        for (var i = 0; i < n; i++)
        {
            if (!IsNameToken(document, i, heads))
            {
                continue;
            }

            var end = i + 1;
            while (end < n && end - i < 6)
            {
                if (IsNameToken(document, end, heads) && !document.Tokens[end].NewLineBefore)
                {
                    end++;
                }
                else if (end + 1 < n && Particles.ContainsText(document.TokenSpan(end)) && IsNameToken(document, end + 1, heads)
                         && (document.AllCaps || char.IsLower(document.Text[tokens[end].Start]) || tokens[end].Length <= 3))
                {
                    end += 2;
                }
                else if (end + 1 < n && IsJoiningHyphen(document, end) && IsNameToken(document, end + 1, heads))
                {
                    end += 2;
                }
                else
                {
                    break;
                }
            }

            // Trailing initials are not names ("... Komura J.")
            while (end - 1 > i && IsInitial(document, end - 1))
            {
                end--;
            }

            Classify(document, i, end, heads);
            i = end - 1;
        }
    }

    private void Classify(CableDocument document, int first, int end, HashSet<string> heads)
    {
        var tokens = document.Tokens;
        var words = end - first;
        var title = TitleBefore(document, first);
        var nextIsHead = end < tokens.Count && tokens[end].Kind == TokenKind.Word && heads.ContainsText(document.TokenSpan(end));
        var nextIsOf = end + 1 < tokens.Count && document.TokenIs(end, "of") && heads.ContainsText(document.TokenSpan(first));
        if (nextIsHead || nextIsOf)
        {
            return;
        }

        var givenFirst = document.Lexicon.GivenNames.TryGetValue(document.TokenSpan(first), out _);

        // "Chief Electoral Advisor Margie Cook": one word between two titles belongs to the title, unless it is a given
        // name whose surname is also a title word ("Minister Jaime Mayor Oreja", "Congressman Rob Bishop").
        if (end - first == 1 && title is not null && !givenFirst && document.EntityOf(end) is { Kind: SpanKind.Title })
        {
            return;
        }
        var known = document.Registry.KnowsFullName(document, first, end);
        if (!known && document.InHeading(first))
        {
            // Headings are title case ("Real Estate Demand Booming", "DEFENSE MINISTER COMMITS TO ..."): a name there
            // counts only as the surname of someone the body names ("Mayor Wang's Future").
            document.PendingSurnames.Add((end - 1, end));
            return;
        }
        var nameWords = 0;
        for (var k = first; k < end; k++)
        {
            if (!IsInitial(document, k) && !Particles.ContainsText(document.TokenSpan(k)))
            {
                nameWords++;
            }
        }

        if (nameWords == 0)
        {
            return;
        }

        double confidence;
        if (title is not null)
        {
            confidence = title.Value.Entry.IsHonorific ? 0.9 : 0.92;
        }
        else if (known)
        {
            confidence = 0.85;
        }
        else if (givenFirst && nameWords >= 2)
        {
            confidence = 0.85;
        }
        else if (nameWords >= 2 && !document.AllCaps && !AllCapitals(document, first, end) && PlausibleUnanchored(document, first, end))
        {
            confidence = 0.6;
        }
        else if (nameWords >= 2 && document.AllCaps && FollowedByAppositiveOrVerb(document, end) && PlausibleUnanchored(document, first, end)
                 && (first == 0 || document.TokenIs(first - 1, ",") || document.TokenIs(first - 1, "(") || document.Tokens[first].NewLineBefore
                     || document.SentenceOf(first) is var si && si >= 0 && document.Sentences[si].FirstToken == first))
        {
            confidence = 0.55;
        }
        else
        {
            // A single unanchored word: kept for coreference with a full name found elsewhere in the cable,
            // unless it is the named source of a report ("according to Chun").
            if (nameWords == 1 && !document.AllCaps && AccordingTo(document, first))
            {
                document.Candidates.Add(new PersonCandidate(first, end, null, first, 0.55));
                return;
            }

            document.PendingSurnames.Add((first, end));
            return;
        }

        if (nameWords == 1 && title is null && !known)
        {
            document.PendingSurnames.Add((first, end));
            return;
        }

        document.Candidates.Add(new PersonCandidate(first, end, title?.Entry, title?.First ?? first, confidence));
    }

    private static readonly FrozenSet<string> NotBeforeNames = new[]
    {
        "a", "an", "this", "these", "those", "its", "our", "your", "in", "at", "near", "into", "across", "throughout", "within", "from",
        "per", "than", "every", "each", "any", "some", "no", "the",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Context that rules out a person for a run nothing anchors: "in Porto Alegre", "an Excellent Storyteller",
    /// "Office of Criminal Investigation", "Center for ... Popular Education (CINEP)".</summary>
    private static bool PlausibleUnanchored(CableDocument document, int first, int end)
    {
        if (first > 0 && NotBeforeNames.ContainsText(document.TokenSpan(first - 1)))
        {
            return false;
        }

        if (first > 1 && (document.TokenIs(first - 1, "of") || document.TokenIs(first - 1, "for") || document.TokenIs(first - 1, "and"))
            && document.Tokens[first - 2].Kind == TokenKind.Word && char.IsUpper(document.Text[document.Tokens[first - 2].Start]) && !document.AllCaps)
        {
            return false;
        }

        if (end + 2 < document.Tokens.Count && document.TokenIs(end, "(") && document.TokenIs(end + 2, ")"))
        {
            return false; // "Popular Education (CINEP)" defines an acronym: an organization
        }

        // "Aviation Safety Assessment", "Arms Export Control Act": a name is seldom followed by a capitalized word no lexicon
        // knows, while a longer proper name is. (Before a name it is common: "Minister of Environment Alzhan Braliyev".)
        if (!document.AllCaps && UnlistedCapitalized(document, end))
        {
            return false;
        }

        for (var k = first; k < end; k++)
        {
            var s = document.TokenSpan(k);
            if (document.AllCaps && s.Length > 6 && (s.EndsWith("ICAL") || s.EndsWith("IONAL") || s.EndsWith("IST") || s.EndsWith("ISTS")))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// A capitalized word at <paramref name="k"/> that no lexicon tagged and that does not start its sentence or line.
    /// Dates ("met Komura Thursday") do not count.
    /// </summary>
    private static bool UnlistedCapitalized(CableDocument document, int k)
    {
        if (k < 0 || k >= document.Tokens.Count || document.EntityAt[k] >= 0)
        {
            return false;
        }

        var token = document.Tokens[k];
        if (token.Kind != TokenKind.Word || !char.IsUpper(document.Text[token.Start]) || token.NewLineBefore
            || document.SentenceOf(k) is var si && si >= 0 && document.Sentences[si].FirstToken == k)
        {
            return false;
        }

        return !document.Lexicon.DateWords.ContainsKey(document.TokenSpan(k)) && !document.TokenIs(k, "'s");
    }

    private static bool AllCapitals(CableDocument document, int first, int end)
    {
        for (var k = first; k < end; k++)
        {
            var s = document.TokenSpan(k);
            if (s.Length > 1 && s[1] != '.' && s.ContainsAnyInRange('a', 'z'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>"according to Chun": a source is a person when nothing says otherwise.</summary>
    private static bool AccordingTo(CableDocument document, int first)
        => first > 1 && document.TokenIs(first - 1, "to") && document.TokenIs(first - 2, "according")
           && first + 1 < document.Tokens.Count && !document.TokenIs(first + 1, "'s")
           && !document.Lexicon.CommonWords.Contains(document.TokenSpan(first));

    private static bool FollowedByAppositiveOrVerb(CableDocument document, int end)
        => end < document.Tokens.Count && (document.TokenIs(end, ",") || document.TokenIs(end, "'s") || ReportingVerbs.ContainsText(document.TokenSpan(end)));

    private static bool HasAcronym(CableDocument document, int first, int end)
    {
        for (var k = first; k < end; k++)
        {
            var s = document.TokenSpan(k);
            if (s.Length >= 2 && !IsInitial(document, k))
            {
                var allUpper = true;
                foreach (var c in s)
                {
                    allUpper &= !char.IsLower(c);
                }

                // A surname in capitals ("Sergei LAVROV") is a cable habit; a run made only of capitals is an acronym string.
                if (allUpper && k == first && end - first == 1)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>The title phrase that ends right before the name, if any (its first token and entry).</summary>
    private static (int First, TitleEntry Entry)? TitleBefore(CableDocument document, int first)
    {
        if (first == 0)
        {
            return null;
        }

        var entity = document.EntityOf(first - 1);
        if (entity is { Kind: SpanKind.Title, Value: TitleEntry t })
        {
            return (entity.FirstToken, t);
        }

        return PluralTitleOfList(document, first);
    }

    /// <summary>
    /// "Ambassadors Eikenberry, Holbrooke, and Ricciardone": a later name of a list that follows a plural title has that
    /// title too. Walks back over single name words joined by commas and "and" to the title.
    /// </summary>
    private static (int First, TitleEntry Entry)? PluralTitleOfList(CableDocument document, int first)
    {
        var k = first - 1;
        var joined = false;
        while (k > 0 && first - k <= 12)
        {
            if (document.TokenIs(k, ",") || document.TokenIs(k, "and"))
            {
                joined = true;
                k--;
                continue;
            }

            if (!joined || document.EntityAt[k] >= 0 || document.Tokens[k].Kind != TokenKind.Word)
            {
                break;
            }

            // a name of the list ("Karl Eikenberry"); the title sits right before the list's first name
            while (k > 1 && document.EntityAt[k - 1] < 0 && document.Tokens[k - 1].Kind == TokenKind.Word
                   && char.IsUpper(document.Text[document.Tokens[k - 1].Start]))
            {
                k--;
            }

            joined = false;
            if (document.EntityOf(k - 1) is { Kind: SpanKind.Title, Value: TitleEntry t } title
                && document.TokenSpan(title.EndToken - 1) is var word && word.EndsWith("s", StringComparison.OrdinalIgnoreCase)
                && !t.Expansion.EndsWith('s'))
            {
                return (title.FirstToken, t);
            }

            k--;
        }

        return null;
    }

    internal static bool IsReportingVerb(string word) => ReportingVerbs.Contains(word);

    /// <summary>"XXXXXXXXXXXX": a redacted name, not a name.</summary>
    internal static bool IsRedaction(ReadOnlySpan<char> s)
    {
        if (s.Length < 4)
        {
            return false;
        }

        foreach (var c in s)
        {
            if (c is not ('X' or 'x'))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsInitial(CableDocument document, int k)
    {
        var s = document.TokenSpan(k);
        return s.Length == 2 && char.IsLetter(s[0]) && s[1] == '.';
    }

    private static bool IsJoiningHyphen(CableDocument document, int k)
    {
        var t = document.Tokens[k];
        return t.Kind == TokenKind.Punctuation && t.Length == 1 && document.Text[t.Start] == '-'
               && k > 0 && document.Tokens[k - 1].End == t.Start && k + 1 < document.Tokens.Count && document.Tokens[k + 1].Start == t.End;
    }

    internal bool IsNameToken(CableDocument document, int k, HashSet<string>? heads = null)
    {
        heads ??= _heads.Value;
        if (k >= document.Tokens.Count || document.EntityAt[k] >= 0)
        {
            return false;
        }

        var t = document.Tokens[k];
        if (t.Kind != TokenKind.Word)
        {
            return false;
        }

        var s = t.Span(document.Text);
        if (s.Length == 2 && s[1] == '.' && char.IsUpper(s[0]))
        {
            return true; // initial
        }

        if (!char.IsUpper(s[0]) || s.Length < 2 || s[^1] == '.' || s[0] == '\'' || s.EndsWith("n't", StringComparison.OrdinalIgnoreCase)
            || s.EndsWith("n\u2019t", StringComparison.OrdinalIgnoreCase) || IsRedaction(s))
        {
            return false;
        }

        if (document.Lexicon.GivenNames.TryGetValue(s, out _))
        {
            return true;
        }

        if (document.Lexicon.CommonWords.Contains(s) || heads.GetAlternateLookup<ReadOnlySpan<char>>().Contains(s))
        {
            return false;
        }

        if (document.AllCaps)
        {
            // Common English endings are not names when capitalization cannot tell.
            return !(s.Length > 5 && (s.EndsWith("ING") || s.EndsWith("TION") || s.EndsWith("MENT") || s.EndsWith("NESS")
                                      || s.EndsWith("ITY") || s.EndsWith("IES") || s.EndsWith("ED") || s.EndsWith("LY")
                                      || s.EndsWith("ABLE") || s.EndsWith("IVE") || s.EndsWith("OUS") || s.EndsWith("ISM")
                                      || s.EndsWith("ANCE") || s.EndsWith("ENCE") || s.EndsWith("SHIP") || s.EndsWith("ERS")
                                      || s.EndsWith("MENTS") || s.EndsWith("TIONS") || s.EndsWith("ISTS") || s.EndsWith("IZE") || s.EndsWith("ISE")));
        }

        return true;
    }
}
