using KnowledgeGraph.Cables.Model;
using KnowledgeGraph.Extraction.Gazetteer;
using KnowledgeGraph.Extraction.Model;
using KnowledgeGraph.Extraction.Text;

namespace KnowledgeGraph.Extraction.Pipeline;

/// <summary>
/// The one document model every stage reads and annotates: the cable body, its tokens and sentences
/// (character offsets into <see cref="ParsedCable.Body"/>), and the entity, topic, meeting-word and date layers.
/// One instance per cable and thread; never shared.
/// </summary>
internal sealed class CableDocument
{
    public CableDocument(ParsedCable cable, Lexicon lexicon, NameRegistry registry)
    {
        Cable = cable;
        Lexicon = lexicon;
        Registry = registry;
        Text = cable.Body ?? "";
        Tokens = DropTransmissionLines(Text, lexicon.Tokenizer.Tokenize(Text));
        WordIds = lexicon.Vocabulary.IdsOf(Text, Tokens);
        Sentences = SentenceSplitter.Split(Text, Tokens);
        AllCaps = IsAllCaps(Text);
        EntityAt = new int[Tokens.Count];
        Array.Fill(EntityAt, -1);
        CableDate = cable.Created is { } created ? DateOnly.FromDateTime(created.UtcDateTime) : null;
        _paragraphStarts = cable.Paragraphs.OrderBy(p => p.Span.Start).ToArray();
    }

    private readonly Paragraph[] _paragraphStarts;

    public ParsedCable Cable { get; }
    public Lexicon Lexicon { get; }
    public NameRegistry Registry { get; }
    public string Text { get; }
    public List<Token> Tokens { get; }
    public List<Sentence> Sentences { get; }

    /// <summary>The lexicon <see cref="Vocabulary"/> id of each token (-1 when no phrase holds the word).</summary>
    public int[] WordIds { get; }

    /// <summary>The body is written in capitals, so capitalization is no cue for names.</summary>
    public bool AllCaps { get; }

    public DateOnly? CableDate { get; }

    /// <summary>ISO code of the country hosting the post that sent the cable (Tokyo → JP), or null.</summary>
    public string? HostCountry { get; set; }

    /// <summary>City of the sending post ("Tokyo"), or null.</summary>
    public string? PostCity { get; set; }

    public List<EntitySpan> Entities { get; } = [];

    /// <summary>Index into <see cref="Entities"/> of the span covering each token, or -1.</summary>
    public int[] EntityAt { get; }

    public List<(int First, int End, TopicEntry Topic)> TopicMentions { get; } = [];
    public List<(int First, int End, MeetingWord Word)> MeetingWords { get; } = [];
    public List<DateMention> Dates { get; } = [];
    public List<PersonCandidate> Candidates { get; } = [];
    /// <summary>Single unanchored name-like words, kept for coreference with a full name found elsewhere.</summary>
    public List<(int First, int End)> PendingSurnames { get; } = [];
    public List<PersonRecord> Persons { get; } = [];

    /// <summary>Persons by surname key, so coreference stays linear however many names a text holds.</summary>
    public Dictionary<string, List<PersonRecord>> PersonsBySurname { get; } = new(StringComparer.Ordinal);

    public IReadOnlyList<PersonRecord> WithSurname(string key) => PersonsBySurname.TryGetValue(key, out var list) ? list : NoPersons;

    // Not `[]` in the conditional above: typed by `list`, that made a new List on every miss.
    private static readonly IReadOnlyList<PersonRecord> NoPersons = [];

    /// <summary>Whether a person was indexed under a surname key (<see cref="Names.TrySurnameKey"/>), without making the key a string.</summary>
    public bool HasSurnameKey(ReadOnlySpan<char> key) => PersonsBySurname.GetAlternateLookup<ReadOnlySpan<char>>().ContainsKey(key);

    public void IndexPerson(PersonRecord person)
    {
        var key = Names.SurnameKey(person.Surname);
        if (!PersonsBySurname.TryGetValue(key, out var list))
        {
            PersonsBySurname[key] = list = [];
        }

        if (!list.Contains(person))
        {
            list.Add(person);
        }
    }

    public void UnindexPerson(PersonRecord person)
    {
        foreach (var list in PersonsBySurname.Values)
        {
            list.Remove(person);
        }
    }

