using KnowledgeGraph.Extraction.Gazetteer;
using KnowledgeGraph.Extraction.Model;
using KnowledgeGraph.Extraction.Text;

namespace KnowledgeGraph.Extraction.Pipeline;

/// <summary>
/// Coreference inside a cable and resolution to corpus-stable ids: full names, surname-only and title+surname
/// mentions, ALL-CAPS forms, definite descriptions ("the Russian FM", "the Ambassador"), the Classified-By official
/// and the signature. Never merges two people who share a surname when their given names differ (Hugo vs Adan Chavez).
/// </summary>
internal sealed class PersonResolver : IExtractionStage
{
    private static readonly Dictionary<string, string> SurnameHints = new(StringComparer.OrdinalIgnoreCase)
    {
        ["ov"] = "RU", ["ova"] = "RU", ["ev"] = "RU", ["eva"] = "RU", ["yov"] = "RU", ["kin"] = "RU", ["shin"] = "RU", ["sky"] = "RU", ["skiy"] = "RU",
    };

    public void Run(CableDocument document)
    {
        var personSpans = new List<(int First, int End, PersonRecord Person)>();
        foreach (var c in document.Candidates)
        {
            var parts = NameParts(document, c.FirstToken, c.EndToken);
            var record = Find(document, parts, c.FirstToken) ?? Create(document, parts, c.FirstToken, c.Confidence);
            Upgrade(document, record, parts);
            record.Confidence = Math.Max(record.Confidence, c.Confidence);
            if (c.Title is { IsHonorific: false } title)
            {
                ApplyTitle(document, record, c.PhraseStart, c.FirstToken, title);
            }

            personSpans.Add((c.FirstToken, c.EndToken, record));
        }

        // Single words: a surname (or distinctive given name) of someone already found, or one the registry knows.
        foreach (var (first, end) in document.PendingSurnames)
        {
            var word = document.TokenText(first);
            var record = BySurname(document, word, first);
            if (record is null && document.Registry.Resolve(word) is { } known && RegistryMayResolve(document, known, first, end))
            {
                record = Find(document, known.Parts, first) ?? Create(document, [.. known.Parts], first, 0.7);
                if (record.Country is null && known.Country is not null)
                {
                    SetCountry(record, known.Country, 2);
                }

                record.Title ??= known.Title;
            }

            if (record is null && end < document.Tokens.Count && PersonRecognizer.IsReportingVerb(document.TokenText(end)) && !document.AllCaps)
            {
                record = Create(document, [Names.DisplayCase(word)], first, 0.5);
            }

            if (record is not null)
            {
                personSpans.Add((first, end, record));
            }
        }

        // Titled surname-only mentions recognized before their full name appeared ("FM Lavrov ... Sergei Lavrov") merge now.
        MergeSurnameOnly(document, personSpans);
        CompleteFromRegistry(document);
        AddClassifiedBy(document);
        AddSigners(document);

        // Every remaining unlabeled token equal to a known surname is a further mention (LAVROV, Komura).
        var covered = new bool[document.Tokens.Count];
        foreach (var (f, e, _) in personSpans)
        {
            for (var k = f; k < e; k++)
            {
                covered[k] = true;
            }
        }

        Span<char> keyBuffer = stackalloc char[64];
        for (var k = 0; k < document.Tokens.Count; k++)
        {
            if (covered[k] || document.EntityAt[k] >= 0 || document.Tokens[k].Kind != TokenKind.Word || document.Tokens[k].Length < 3)
            {
                continue;
            }

            var s = document.TokenSpan(k);
            if (!document.AllCaps && !char.IsUpper(s[0]))
            {
                continue;
            }

            // Most words are no one's surname: ruled out on the stack before the word becomes a string.
            if (Names.TrySurnameKey(s, keyBuffer, out var key) && !document.HasSurnameKey(key))
            {
                continue;
            }

            if (BySurname(document, s.ToString(), k) is { } r)
            {
                personSpans.Add((k, k + 1, r));
            }
        }

        Anaphora(document, personSpans, covered);

        foreach (var (f, e, r) in personSpans)
        {
            r.Mentions.Add(document.MentionOf(f, e));
            r.Aliases.Add(AliasText(document, f, e));
            document.AddEntity(new EntitySpan(f, e, SpanKind.Person, r));
        }

        foreach (var r in document.Persons)
        {
            DefaultCountry(document, r);
            r.Id = Names.PersonId(r.NameParts);
            r.Mentions.Sort((a, b) => a.Start.CompareTo(b.Start));
        }
    }

