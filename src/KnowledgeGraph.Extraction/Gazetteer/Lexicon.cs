using System.Collections.Frozen;
using KnowledgeGraph.Extraction.Text;

namespace KnowledgeGraph.Extraction.Gazetteer;

/// <summary>
/// Every embedded word list, loaded once through <see cref="LexiconResource"/> and shared read-only by all
/// threads: phrase matchers for countries, titles, organizations, topics and meeting words, and the sets
/// (given names, common words, planning words, TAGS) the recognizers consult.
/// </summary>
internal sealed class Lexicon
{
    private static readonly Lazy<Lexicon> Shared = new(() => new Lexicon(), LazyThreadSafetyMode.ExecutionAndPublication);

    public static Lexicon Instance => Shared.Value;

    public Tokenizer Tokenizer { get; }

    /// <summary>The words of every phrase below, shared by their tries.</summary>
    public Vocabulary Vocabulary { get; } = new();
    public PhraseMatcher<CountryEntry> Countries { get; }
    public PhraseMatcher<TitleEntry> Titles { get; }
    public PhraseMatcher<OrganizationEntry> Organizations { get; }
    public PhraseMatcher<TopicEntry> Topics { get; }
    public PhraseMatcher<MeetingWord> MeetingWords { get; }

    public IReadOnlyDictionary<string, Country> CountriesByCode { get; }
    public IReadOnlyDictionary<string, Country> CountriesByTag { get; }
    public IReadOnlyDictionary<string, TopicEntry> TopicsByKey { get; }
    /// <summary>TAGS code (PREL) → topic.</summary>
    public IReadOnlyDictionary<string, TopicEntry> TopicsByTag { get; }
    public IReadOnlyDictionary<string, string> TagMeanings { get; }
    /// <summary>Given name → country hint ("" when none stands out).</summary>
    public Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> GivenNames { get; }
    public HashSet<string>.AlternateLookup<ReadOnlySpan<char>> CommonWords { get; }
    public HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PlanningWords { get; }
    public IReadOnlyDictionary<string, OrganizationEntry> OrganizationsByKey { get; }

    /// <summary>Months, weekdays and "yesterday"/"today"/"tomorrow", by a token's characters (case-insensitive).</summary>
    public FrozenDictionary<string, DateWord>.AlternateLookup<ReadOnlySpan<char>> DateWords { get; }

    /// <summary>Transliteration variants of given names ("Sergey" → "Sergei"), for person ids and name matching.</summary>
    public GivenNameVariants GivenNameVariants { get; } = GivenNameVariants.Load();

    /// <summary>Surnames that are also English words ("White", "Rice", "Bush"): in capitals they need a cue to be names.</summary>
    public HashSet<string>.AlternateLookup<ReadOnlySpan<char>> EnglishSurnameWords { get; }