    private HashSet<string>? _mentionedCountries;

    /// <summary>Codes of every country the body or TAGS mention (computed once).</summary>
    public bool MentionsCountry(string code)
    {
        _mentionedCountries ??= Entities.Select(e => e.Value).OfType<Gazetteer.CountryEntry>().Select(c => c.Code)
            .Concat(Cable.Tags.Select(t => t.CountryCode ?? "")).Where(c => c.Length > 0).ToHashSet(StringComparer.Ordinal);
        return _mentionedCountries.Contains(code);
    }
    public List<MeetingEvent> Meetings { get; } = [];
    public List<string> Warnings { get; } = [];

    public string TokenText(int index) => Text.Substring(Tokens[index].Start, Tokens[index].Length);

    /// <summary>The text of tokens [first, end) with each run of whitespace (and any dropped transmission line) as one space.</summary>
    public string TokensText(int first, int end)
    {
        var sb = new System.Text.StringBuilder();
        for (var k = first; k < end; k++)
        {
            if (k > first && Tokens[k].Start > Tokens[k - 1].End)
            {
                sb.Append(' ');
            }

            sb.Append(Text, Tokens[k].Start, Tokens[k].Length);
        }

        return sb.ToString();
    }

    public ReadOnlySpan<char> TokenSpan(int index) => Tokens[index].Span(Text);

    public bool TokenIs(int index, string value)
        => index >= 0 && index < Tokens.Count && TokenSpan(index).Equals(value, StringComparison.OrdinalIgnoreCase);

    public void AddEntity(EntitySpan span)
    {
        var index = Entities.Count;
        Entities.Add(span);
        for (var i = span.FirstToken; i < span.EndToken; i++)
        {
            EntityAt[i] = index;
        }
    }

    public EntitySpan? EntityOf(int token) => token >= 0 && token < EntityAt.Length && EntityAt[token] >= 0 ? Entities[EntityAt[token]] : null;