    /// <summary>
    /// A lone word resolves through the registry when it cannot be an ordinary word: in ALL-CAPS text a learned name
    /// or a word that is also English ("WHITE", "RICE") needs a cue (a title before it, "'s", a comma or a reporting verb after it).
    /// </summary>
    private static bool RegistryMayResolve(CableDocument document, NameRegistry.KnownName known, int first, int end)
    {
        var word = document.TokenSpan(first);
        var common = document.Lexicon.CommonWords.Contains(word) || document.Lexicon.EnglishSurnameWords.Contains(word);
        if (!document.AllCaps && !common)
        {
            return true;
        }

        if (document.AllCaps && known.BuiltIn && !common)
        {
            return true;
        }

        return end < document.Tokens.Count && (document.TokenIs(end, "'s") || PersonRecognizer.IsReportingVerb(document.TokenText(end)));
    }

    /// <summary>Surname-only persons named by a title ("President Chavez") take the full name the registry knows for that surname,
    /// when the countries agree.</summary>
    private static void CompleteFromRegistry(CableDocument document)
    {
        foreach (var r in document.Persons)
        {
            if (r.NameParts.Count != 1 || document.Registry.Resolve(r.Surname) is not { } known)
            {
                continue;
            }

            var countryFits = r.Country is null ? known.Country is null || known.Country == document.HostCountry || MentionsCountry(document, known.Country)
                : r.Country == known.Country;
            if (!countryFits || document.WithSurname(Names.SurnameKey(r.Surname)).Any(p => p != r && p.NameParts.Count > 1))
            {
                continue;
            }

            r.NameParts = [.. known.Parts];
            document.IndexPerson(r);
            r.Title ??= known.Title;
            if (known.Country is not null)
            {
                SetCountry(r, known.Country, Math.Max(1, r.CountryStrength));
            }
        }
    }

    private static string AliasText(CableDocument document, int first, int end)
    {
        var start = first;
        if (document.EntityOf(first - 1) is { Kind: SpanKind.Title } t)
        {
            start = t.FirstToken;
        }

        return document.TokensText(start, end);
    }

    private static List<string> NameParts(CableDocument document, int first, int end)
    {
        var parts = new List<string>();
        for (var k = first; k < end; k++)
        {
            var t = document.Tokens[k];
            if (t.Kind == TokenKind.Punctuation && parts.Count > 0)
            {
                parts[^1] += document.TokenText(k); // "Jean-" + "Pierre"
                continue;
            }

            var w = Names.DisplayCase(document.TokenText(k));
            if (parts.Count > 0 && parts[^1].EndsWith('-'))
            {
                parts[^1] += w;
            }
            else
            {
                parts.Add(w);
            }
        }

        return parts;
    }

    /// <summary>An existing person these name parts refer to: same surname and compatible given names.</summary>
    private static PersonRecord? Find(CableDocument document, IReadOnlyList<string> parts, int at)
    {
        var surname = Names.SurnameKey(parts[^1]);
        PersonRecord? best = null;
        foreach (var r in document.WithSurname(surname))
        {
            if (!Compatible(r.NameParts, parts))
            {
                continue;
            }

            if (best is null || (r.FirstSeen <= at && r.FirstSeen > best.FirstSeen))
            {
                best = r;
            }
        }

        return best;
    }

    private static bool Compatible(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        if (a.Count == 1 || b.Count == 1)
        {
            return true;
        }

        // First names compare with transliteration variants folded ("Sergey" is "Sergei"). A first name found elsewhere in
        // the other name ("Thomas Schieffer", "J. Thomas Schieffer") must match as written: in Arabic names the middle
        // name is the father's (Nasser Al Sabah is not Ahmad Naser Al Sabah), and a variant there would widen that guess.
        if (Names.GivenKey(a[0]) == Names.GivenKey(b[0]))
        {
            return true;
        }

        var ga = Names.Key(a[0]);
        var gb = Names.Key(b[0]);
        return (a[0].EndsWith('.') && gb.StartsWith(ga, StringComparison.Ordinal)) || (b[0].EndsWith('.') && ga.StartsWith(gb, StringComparison.Ordinal))
               || a.Any(x => Names.Key(x) == gb) || b.Any(x => Names.Key(x) == ga);
    }