    private Lexicon()
    {
        Tokenizer = new Tokenizer(LexiconResource.Words("abbreviations.txt"));
        Countries = new(Vocabulary);
        Titles = new(Vocabulary);
        Organizations = new(Vocabulary);
        Topics = new(Vocabulary);
        MeetingWords = new(Vocabulary);
        var common = new HashSet<string>(LexiconResource.Words("common-words.txt"), StringComparer.OrdinalIgnoreCase);
        CommonWords = common.GetAlternateLookup<ReadOnlySpan<char>>();
        PlanningWords = new HashSet<string>(LexiconResource.Words("planning-words.txt"), StringComparer.OrdinalIgnoreCase)
            .GetAlternateLookup<ReadOnlySpan<char>>();

        var byCode = new Dictionary<string, Country>(StringComparer.OrdinalIgnoreCase);
        var byTag = new Dictionary<string, Country>(StringComparer.OrdinalIgnoreCase);
        // Blockers first: the first value added for a phrase wins.
        foreach (var phrase in LexiconResource.Lines("not-countries.tsv"))
        {
            AddPhrase(Countries, phrase.Trim(), new CountryEntry("", CountryCue.NotACountry, []), common);
        }

        foreach (var f in LexiconResource.Table("countries.tsv", 6))
        {
            var country = new Country(f[0], f[1], LexiconResource.Values(f[4]));
            byCode[country.Code] = country;
            foreach (var tag in LexiconResource.Values(f[2]))
            {
                byTag.TryAdd(tag, country);
            }

            AddPhrase(Countries, f[1], new CountryEntry(f[0], CountryCue.Name, []), common);
            foreach (var n in LexiconResource.Values(f[3]))
            {
                AddPhrase(Countries, n, new CountryEntry(f[0], CountryCue.Name, []), common);
            }

            foreach (var n in LexiconResource.Values(f[4]))
            {
                AddPhrase(Countries, n, new CountryEntry(f[0], CountryCue.Demonym, []), common);
            }

            foreach (var n in LexiconResource.Values(f[5]))
            {
                AddPhrase(Countries, n, new CountryEntry(f[0], CountryCue.Capital, []), common);
            }
        }

        foreach (var f in LexiconResource.Table("governments.tsv", 3))
        {
            var codes = LexiconResource.Values(f[1]);
            var entry = codes.Length == 1
                ? new CountryEntry(codes[0], CountryCue.Government, [])
                : new CountryEntry("", CountryCue.Government, codes);
            AddPhrase(Countries, f[0], entry, common);
        }

        foreach (var f in LexiconResource.Table("cities.tsv", 2))
        {
            if (byCode.ContainsKey(f[1]))
            {
                AddPhrase(Countries, f[0], new CountryEntry(f[1], CountryCue.City, []), common);
            }
        }

        CountriesByCode = byCode;
        CountriesByTag = byTag;

        foreach (var f in LexiconResource.Table("titles.tsv", 3))
        {
            var scope = f[2] switch
            {
                "gov" => TitleScope.Government,
                "us" => TitleScope.UnitedStates,
                "honorific" => TitleScope.Honorific,
                _ => TitleScope.Any,
            };
            AddPhrase(Titles, f[0], new TitleEntry(f[1] == "-" ? "" : f[1], scope), common);
        }

        var orgs = new Dictionary<string, OrganizationEntry>(StringComparer.Ordinal);
        foreach (var f in LexiconResource.Table("organizations.tsv", 5))
        {
            var acronym = f[1] is "" or "-" ? null : f[1];
            var country = f[3] is "" or "-" ? null : f[3];
            var entry = new OrganizationEntry(f[0], acronym, f[2], country);
            orgs[entry.Key] = entry;
            if (acronym is not null)
            {
                AddPhrase(Organizations, acronym, entry, common);
            }

            AddPhrase(Organizations, f[2], entry, common);
            foreach (var n in LexiconResource.Values(f[4]))
            {
                AddPhrase(Organizations, n, entry, common);
            }
        }

        OrganizationsByKey = orgs;

        var topics = new Dictionary<string, TopicEntry>(StringComparer.Ordinal);
        foreach (var f in LexiconResource.Table("topics.tsv", 3))
        {
            var topic = new TopicEntry(f[0], f[1]);
            topics[topic.Key] = topic;
            AddPhrase(Topics, f[1], topic, common);
            foreach (var n in LexiconResource.Values(f[2]))
            {
                AddPhrase(Topics, n, topic, common);
            }
        }

        var topicsByTag = new Dictionary<string, TopicEntry>(StringComparer.OrdinalIgnoreCase);
        var meanings = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var f in LexiconResource.Table("tags.tsv", 3))
        {
            meanings[f[0]] = f[1];
            if (!topics.TryGetValue(f[2], out var topic))
            {
                topic = new TopicEntry(f[2], f[1]);
                topics[topic.Key] = topic;
            }

            topicsByTag[f[0]] = topic;
        }

        TopicsByKey = topics;
        _broadTopics = topicsByTag.Values.Select(t => t.Key).ToHashSet(StringComparer.Ordinal);
        TopicsByTag = topicsByTag;
        TagMeanings = meanings;

        foreach (var f in LexiconResource.Table("meeting-words.tsv", 3))
        {
            var form = f[2] switch
            {
                "verb" => MeetingWordForm.Verb,
                "callon" => MeetingWordForm.CallOn,
                _ => MeetingWordForm.Noun,
            };
            AddPhrase(MeetingWords, f[0], new MeetingWord(f[1], form), common);
        }

        EnglishSurnameWords = new HashSet<string>(LexiconResource.Words("english-surname-words.txt"), StringComparer.OrdinalIgnoreCase)
            .GetAlternateLookup<ReadOnlySpan<char>>();

        var given = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var f in LexiconResource.Table("given-names.tsv", 2))
        {
            given.TryAdd(f[0], f[1]);
        }

        GivenNames = given.GetAlternateLookup<ReadOnlySpan<char>>();

        var dateWords = new Dictionary<string, DateWord>(StringComparer.OrdinalIgnoreCase);
        foreach (var f in LexiconResource.Table("date-words.tsv", 3))
        {
            var kind = Enum.Parse<DateWordKind>(f[1], ignoreCase: true);
            dateWords[f[0]] = new DateWord(kind, int.Parse(f[2], System.Globalization.CultureInfo.InvariantCulture));
            // In the vocabulary too, so a token without a word id is known to be no date word (no second lookup).
            Vocabulary.Add(f[0]);
        }

        DateWords = dateWords.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
        Vocabulary.Freeze();
    }

    private readonly HashSet<string> _broadTopics;

    /// <summary>A topic that a TAGS subject code maps to: a broad category rather than a specific subject.</summary>
    public bool IsBroadTopic(string key) => _broadTopics.Contains(key);

    private void AddPhrase<T>(PhraseMatcher<T> matcher, string phrase, T value, HashSet<string> common)
        where T : class
    {
        if (phrase.Length == 0)
        {
            return;
        }

        var tokens = Tokenizer.Tokenize(phrase);
        // Short all-capital entries are acronyms: in mixed-case text they must be written in capitals.
        var acronym = phrase.Length <= 6 && phrase.Any(char.IsLetter) && !phrase.Any(char.IsLower);
        var wordInCaps = acronym && tokens.Count == 1 && common.Contains(phrase);
        matcher.Add(phrase, tokens, value, acronym, wordInCaps);
    }
}
