namespace KnowledgeGraph.Extraction.Gazetteer;

/// <summary>
/// Transliteration variants of given names (Lexicons/given-name-variants.txt): "Sergey", "SERGUEI" and "Sergei" are
/// one name, spelled canonically as the group's first entry. Lookups go by <see cref="Names.Key"/>.
/// </summary>
internal sealed class GivenNameVariants
{
    private readonly Dictionary<string, string> _canonicalByKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _canonicalKeyByKey = new(StringComparer.Ordinal);

    /// <param name="groups">One group per line, spellings separated by white space, the canonical one first.</param>
    public GivenNameVariants(IEnumerable<string> groups)
    {
        foreach (var line in groups)
        {
            var spellings = line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            if (spellings.Length < 2)
            {
                throw new InvalidOperationException($"Given-name variant group '{line}' needs at least two spellings.");
            }

            var canonicalKey = Names.Key(spellings[0]);
            foreach (var spelling in spellings)
            {
                var key = Names.Key(spelling);
                // A spelling in two groups would make the canonical form depend on file order: a data error.
                if (!_canonicalByKey.TryAdd(key, spellings[0]))
                {
                    throw new InvalidOperationException($"Given name '{spelling}' is listed in two variant groups.");
                }

                _canonicalKeyByKey[key] = canonicalKey;
            }
        }
    }

    public static GivenNameVariants Load() => new(LexiconResource.Lines("given-name-variants.txt"));

    public int Count => _canonicalByKey.Count;

    /// <summary>The canonical spelling of <paramref name="name"/> ("Sergey" → "Sergei"), or the name itself when it has no variants.</summary>
    public string Canonical(string name) => _canonicalByKey.GetValueOrDefault(Names.Key(name), name);

    /// <summary>The canonical comparison key for a comparison key ("SERGEY" → "SERGEI"), or the key itself.</summary>
    public string CanonicalKey(string key) => _canonicalKeyByKey.GetValueOrDefault(key, key);
}