    private static PersonRecord? BySurname(CableDocument document, string word, int at)
    {
        var key = Names.SurnameKey(word);
        if (key.Length < 2)
        {
            return null;
        }

        PersonRecord? recent = null;
        PersonRecord? any = null;
        var matches = 0;
        foreach (var r in document.WithSurname(key))
        {
            matches++;
            any ??= r;
            if (r.FirstSeen <= at && (recent is null || r.FirstSeen > recent.FirstSeen))
            {
                recent = r;
            }
        }

        return matches == 0 ? null : recent ?? any;
    }

    private static PersonRecord Create(CableDocument document, List<string> parts, int at, double confidence)
    {
        var r = new PersonRecord { NameParts = parts, FirstSeen = at, Confidence = confidence };
        document.Persons.Add(r);
        document.IndexPerson(r);
        return r;
    }

    private static void Upgrade(CableDocument document, PersonRecord r, IReadOnlyList<string> parts)
    {
        if (parts.Count > r.NameParts.Count)
        {
            r.NameParts = [.. parts];
            document.IndexPerson(r);
        }
    }

    private static void MergeSurnameOnly(CableDocument document, List<(int First, int End, PersonRecord Person)> spans)
    {
        var persons = document.Persons;
        for (var i = persons.Count - 1; i >= 0; i--)
        {
            var r = persons[i];
            if (r.NameParts.Count != 1)
            {
                continue;
            }

            var full = document.WithSurname(Names.SurnameKey(r.Surname)).Where(p => p != r && p.NameParts.Count > 1).ToList();
            if (full.Count != 1)
            {
                continue;
            }

            var target = full[0];
            target.Title ??= r.Title;
            if (r.CountryStrength > target.CountryStrength)
            {
                SetCountry(target, r.Country!, r.CountryStrength);
            }

            target.OrganizationIds.UnionWith(r.OrganizationIds);
            target.Confidence = Math.Max(target.Confidence, r.Confidence);
            target.FirstSeen = Math.Min(target.FirstSeen, r.FirstSeen);
            persons.RemoveAt(i);
            if (document.WithSurname(Names.SurnameKey(r.Surname)) is List<PersonRecord> same)
            {
                same.Remove(r);
            }

            for (var k = 0; k < spans.Count; k++)
            {
                if (spans[k].Person == r)
                {
                    spans[k] = (spans[k].First, spans[k].End, target);
                }
            }
        }
    }

