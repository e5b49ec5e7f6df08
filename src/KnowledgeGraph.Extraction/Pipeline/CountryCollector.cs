using KnowledgeGraph.Extraction.Gazetteer;
using KnowledgeGraph.Extraction.Model;

namespace KnowledgeGraph.Extraction.Pipeline;

/// <summary>Countries of the cable: body mentions (names, demonyms, capitals, government abbreviations), the subject, and TAGS.</summary>
internal static class CountryCollector
{
    public static List<CountryEntity> Collect(CableDocument document)
    {
        var found = new Dictionary<string, (double Confidence, List<Mention> Mentions, bool Tags)>(StringComparer.Ordinal);

        void Add(string? code, double confidence, Mention? mention, bool tag)
        {
            if (code is null || !document.Lexicon.CountriesByCode.ContainsKey(code))
            {
                return;
            }

            if (!found.TryGetValue(code, out var f))
            {
                f = (confidence, [], tag);
            }

            f.Confidence = Math.Max(f.Confidence, confidence);
            f.Tags |= tag;
            if (mention is not null)
            {
                f.Mentions.Add(mention);
            }

            found[code] = f;
        }

        foreach (var e in document.Entities)
        {
            if (e.Value is CountryEntry c && c.Cue != CountryCue.NotACountry)
            {
                var code = c.Code.Length > 0 ? c.Code : c.Candidates.FirstOrDefault(x => x == document.HostCountry);
                Add(code, Confidence(c.Cue), document.MentionOf(e.FirstToken, e.EndToken), false);
            }
        }

        foreach (var code in SubjectCountries(document))
        {
            Add(code, 0.9, null, false);
        }

        foreach (var tag in document.Cable.Tags)
        {
            Add(tag.CountryCode, 0.9, null, true);
        }

        return found.OrderBy(kv => kv.Key, StringComparer.Ordinal)
            .Select(kv => new CountryEntity(kv.Key, document.Lexicon.CountriesByCode[kv.Key].Name, kv.Value.Confidence, kv.Value.Mentions, kv.Value.Tags))
            .ToList();
    }

    private static IEnumerable<string> SubjectCountries(CableDocument document)
    {
        var subject = document.Cable.Subject;
        if (string.IsNullOrEmpty(subject))
        {
            yield break;
        }

        var lexicon = document.Lexicon;
        var tokens = lexicon.Tokenizer.Tokenize(subject);
        for (var i = 0; i < tokens.Count;)
        {
            var m = lexicon.Countries.Longest(subject, tokens, i, tokens.Count, allCaps: true);
            if (m is null)
            {
                i++;
                continue;
            }

            if (m.Value.Cue != CountryCue.NotACountry && m.Value.Code.Length > 0 && m.Value.Cue != CountryCue.Government)
            {
                yield return m.Value.Code;
            }

            i = m.EndToken;
        }
    }

    private static double Confidence(CountryCue cue) => cue switch
    {
        CountryCue.Name or CountryCue.Government => 0.95,
        CountryCue.Demonym => 0.85,
        CountryCue.Capital => 0.8,
        _ => 0.7,
    };
}
