using System.Collections.Frozen;
using KnowledgeGraph.Extraction.Gazetteer;
using KnowledgeGraph.Extraction.Text;

namespace KnowledgeGraph.Extraction.Pipeline;

/// <summary>
/// Meeting patterns over the token stream, sentence by sentence: each meeting word ("met", "briefed", "courtesy
/// calls on", "visit", "working dinner", "strategic dialogue") takes its participants from its own syntax
/// (subject before it; objects after it or after with/between/of/on; "X's visit"), the date nearest to it,
/// a place after to/in/at, and a status (planned when the date is after the cable or a planning word precedes it).
/// Meetings without a date inherit it from an earlier meeting of the same person (the visit they belong to);
/// reports of one meeting in several sentences are merged.
/// </summary>
internal sealed partial class MeetingExtractor : IExtractionStage
{
    private static readonly FrozenSet<string> Fillers = new[]
    {
        "the", "a", "an", "his", "her", "their", "its", "opposition", "former", "new", "visiting", "acting", "senior", "then", "outgoing",
        "incoming", "with", "to", "by", "also", "both", "separately", "jointly", "newly", "appointed", "local", "two", "several", "of", "for",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public void Run(CableDocument document)
    {
        var events = new List<MeetingEvent>();
        var words = document.MeetingWords;
        var w = 0;
        var salient = new Salience();
        for (var s = 0; s < document.Sentences.Count && w < words.Count; s++)
        {
            var sentence = document.Sentences[s];
            var triggers = new List<(int First, int End, MeetingWord Word)>();
            while (w < words.Count && words[w].First < sentence.EndToken)
            {
                if (words[w].First >= sentence.FirstToken)
                {
                    triggers.Add(words[w]);
                }

                w++;
            }

            if (triggers.Count > 0)
            {
                Sentence(document, s, Coordinate(document, triggers), events, salient);
            }

            salient.Update(document, s);
        }

        document.Meetings.AddRange(Merge(document, events));
    }

    /// <summary>"a 90-minute meeting and hour-long working dinner": meeting words joined by "and" are one meeting.</summary>
    private static List<(int First, int End, MeetingWord Word)> Coordinate(CableDocument document, List<(int First, int End, MeetingWord Word)> triggers)
    {
        var result = new List<(int First, int End, MeetingWord Word)>();
        foreach (var t in triggers)
        {
            if (result.Count > 0 && result[^1].Word.Form == MeetingWordForm.Noun && t.Word.Form == MeetingWordForm.Noun && t.First - result[^1].End <= 4
                && Enumerable.Range(result[^1].End, t.First - result[^1].End).Any(k => document.TokenIs(k, "and"))
                && Enumerable.Range(result[^1].End, t.First - result[^1].End).All(k => document.EntityOf(k) is null))
            {
                var prev = result[^1];
                result[^1] = (prev.First, t.End, prev.Word);
                continue;
            }

            result.Add(t);
        }

        return result;
    }

    private static List<(int First, int End, MeetingEvent.Participant P)> ParticipantsIn(CableDocument document, Sentence sentence)
    {
        var list = new List<(int, int, MeetingEvent.Participant)>();
        for (var k = sentence.FirstToken; k < sentence.EndToken; k++)
        {
            if (document.EntityOf(k) is not { } e || e.FirstToken != k)
            {
                continue;
            }

            if (e.Value is PersonRecord p)
            {
                list.Add((e.FirstToken, e.EndToken, new MeetingEvent.Participant(p.Id, p.DisplayName, "person", p, null)));
            }
            else if (e.Value is GroupRecord g)
            {
                list.Add((e.FirstToken, e.EndToken, new MeetingEvent.Participant(g.OrganizationId, g.Name, "group", null, g)));
            }

            k = e.EndToken - 1;
        }

        return list;
    }

    private void Sentence(CableDocument document, int sentenceIndex, List<(int First, int End, MeetingWord Word)> triggers, List<MeetingEvent> events, Salience salient)
    {
        var sentence = document.Sentences[sentenceIndex];
        var parts = ParticipantsIn(document, sentence);
        var consumed = new bool[parts.Count];
        var dates = AssignDates(document, sentence, triggers);
        var firstEvent = events.Count;
        var unusedDates = new List<(int Trigger, DateMention Date)>();
        for (var ti = 0; ti < triggers.Count; ti++)
        {
            var t = triggers[ti];
            var objects = new List<int>();
            var attachOnly = false;
            var separate = t.Word.Form == MeetingWordForm.CallOn
                           || (t.End < sentence.EndToken && document.TokenIs(t.End, "separately")) || (t.First > 0 && document.TokenIs(t.First - 1, "separately"));
            var possessor = Possessor(document, parts, t.First);
            if (possessor >= 0)
            {
                objects.Add(possessor);
                attachOnly = true;
            }

            var after = t.End;
            // A list of participants attached by with/between/of/on/by; "meeting with" is one meeting word, its list right after it.
            var listed = t.Word.Form == MeetingWordForm.Noun && t.End - t.First > 1 && document.TokenIs(t.End - 1, "with");
            if (t.Word.Form == MeetingWordForm.Noun && !attachOnly && !listed)
            {
                for (var k = t.End; k < Math.Min(sentence.EndToken, t.End + 6); k++)
                {
                    if (document.TokenIs(k, "with") || document.TokenIs(k, "between") || document.TokenIs(k, "of") || document.TokenIs(k, "on") || document.TokenIs(k, "by"))
                    {
                        attachOnly = !document.TokenIs(k, "with") && !(document.TokenIs(k, "by") && t.Word.Kind != "visit");
                        separate = document.TokenIs(k, "on") && t.Word.Kind == "courtesy-call";
                        after = k + 1;
                        listed = true;
                        break;
                    }

                    if (document.EntityOf(k) is { Kind: SpanKind.Person or SpanKind.Group } || document.TokenIs(k, ",") || document.TokenIs(k, ";"))
                    {
                        break;
                    }
                }
            }

            if (t.Word.Form != MeetingWordForm.Noun || listed)
            {
                objects.AddRange(ListAt(document, parts, after, sentence.EndToken));
            }

            if (t.Word.Form == MeetingWordForm.Noun && !attachOnly && objects.Count > 0 && !listed)
            {
                objects.Clear();
            }

            if (t.Word.Form == MeetingWordForm.Verb && objects.Count == 0 && RecipientAfter(document, t.End, sentence.EndToken) is var to and > 0)
            {
                objects.AddRange(ListAt(document, parts, to, sentence.EndToken)); // "delivered the points on December 15 to Paul Teesalu"
            }

            if (objects.Count == 0 && t.Word.Form != MeetingWordForm.Noun && ObjectPronoun(document, t.End, sentence.EndToken) && salient.At(sentenceIndex) is { } him)
            {
                // "Guimaraes has told him": the person the previous sentences are about
                parts.Add((t.End, t.End, Of(him)));
                consumed = [.. consumed, true];
                objects.Add(parts.Count - 1);
            }

            foreach (var o in objects)
            {
                consumed[o] = true;
            }

            var subjects = attachOnly ? [] : Subject(document, parts, consumed, t.First, sentence.FirstToken);
            if (t.Word.Form == MeetingWordForm.Noun && subjects.Count == 0 && (objects.Count == 0 || (!attachOnly && listed))
                && FrontedClauseSubject(document, parts, consumed, t, sentence, objects.Count == 0 ? -1 : objects.Max(o => parts[o].End)) is var main and >= 0)
            {
                subjects.Add(main);
            }

            if (subjects.Count == 0 && !attachOnly && t.Word.Form != MeetingWordForm.Noun && SubjectPronoun(document, t.First, sentence.FirstToken)
                && salient.At(sentenceIndex) is { } he && objects.TrueForAll(o => parts[o].P.Id != he.Id))
            {
                // "He told Jobim…": the person the previous sentences are about
                parts.Add((t.First, t.First, Of(he)));
                consumed = [.. consumed, true];
                subjects.Add(parts.Count - 1);
            }

            if (t.Word.Form == MeetingWordForm.Noun && OwnerBefore(document, t.First) is { } owner)
            {
                parts.Add((t.First, t.First, owner));
                consumed = [.. consumed, true];
                objects.Add(parts.Count - 1);
            }
            // "told", "briefed", "met" need someone on the other side; "discussed", "talks" with two subjects are fine.
            var participants = subjects.Concat(objects).Distinct().Select(i => parts[i].P).ToList();
            var persons = participants.Count(p => p.Person is not null);
            if (participants.Count == 1 && persons == 1 && t.Word.Form == MeetingWordForm.Noun && t.Word.Kind is "dinner" or "meeting" or "conversation" or "call"
                && dates.ContainsKey(ti) && participants[0].Person!.Country != "US" && document.PostCity is not null)
            {
                // "Over lunch June 7, Gellet shared his views": the post's officers are the other side.
                var post = "org:" + GroupTagger.EmbassyKey(document);
                participants.Add(new MeetingEvent.Participant(post, $"Embassy {document.PostCity}", "group", null, new GroupRecord(post, $"Embassy {document.PostCity}", "US")));
            }

            if ((t.Word.Kind == "visit" ? persons == 0 : participants.Select(p => p.Id).Distinct().Count() < 2)
                || (t.Word.Kind == "conversation" && t.Word.Form == MeetingWordForm.Verb && objects.Count == 0 && subjects.Count < 2))
            {
                if (dates.TryGetValue(ti, out var lost))
                {
                    unusedDates.Add((t.First, lost));
                }

                continue;
            }

            var (date, endDate) = dates.TryGetValue(ti, out var d) ? (d.Date, d.End) : ((DateOnly?)null, (DateOnly?)null);
            var planned = IsPlanned(document, sentence, t.First, date);
            var groups = separate && objects.Count > 1
                ? objects.Select(o => subjects.Append(o).Select(i => parts[i].P).ToList()).ToList()
                : [participants];
            foreach (var g in groups)
            {
                var e = new MeetingEvent
                {
                    Kind = t.Word.Kind,
                    Date = date,
                    EndDate = endDate,
                    DateFromText = date is not null,
                    Planned = planned,
                    Trigger = t.First,
                    Confidence = subjects.Count > 0 && objects.Count > 0 ? 0.8 : 0.7,
                };
                e.Participants.AddRange(g.DistinctBy(p => p.Id));
                e.Sentences.Add(sentenceIndex);
                Locate(document, e, t.End, sentence.EndToken);
                if (e.Date is null)
                {
                    InheritContext(document, events, e);
                }

                if (e.Date is not null)
                {
                    e.Confidence = Math.Min(0.95, e.Confidence + 0.1);
                }

                events.Add(e);
            }
        }

        GiveUnusedDates(document, events, firstEvent, unusedDates);
    }

    /// <summary>
    /// "During their October 16 luncheon, Aznar told the Ambassador…": a date that went to a meeting word without
    /// participants belongs to the sentence's other meetings that have no date of their own in the text.
    /// </summary>
    private static void GiveUnusedDates(CableDocument document, List<MeetingEvent> events, int firstEvent, List<(int Trigger, DateMention Date)> unusedDates)
    {
        if (unusedDates.Count == 0)
        {
            return;
        }

        for (var i = firstEvent; i < events.Count; i++)
        {
            var e = events[i];
            if (e.DateFromText)
            {
                continue;
            }

            var (_, d) = unusedDates.MinBy(u => Math.Abs(u.Trigger - e.Trigger));
            e.Date = d.Date;
            e.EndDate = d.End;
            e.DateFromText = true;
            if (document.CableDate is { } cd)
            {
                e.Planned = d.Date > cd;
            }
        }
    }

    private static readonly FrozenSet<string> Auxiliaries = new[]
    {
        "has", "had", "have", "also", "then", "later", "reportedly", "recently", "separately", "subsequently", "previously", "personally", "again", "would", "will", "never",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static MeetingEvent.Participant Of(PersonRecord p) => new(p.Id, p.DisplayName, "person", p, null);

    /// <summary>"he told", "she has also met": a subject pronoun right before the meeting verb.</summary>
    private static bool SubjectPronoun(CableDocument document, int trigger, int sentenceStart)
    {
        for (var k = trigger - 1; k >= Math.Max(sentenceStart, trigger - 3); k--)
        {
            if (document.TokenIs(k, "he") || document.TokenIs(k, "she"))
            {
                return true;
            }

            if (!Auxiliaries.Contains(document.TokenText(k)))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>"told him", "met with her": an object pronoun right after the meeting verb.</summary>
    private static bool ObjectPronoun(CableDocument document, int after, int end)
    {
        var k = after;
        if (k < end && (document.TokenIs(k, "with") || document.TokenIs(k, "to")))
        {
            k++;
        }

        return k < end && (document.TokenIs(k, "him") || document.TokenIs(k, "her"));
    }

    /// <summary>
    /// The person the last sentences are about: the first named person of a sentence (its usual subject); a sentence
    /// opening with "he"/"she" keeps it alive. It fades after two sentences without either.
    /// </summary>
    private sealed class Salience
    {
        private PersonRecord? _person;
        private int _sentence = -10;

        public PersonRecord? At(int sentence) => sentence - _sentence <= 2 ? _person : null;

        public void Update(CableDocument document, int sentenceIndex)
        {
            var sentence = document.Sentences[sentenceIndex];
            if (document.TokenIs(sentence.FirstToken, "Classified"))
            {
                return; // the header's official is no one's topic
            }

            for (var k = sentence.FirstToken; k < Math.Min(sentence.EndToken, sentence.FirstToken + 12); k++)
            {
                if (document.EntityOf(k) is { Value: PersonRecord p } e)
                {
                    if (IsPossessive(document, e.EndToken) || IsSource(document, e.FirstToken))
                    {
                        k = e.EndToken - 1;
                        continue;
                    }

                    _person = p;
                    _sentence = sentenceIndex;
                    return;
                }

                if (document.TokenIs(k, "he") || document.TokenIs(k, "she"))
                {
                    if (k - sentence.FirstToken <= 3 && _person is not null && At(sentenceIndex) is not null)
                    {
                        _sentence = sentenceIndex;
                    }

                    return;
                }
            }
        }
    }

    /// <summary>
    /// "Over lunch June 7, the MFA's DAS, Franck Gellet, shared his views", "During their October 16 luncheon, Aznar told…",
    /// "During a February 24 meeting with FBI Director Mueller, Interior Minister Malik made…": a meeting noun in a fronted
    /// prepositional phrase is attended by the subject of the main clause after the comma that closes the phrase.
    /// </summary>
    /// <param name="withEnd">After the meeting's "with" list, or -1 when it has none. With one, the phrase names the other
    /// side, so it may also hold a date and modifiers ("In his first October 19 meeting with…") and follow a short opener.</param>
    private static int FrontedClauseSubject(
        CableDocument document, List<(int First, int End, MeetingEvent.Participant P)> parts, bool[] consumed, (int First, int End, MeetingWord Word) t, Sentence sentence, int withEnd)
    {
        var withList = withEnd >= 0;
        var k = t.First - 1;
        while (k >= sentence.FirstToken && t.First - k <= (withList ? 6 : 3)
               && (IsFrontedFiller(document, k) || (withList && IsFrontedModifier(document, k))))
        {
            k--;
        }

        if (k < sentence.FirstToken || !IsFrontingPreposition(document, k) || k - sentence.FirstToken > (withList ? 4 : 3))
        {
            return -1;
        }

        var comma = -1;
        var from = withList ? withEnd : t.End;
        for (var j = from; j < Math.Min(sentence.EndToken, from + 10); j++)
        {
            if (document.TokenIs(j, ","))
            {
                comma = j;
                break;
            }

            if (document.EntityOf(j) is { Kind: SpanKind.Person or SpanKind.Group })
            {
                return -1;
            }
        }

        if (comma < 0)
        {
            return -1;
        }

        for (var i = 0; i < parts.Count; i++)
        {
            if (parts[i].First > comma && !consumed[i] && parts[i].First - comma <= 16 && !IsPossessive(document, parts[i].End))
            {
                return i;
            }
        }

        return -1;
    }

    private static bool IsFrontedFiller(CableDocument document, int k)
        => (Fillers.Contains(document.TokenText(k)) && !document.TokenIs(k, "with")) || document.TokenIs(k, "working") || document.TokenIs(k, "private");

    /// <summary>The meeting's date ("a February 24", "a 10/31") and lower-case modifiers ("tripartite", "first", "recent").</summary>
    private static bool IsFrontedModifier(CableDocument document, int k)
    {
        var token = document.Tokens[k];
        var first = document.Text[token.Start];
        return token.Kind == TokenKind.Number
               || (token.Kind == TokenKind.Punctuation && first == '/')
               || document.Dates.Exists(d => d.FirstToken <= k && k < d.EndToken)
               || (token.Kind == TokenKind.Word && char.IsLower(first) && !document.AllCaps && document.EntityAt[k] < 0 && !IsFrontingPreposition(document, k));
    }

    /// <summary>"Over lunch", "During a meeting", "At a dinner", "In a conversation": the prepositions that front a meeting.</summary>
    private static bool IsFrontingPreposition(CableDocument document, int k)
        => document.TokenIs(k, "over") || document.TokenIs(k, "during") || document.TokenIs(k, "at") || document.TokenIs(k, "in");

    /// <summary>"an internal ROYG meeting", "a MOFA briefing": the government or body that holds the meeting takes part as a group.</summary>
    private static MeetingEvent.Participant? OwnerBefore(CableDocument document, int trigger)
    {
        for (var k = trigger - 1; k >= Math.Max(0, trigger - 3); k--)
        {
            var e = document.EntityOf(k);
            if (e is { Value: Gazetteer.CountryEntry { Cue: Gazetteer.CountryCue.Government } c })
            {
                var code = c.Code.Length > 0 ? c.Code : c.Candidates.FirstOrDefault(x => x == document.HostCountry);
                return code is null ? null : new MeetingEvent.Participant($"org:{code.ToLowerInvariant()}-government", document.TokensText(e.FirstToken, e.EndToken), "group", null,
                    new GroupRecord($"org:{code.ToLowerInvariant()}-government", document.TokensText(e.FirstToken, e.EndToken), code));
            }

            if (e is { Value: OrganizationEntry org } && Organizations.IdOf(org, document.HostCountry) is { } id)
            {
                return new MeetingEvent.Participant(id, org.Acronym ?? org.Name, "group", null, new GroupRecord(id, org.Acronym ?? org.Name, org.IsHostGovernment ? document.HostCountry : org.Country));
            }

            if (e is not null || !(document.Tokens[k].Kind == TokenKind.Word && char.IsLower(document.Text[document.Tokens[k].Start])))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>"Lavrov's October 23 visit": the person before "'s", up to four tokens before the meeting word.</summary>
    private static int Possessor(CableDocument document, List<(int First, int End, MeetingEvent.Participant P)> parts, int trigger)
    {
        for (var k = trigger - 1; k >= Math.Max(0, trigger - 5); k--)
        {
            if (document.TokenIs(k, "'s"))
            {
                return parts.FindIndex(p => p.End == k);
            }

            if (document.EntityOf(k) is { Kind: SpanKind.Person or SpanKind.Group })
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>Participants listed from <paramref name="start"/>: "X", "X and Y", "X, Y and Z", skipping titles and articles.</summary>
    private static List<int> ListAt(CableDocument document, List<(int First, int End, MeetingEvent.Participant P)> parts, int start, int end)
    {
        var result = new List<int>();
        var k = start;
        var budget = 10;
        while (k < end && budget-- > 0)
        {
            var index = parts.FindIndex(p => p.First == k);
            if (index >= 0)
            {
                if (IsPossessive(document, parts[index].End))
                {
                    break; // "at Ambassador Koornhof's residence": a modifier, not a party
                }

                result.Add(index);
                k = parts[index].End;
                budget = 10;
                if (k < end && document.TokenIs(k, "and"))
                {
                    k++;
                    continue;
                }

                // "X, Y and Z" is a list; "X, Y" alone is an apposition
                if (k < end && document.TokenIs(k, ",") && ListContinues(document, k + 1, end))
                {
                    k++;
                    if (k < end && document.TokenIs(k, "and"))
                    {
                        k++;
                    }

                    continue;
                }

                break;
            }

            var e = document.EntityOf(k);
            if (result.Count == 0 && k > start && document.TokenIs(k, ",") && document.EntityOf(k - 1) is { Kind: SpanKind.Title }
                && parts.FindIndex(p => p.First > k && p.First - k <= 4) >= 0)
            {
                k++; // "Intelligence Chief, MG Amos Yadlin": the title's holder in apposition
                continue;
            }

            if (document.TokenIs(k, "(") && AcronymInParentheses(document, k, end) is var close and > 0)
            {
                k = close; // "Social Democratic Party (SDP) Leader Mona Sahlin"
                budget++;
                continue;
            }

            if (e is { Kind: SpanKind.Title or SpanKind.Country or SpanKind.Organization } || Fillers.Contains(document.TokenText(k)) || InsideProperName(document, k, end)
                || (k + 1 < end && document.EntityOf(k + 1) is { Kind: SpanKind.Title } && document.Tokens[k].Kind == TokenKind.Word && e is null)
                || (document.Tokens[k].Kind == TokenKind.Word && char.IsUpper(document.Text[document.Tokens[k].Start]) && e is null && !document.AllCaps))
            {
                k = e?.EndToken ?? k + 1;
                continue;
            }

            break;
        }

        return result;
    }

    /// <summary>"delivered reftel points on December 15 to X": the token after a "to" within ten tokens that name no one; else 0.</summary>
    private static int RecipientAfter(CableDocument document, int from, int end)
    {
        for (var k = from; k < Math.Min(end - 1, from + 10); k++)
        {
            if (document.TokenIs(k, "to"))
            {
                return k + 1;
            }

            if (document.TokenIs(k, ";") || document.TokenIs(k, ",") || document.TokenIs(k, "that") || document.EntityOf(k) is { Kind: SpanKind.Person or SpanKind.Group })
            {
                return 0;
            }
        }

        return 0;
    }

    /// <summary>"Foreign and Commonwealth Office": a lower-case "and" between capitalized words of a name (mixed-case text only).</summary>
    private static bool InsideProperName(CableDocument document, int k, int end)
        => !document.AllCaps && k > 0 && k + 1 < end && document.TokenIs(k, "and") && char.IsLower(document.Text[document.Tokens[k].Start])
           && IsCapitalizedWord(document, k - 1) && IsCapitalizedWord(document, k + 1);

    private static bool IsCapitalizedWord(CableDocument document, int k)
        => document.Tokens[k].Kind == TokenKind.Word && char.IsUpper(document.Text[document.Tokens[k].Start]) && document.EntityOf(k) is null or { Kind: SpanKind.Organization or SpanKind.Country or SpanKind.Title };

    /// <summary>"(SDP)", "(MRE or Itamaraty)": the token after the closing parenthesis when up to four tokens hold no person; else 0.</summary>
    private static int AcronymInParentheses(CableDocument document, int open, int end)
    {
        for (var k = open + 1; k < Math.Min(end, open + 6); k++)
        {
            if (document.TokenIs(k, ")"))
            {
                return k > open + 1 ? k + 1 : 0;
            }

            if (document.EntityOf(k) is { Kind: SpanKind.Person or SpanKind.Group })
            {
                return 0;
            }
        }

        return 0;
    }

    private static bool IsPossessive(CableDocument document, int k)
        => k < document.Tokens.Count && document.TokenIs(k, "'s");

    /// <summary>After "X,": the list goes on when an "and" closes it within a few tokens ("X, Y and Z", "X, and Y").</summary>
    private static bool ListContinues(CableDocument document, int from, int end)
    {
        for (var k = from; k < Math.Min(end, from + 14); k++)
        {
            if (document.TokenIs(k, "and") || document.TokenIs(k, "or"))
            {
                return true;
            }

            if (document.TokenIs(k, ";") || document.TokenIs(k, ".") || document.EntityOf(k) is null && document.Tokens[k].Kind == TokenKind.Word
                && char.IsLower(document.Text[document.Tokens[k].Start]) && !Fillers.Contains(document.TokenText(k)))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>The nearest participants before the meeting word that no earlier meeting word took as its object.</summary>
    private static List<int> Subject(CableDocument document, List<(int First, int End, MeetingEvent.Participant P)> parts, bool[] consumed, int trigger, int sentenceStart)
    {
        var result = new List<int>();
        for (var i = parts.Count - 1; i >= 0; i--)
        {
            if (parts[i].End > trigger || consumed[i] || IsSource(document, parts[i].First) || IsPossessive(document, parts[i].End))
            {
                continue;
            }

            if (Enumerable.Range(parts[i].End, trigger - parts[i].End).Any(k => document.TokenIs(k, ";")) || trigger - parts[i].End > 30)
            {
                break;
            }

            result.Add(i);
            // "Komura and Lavrov": a coordinated subject
            for (var j = i - 1; j >= 0; j--)
            {
                var gap = parts[j + 1].First - parts[j].End;
                var between = Enumerable.Range(parts[j].End, gap);
                // between them only "and", commas, titles and the like ("RICE, HER DELEGATION, AMBASSADOR MCDONALD, DCM, AND POLOFF")
                if (gap <= 4 && !IsSource(document, parts[j].First) && !IsPossessive(document, parts[j].End) && between.Any(k => document.TokenIs(k, "and") || document.TokenIs(k, ","))
                    && between.All(k => document.TokenIs(k, "and") || document.TokenIs(k, ",") || document.TokenIs(k, "delegation") || Fillers.Contains(document.TokenText(k))
                                        || document.EntityOf(k) is { Kind: SpanKind.Title or SpanKind.Country or SpanKind.Organization }))
                {
                    result.Add(j);
                    continue;
                }

                break;
            }

            break;
        }

        // "Wexler, accompanied by Rogin and Moreno, met with…": the companions attend, and so does the one they accompany.
        if (result.Count > 0 && AccompaniedBy(document, parts[result[^1]].First) is var by and >= 0)
        {
            for (var i = parts.Count - 1; i >= 0; i--)
            {
                if (parts[i].End <= by && !consumed[i] && by - parts[i].End <= 8 && !IsPossessive(document, parts[i].End))
                {
                    result.Add(i);
                    break;
                }
            }
        }

        _ = sentenceStart;
        return result;
    }

    /// <summary>Where "accompanied by" starts when it closely precedes token <paramref name="first"/> ("accompanied by Deputy Chief of Staff Rogin"); else -1.</summary>
    private static int AccompaniedBy(CableDocument document, int first)
    {
        for (var k = first - 1; k > 0 && first - k <= 8; k--)
        {
            if (document.TokenIs(k, "by") && document.TokenIs(k - 1, "accompanied"))
            {
                return k - 1;
            }

            if (document.TokenIs(k, ",") || document.TokenIs(k, ";") || document.EntityOf(k) is { Kind: SpanKind.Person or SpanKind.Group })
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>"According to Otsuki, ...": the source of a report is not a party to what it reports.</summary>
    private static bool IsSource(CableDocument document, int first)
    {
        var k = first - 1;
        while (k >= 0 && first - k < 8 && document.EntityOf(k) is { Kind: SpanKind.Title or SpanKind.Organization or SpanKind.Country } e)
        {
            k = e.FirstToken - 1;
        }

        return (document.TokenIs(k, "to") && document.TokenIs(k - 1, "according")) || document.TokenIs(k, "per");
    }

    /// <summary>Each date of the sentence goes to the nearest meeting word (greedy by token distance).</summary>
    private static Dictionary<int, DateMention> AssignDates(CableDocument document, Sentence sentence, List<(int First, int End, MeetingWord Word)> triggers)
    {
        var dates = document.Dates.Where(d => d.FirstToken >= sentence.FirstToken && d.EndToken <= sentence.EndToken).ToList();
        var pairs = new List<(int Distance, int Trigger, int Date)>();
        for (var ti = 0; ti < triggers.Count; ti++)
        {
            for (var di = 0; di < dates.Count; di++)
            {
                var t = triggers[ti];
                var d = dates[di];
                var distance = d.EndToken <= t.First ? t.First - d.EndToken : d.FirstToken - t.End;
                pairs.Add((Math.Abs(distance), ti, di));
            }
        }

        pairs.Sort();
        var result = new Dictionary<int, DateMention>();
        var used = new HashSet<int>();
        foreach (var (_, ti, di) in pairs)
        {
            if (!result.ContainsKey(ti) && used.Add(di))
            {
                result[ti] = dates[di];
            }
        }

        return result;
    }

    private static bool IsPlanned(CableDocument document, Sentence sentence, int trigger, DateOnly? date)
    {
        if (date is { } d && document.CableDate is { } cd)
        {
            return d > cd;
        }

        for (var k = Math.Max(sentence.FirstToken, trigger - 8); k < trigger; k++)
        {
            if (document.Tokens[k].Kind == TokenKind.Word && document.Lexicon.PlanningWords.Contains(document.TokenSpan(k)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"in Tokyo", "to Japan", "at the Kremlin": the first place after a preposition following the meeting word.</summary>
    private static void Locate(CableDocument document, MeetingEvent e, int from, int end)
    {
        for (var k = from; k < Math.Min(end, from + 12); k++)
        {
            if (!(document.TokenIs(k, "in") || document.TokenIs(k, "to") || document.TokenIs(k, "at")))
            {
                continue;
            }

            var next = k + 1;
            if (document.TokenIs(next, "the"))
            {
                next++;
            }

            if (document.EntityOf(next) is { Kind: SpanKind.Country, Value: CountryEntry { Cue: CountryCue.Capital or CountryCue.City or CountryCue.Name } c } place && c.Code.Length > 0)
            {
                e.Location = Names.DisplayCase(document.Text[document.Tokens[place.FirstToken].Start..document.Tokens[place.EndToken - 1].End]);
                e.LocationCountry = c.Code;
                e.LocationIsCity = c.Cue != CountryCue.Name;
                return;
            }
        }
    }

    /// <summary>A meeting without its own date belongs to the latest earlier meeting (usually the visit) of one of its persons.</summary>
    private static void InheritContext(CableDocument document, List<MeetingEvent> events, MeetingEvent e)
    {
        var ids = e.PersonIds.ToHashSet();
        for (var i = events.Count - 1; i >= 0; i--)
        {
            var prior = events[i];
            if (prior.Date is null || !prior.PersonIds.Any(ids.Contains))
            {
                continue;
            }

            e.Date = prior.Date;
            e.EndDate = prior.Kind == "visit" ? null : prior.EndDate;
            e.Planned = document.CableDate is { } cd ? prior.Date > cd : e.Planned || prior.Planned;
            if (e.Location is null && prior.Location is not null)
            {
                e.Location = prior.Location;
                e.LocationCountry = prior.LocationCountry;
                e.LocationIsCity = prior.LocationIsCity;
            }

            return;
        }
    }
}