    /// <summary>Title expansion, organization and country from the phrase before the name ("Russian FM", "MOFA ... Director").</summary>
    private static void ApplyTitle(CableDocument document, PersonRecord record, int titleStart, int nameStart, TitleEntry title)
    {
        var expansion = title.Expansion;
        var titleSpan = document.EntityOf(titleStart);
        var k = titleStart - 1;
        var skipped = 0;
        string? country = null;
        var strength = 0;
        for (; k >= 0 && titleStart - k < 10; k--)
        {
            var e = document.EntityOf(k);
            if (e is { Kind: SpanKind.Title, Value: TitleEntry prefix } && skipped == 0 && !prefix.IsHonorific)
            {
                if (prefix.Expansion is "Deputy" or "Vice Chairman" or "Deputy Chief")
                {
                    expansion = prefix.Expansion + " " + expansion;
                }

                k = e.FirstToken;
                continue;
            }

            if (e is { Kind: SpanKind.Country, Value: CountryEntry c } && c.Cue != CountryCue.NotACountry && skipped == 0)
            {
                var code = c.Code.Length > 0 ? c.Code : c.Candidates.FirstOrDefault(x => x == document.HostCountry);
                if (code is not null)
                {
                    country = code;
                    strength = 3;
                }

                break;
            }

            if (e is { Kind: SpanKind.Organization or SpanKind.Group })
            {
                if (e.Value is OrganizationEntry org)
                {
                    if (Organizations.IdOf(org, document.HostCountry) is { } id)
                    {
                        record.OrganizationIds.Add(id);
                    }

                    var oc = org.IsHostGovernment ? document.HostCountry : org.Country;
                    if (oc is not null)
                    {
                        country = oc;
                        strength = 2;
                    }
                }
                else if (e.Value is GroupRecord g)
                {
                    record.OrganizationIds.Add(g.OrganizationId);
                    country = g.Country;
                    strength = 2;
                }

                break;
            }

            if (document.TokenIs(k, "'s") && document.EntityOf(k - 1) is { Kind: SpanKind.Country, Value: CountryEntry pc } && pc.Code.Length > 0 && skipped == 0)
            {
                country = pc.Code;
                strength = 3;
                break;
            }

            // Unit words between an organization and the title ("MOFA Russia Division Principal Deputy Director").
            if (e is null or { Kind: SpanKind.Country } && document.Tokens[k].Kind == TokenKind.Word && char.IsUpper(document.Text[document.Tokens[k].Start]) && skipped < 4
                && !document.TokenIs(k, "The") && !document.TokenIs(k, "THE"))
            {
                skipped++;
                continue;
            }

            break;
        }

        if (expansion.Length > 0 && (record.Title is null || record.Title.Length < expansion.Length || title.Scope != TitleScope.Any))
        {
            record.Title = expansion;
        }

        if (title.Scope == TitleScope.UnitedStates && strength < 3)
        {
            country = "US";
            strength = 3;
        }

        if (country is not null)
        {
            SetCountry(record, country, strength);
        }
        else if (title.Scope == TitleScope.Government)
        {
            record.GovernmentTitle = true;
        }

        _ = titleSpan;
        _ = nameStart;
    }

    private static void SetCountry(PersonRecord r, string code, int strength)
    {
        if (strength >= r.CountryStrength)
        {
            r.Country = code;
            r.CountryStrength = strength;
        }
    }