    /// <summary>Whether a token lies in a section heading ("Real Estate Demand Booming") rather than in running text.</summary>
    public bool InHeading(int token)
    {
        var offset = Tokens[token].Start;
        foreach (var heading in Cable.Sections)
        {
            if (heading.Span.Contains(offset))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Paragraph number of a body offset (0 outside numbered paragraphs).</summary>
    public int ParagraphAt(int offset)
    {
        int lo = 0, hi = _paragraphStarts.Length - 1, found = -1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            if (_paragraphStarts[mid].Span.Start <= offset)
            {
                found = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return found >= 0 && offset < _paragraphStarts[found].Span.End ? _paragraphStarts[found].Number : 0;
    }

    public Mention MentionOf(int firstToken, int endToken)
    {
        var start = Tokens[firstToken].Start;
        return new Mention(ParagraphAt(start), start, Tokens[endToken - 1].End);
    }

    /// <summary>The sentence holding a token (binary search).</summary>
    public int SentenceOf(int token)
    {
        int lo = 0, hi = Sentences.Count - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            var s = Sentences[mid];
            if (token < s.FirstToken)
            {
                hi = mid - 1;
            }
            else if (token >= s.EndToken)
            {
                lo = mid + 1;
            }
            else
            {
                return mid;
            }
        }

        return -1;
    }

    /// <summary>
    /// Lines the transmission inserts inside paragraphs ("SIPDIS", page breaks like "TOKYO 00005019 002.2 OF 002")
    /// are not text: their tokens are dropped and the paragraph they interrupted reads on.
    /// </summary>
    private static List<Token> DropTransmissionLines(string text, List<Token> tokens)
    {
        // Compacts the list in place (kept tokens move down), so a large cable's tokens are not copied to a second array.
        var kept = 0;
        var i = 0;
        var pendingNewLine = false;
        while (i < tokens.Count)
        {
            var lineEnd = i + 1;
            while (lineEnd < tokens.Count && !tokens[lineEnd].NewLineBefore)
            {
                lineEnd++;
            }

            if ((i == 0 || tokens[i].NewLineBefore) && IsTransmissionLine(text, tokens, i, lineEnd))
            {
                pendingNewLine = true;
                i = lineEnd;
                continue;
            }

            for (var k = i; k < lineEnd; k++)
            {
                var t = tokens[k];
                if (pendingNewLine && k == i)
                {
                    // Continue the interrupted paragraph unless the previous line ended a sentence.
                    var previousEndsSentence = kept > 0 && text[tokens[kept - 1].Start] is '.' or ':' && tokens[kept - 1].Kind == TokenKind.Punctuation;
                    t = t with { NewLineBefore = true, BlankLineBefore = previousEndsSentence && t.BlankLineBefore };
                    pendingNewLine = false;
                }

                tokens[kept++] = t;
            }

            i = lineEnd;
        }

        tokens.RemoveRange(kept, tokens.Count - kept);
        return tokens;
    }

    private static readonly HashSet<string> Addressees = new(StringComparer.Ordinal)
    {
        "AMEMBASSY", "AMCONSUL", "USMISSION", "SECSTATE", "WASHDC", "USUN", "USNATO", "USEU",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> AddresseeLookup = Addressees.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Transmission lines inside the body: SIPDIS, page breaks ("TOKYO 00005019 002.2 OF 002", "PAGE 02 ..."), and the
    /// routing header a later section repeats (date-time group, FM/TO/INFO lines, addressees, banners, TAGS, SUBJECT).
    /// Only lines written entirely in capitals qualify, so prose is never dropped.
    /// </summary>
    private static bool IsTransmissionLine(string text, List<Token> tokens, int first, int end)
    {
        var count = end - first;
        for (var k = first; k < end; k++)
        {
            foreach (var c in tokens[k].Span(text))
            {
                if (char.IsLower(c))
                {
                    return false;
                }
            }
        }

        var head = tokens[first].Span(text);
        if (count <= 3 && head is "SIPDIS" or "CONFIDENTIAL" or "SECRET" or "UNCLASSIFIED" or "UNCLAS" or "NOFORN" or "NNNN" or "LIMDIS" or "NODIS" or "EXDIS")
        {
            return true;
        }

        var second = tokens[first + (count > 1 ? 1 : 0)];
        if (head is "PAGE" && count > 1 && second.Kind == TokenKind.Number)
        {
            return true;
        }

        if (head is "TAGS" or "SUBJECT" or "SUBJ" && count > 1 && text[second.Start] == ':')
        {
            return true;
        }

        if (count <= 12)
        {
            for (var k = first; k < end; k++)
            {
                if (AddresseeLookup.Contains(tokens[k].Span(text)))
                {
                    return true;
                }
            }
        }

        // Date-time group: "R 171512Z JAN 90", "O 260849Z OCT 07"
        if (count is > 1 and <= 5 && head.Length == 1 && tokens[first + 1].Kind == TokenKind.Number && tokens[first + 1].Span(text).EndsWith("Z"))
        {
            return true;
        }

        // Spaced banners: "C O N F I D E N T I A L SECTION 02 OF 03 CAPE TOWN 00097"
        if (count >= 6)
        {
            var spaced = true;
            for (var k = first; k < first + 6; k++)
            {
                spaced &= tokens[k].Length == 1 && tokens[k].Kind == TokenKind.Word;
            }

            if (spaced)
            {
                return true;
            }
        }

        // E.O. 12958 / 12356 line
        if (head is "E.O." && count <= 10)
        {
            return true;
        }

        if (count is < 4 or > 10 || tokens[end - 1].Kind != TokenKind.Number)
        {
            return false;
        }

        var hasOf = false;
        var longNumber = false;
        for (var k = first; k < end; k++)
        {
            hasOf |= tokens[k].Span(text).Equals("OF", StringComparison.Ordinal);
            longNumber |= tokens[k].Kind == TokenKind.Number && tokens[k].Length >= 5;
        }

        return hasOf && longNumber;
    }

    internal static bool IsAllCaps(string text)
    {
        long upper = 0, lower = 0;
        var length = text.Length;
        for (var i = 0; i < length; i++)
        {
            var c = text[i];
            if (char.IsUpper(c))
            {
                upper++;
            }
            else if (char.IsLower(c))
            {
                lower++;
                // Capitals can never reach ten times this many, so the answer is known: a mixed-case cable stops early.
                if (lower * 10 >= length)
                {
                    return false;
                }
            }
        }

        return upper + lower > 0 && lower * 10 < upper;
    }
}