    private static void DefaultCountry(CableDocument document, PersonRecord r)
    {
        if (r.Country is not null)
        {
            return;
        }

        string? hint = null;
        if (r.NameParts.Count > 1 && document.Lexicon.GivenNames.TryGetValue(r.NameParts[0], out var h) && h.Length == 2)
        {
            hint = h;
        }

        if (hint is null)
        {
            var surname = r.Surname;
            foreach (var (suffix, code) in SurnameHints)
            {
                if (surname.Length > suffix.Length + 2 && surname.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
                {
                    hint = code;
                    break;
                }
            }
        }

        if (hint is not null && (hint == document.HostCountry || MentionsCountry(document, hint)))
        {
            SetCountry(r, hint, 1);
        }
        else if ((r.GovernmentTitle || (r.Title is not null && !r.ClassifiedBy && !r.Signer)) && document.HostCountry is { } host)
        {
            SetCountry(r, host, 1);
        }
    }

    private static bool MentionsCountry(CableDocument document, string code) => document.MentionsCountry(code);

    private static void AddClassifiedBy(CableDocument document)
    {
        foreach (var cb in document.Cable.ClassifiedBy)
        {
            if (string.IsNullOrWhiteSpace(cb.Name))
            {
                continue;
            }

            var tokens = document.Lexicon.Tokenizer.Tokenize(cb.Name);
            var parts = tokens.Where(t => t.Kind == TokenKind.Word).Select(t => Names.DisplayCase(cb.Name[t.Start..t.End])).ToList();
            // "Clark T. Randt, Jr.": the generational suffix is not the surname, or the official would not meet "Randt" in the body.
            while (parts.Count > 1 && Names.IsGenerationalSuffix(parts[^1]))
            {
                parts.RemoveAt(parts.Count - 1);
            }

            if (parts.Count == 0)
            {
                continue;
            }

            var record = Find(document, parts, int.MaxValue) ?? Create(document, parts, document.Tokens.Count, 0.95);
            Upgrade(document, record, parts);
            record.Confidence = Math.Max(record.Confidence, 0.95);
            record.ClassifiedBy = true;
            SetCountry(record, "US", 3);
            record.OrganizationIds.Add("org:" + GroupTagger.EmbassyKey(document));
            if (cb.Title is { Length: > 0 } title)
            {
                var tt = document.Lexicon.Tokenizer.Tokenize(title);
                var m = document.Lexicon.Titles.Longest(title, tt, 0, tt.Count, allCaps: true);
                record.Title = m is { Value.Expansion.Length: > 0 } ? m.Value.Expansion : Names.DisplayCase(title);
            }

            record.Aliases.Add(cb.Name);
        }
    }

    private static void AddSigners(CableDocument document)
    {
        foreach (var signer in document.Cable.Signers)
        {
            var word = signer.Trim();
            if (word.Length < 2 || word.Contains(' '))
            {
                continue;
            }

            var record = BySurname(document, word, int.MaxValue);
            if (record is null)
            {
                record = Create(document, [Names.DisplayCase(word)], document.Tokens.Count, 0.7);
                SetCountry(record, "US", 2);
            }

            record.Aliases.Add(word);
            record.Signer = true;
        }
    }

    /// <summary>"the Russian FM", "the Foreign Minister", "the Ambassador": the one person in the cable with that title.</summary>
    private static void Anaphora(CableDocument document, List<(int First, int End, PersonRecord Person)> spans, bool[] covered)
    {
        var starts = spans.Select(s => s.First).ToHashSet();
        var officials = document.Persons.Where(p => p.ClassifiedBy || p.Signer).ToList();
        var byTitle = document.Persons.Where(p => p.Title is not null).GroupBy(p => p.Title!, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        foreach (var e in document.Entities.ToArray())
        {
            if (e is not { Kind: SpanKind.Title, Value: TitleEntry { IsHonorific: false } title } || document.EntityAt[e.FirstToken] < 0
                || document.Entities[document.EntityAt[e.FirstToken]] != e)
            {
                continue;
            }

            // must not be followed by a name, and must be preceded by "the" (optionally with a demonym or country between)
            if (e.EndToken < document.Tokens.Count && starts.Contains(e.EndToken))
            {
                continue;
            }

            var k = e.FirstToken - 1;
            string? country = null;
            if (document.EntityOf(k) is { Kind: SpanKind.Country, Value: CountryEntry c } ce && c.Code.Length > 0)
            {
                country = c.Code;
                k = ce.FirstToken - 1;
            }

            var chief = title.Expansion is "Ambassador" or "Deputy Chief of Mission" or "Acting Deputy Chief of Mission" or "Charge d'Affaires" or "Consul General";
            var hasArticle = document.TokenIs(k, "the");
            if (!hasArticle && !(chief && country is null))
            {
                continue;
            }

            var target = TitledTarget(byTitle, officials, title.Expansion, country, e.FirstToken, chief);
            if (!hasArticle)
            {
                k = e.FirstToken;
            }

            if (target is not null)
            {
                spans.Add((k, e.EndToken, target));
            }
        }
    }

    /// <summary>
    /// Whom "the [Russian] Foreign Minister" at token <paramref name="at"/> refers to: the one person with that title (and
    /// country), else the latest before it; for a chief of mission, the official who classified or signed the cable.
    /// A method of its own so that its lambdas' closure is made only for the title mentions that get this far.
    /// </summary>
    private static PersonRecord? TitledTarget(
        Dictionary<string, List<PersonRecord>> byTitle, List<PersonRecord> officials, string title, string? country, int at, bool chief)
    {
        var candidates = byTitle.TryGetValue(title, out var titled) ? titled.Where(p => country is null || p.Country == country).ToList() : [];
        PersonRecord? target = candidates.Count switch
        {
            1 => candidates[0],
            > 1 => candidates.Where(p => p.FirstSeen < at).OrderByDescending(p => p.FirstSeen).FirstOrDefault(),
            _ => null,
        };
        if (target is null && chief && country is null or "US")
        {
            // The chief of mission signs the embassy's cables and usually classifies them.
            target = officials.FirstOrDefault(p => p.ClassifiedBy && p.Title == title)
                     ?? (title == "Ambassador" ? officials.FirstOrDefault(p => p.Signer && (p.Title is null or "Ambassador") && p.Country == "US") : null);
            if (target is not null)
            {
                target.Title ??= title;
            }
        }

        return target;
    }
}
