using KnowledgeGraph.Extraction.Model;
using KnowledgeGraph.Extraction.Pipeline;

namespace KnowledgeGraph.Extraction;

/// <summary>
/// Full names learned from mixed-case cables, shared across cables and threads, so ALL-CAPS cables (where
/// capitalization is no cue) and surname-only mentions can be resolved: "CHAVEZ" → Hugo Chavez when the
/// registry knows exactly one Chavez. An ingest run learns first (<see cref="Learn"/>) and extracts after, so ids
/// depend only on the cable and the registry's contents, never on thread timing. Thread-safe.
/// </summary>
public sealed class NameRegistry
{
    private readonly Lock _gate = new();
    /// <summary>Full-name keys by surname key: several keys make the surname ambiguous.</summary>
    private readonly Dictionary<string, List<string>> _bySurname = new(StringComparer.Ordinal);
    /// <summary>One entry per person (<see cref="Names.FullNameKey"/>: "Sergey Lavrov" and "Sergei Lavrov" are one).</summary>
    private readonly Dictionary<string, KnownName> _byFullName = new(StringComparer.Ordinal);

    /// <summary>A registry holding only the built-in public figures (Lexicons/known-persons.tsv).</summary>
    public NameRegistry()
    {
        foreach (var f in Gazetteer.LexiconResource.Table("known-persons.tsv", 3))
        {
            var parts = f[0].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            Add(parts, f[1] is "" or "-" ? null : f[1], f[2].Length == 0 ? null : f[2], builtIn: true);
        }
    }

    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _byFullName.Count;
            }
        }
    }

    /// <summary>Learns the confidently recognized full names of a mixed-case cable's facts.</summary>
    public void Learn(CableFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        Learn(facts.Persons);
    }

    private void Learn(IReadOnlyList<PersonEntity> persons)
    {
        foreach (var p in persons)
        {
            var parts = p.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length < 2 || p.Confidence < 0.8 || parts.Count(x => x.Length > 2) < 2)
            {
                continue;
            }

            Add(parts, p.Country, p.Title, builtIn: false);
        }
    }

    /// <summary>
    /// The learn pass of a run: extracts the mixed-case cables among <paramref name="cables"/> (in parallel, streaming:
    /// only the names are kept) and learns their full names in input order, so the registry does not depend on thread
    /// timing. ALL-CAPS cables teach nothing (capitalization is no cue there); they are the ones that profit.
    /// </summary>
    /// <returns>The number of cables learned from.</returns>
    public int LearnFrom(IEnumerable<Cables.Model.ParsedCable> cables, int parallelism = 0, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(cables);
        var learned = 0;
        var persons = Cables.OrderedParallel.Select(
            cables.Where(c => !FactExtractor.IsAllCaps(c)),
            FactExtractor.Default.ExtractPersons,
            parallelism > 0 ? parallelism : Environment.ProcessorCount,
            cancellationToken);
        foreach (var found in persons)
        {
            Learn(found);
            learned++;
        }

        return learned;
    }

    /// <summary>Adds one full name ("Hugo Chavez", VE, President).</summary>
    public void Add(IReadOnlyList<string> parts, string? country, string? title) => Add(parts, country, title, builtIn: false);

    private void Add(IReadOnlyList<string> parts, string? country, string? title, bool builtIn)
    {
        var key = Names.FullNameKey(parts);
        var surname = Names.SurnameKey(parts[^1]);
        var candidate = new KnownName([.. parts], country, title, builtIn);
        lock (_gate)
        {
            if (_byFullName.TryGetValue(key, out var current))
            {
                // Another spelling of a known person ("Sergey Lavrov" after "Sergei Lavrov"): keep one, chosen by Prefer.
                if (Prefer(candidate, current))
                {
                    _byFullName[key] = candidate with { Country = country ?? current.Country, Title = title ?? current.Title };
                }

                return;
            }

            _byFullName[key] = candidate;
            if (!_bySurname.TryGetValue(surname, out var list))
            {
                _bySurname[surname] = list = [];
            }

            list.Add(key);
        }
    }

    /// <summary>
    /// Which spelling of one person the registry hands out, independent of the order names were learned in: a built-in
    /// one, else the one written with canonical given names ("Sergei"), else the ordinally first.
    /// </summary>
    private static bool Prefer(KnownName candidate, KnownName current)
    {
        if (candidate.BuiltIn != current.BuiltIn)
        {
            return candidate.BuiltIn;
        }

        if (current.BuiltIn)
        {
            return false; // two built-in spellings: the data file's first stays
        }

        var candidateCanonical = candidate.IsCanonicalSpelling;
        if (candidateCanonical != current.IsCanonicalSpelling)
        {
            return candidateCanonical;
        }

        return string.CompareOrdinal(string.Join(' ', candidate.Parts), string.Join(' ', current.Parts)) < 0;
    }

    /// <summary>The one known person with this surname, or null when none or several (never guess between two Chavezes).</summary>
    internal KnownName? Resolve(string surname)
    {
        var key = Names.SurnameKey(surname);
        lock (_gate)
        {
            // A learned name that differs from a built-in one (other than in the spelling of a given name) makes the surname ambiguous.
            return _bySurname.TryGetValue(key, out var list) && list.Count == 1 ? _byFullName[list[0]] : null;
        }
    }

    internal bool KnowsFullName(CableDocument document, int first, int end)
    {
        if (end - first < 2)
        {
            return false;
        }

        var parts = new List<string>(end - first);
        for (var k = first; k < end; k++)
        {
            parts.Add(document.TokenText(k));
        }

        var key = Names.FullNameKey(parts);
        lock (_gate)
        {
            return _byFullName.ContainsKey(key);
        }
    }

    internal sealed record KnownName(IReadOnlyList<string> Parts, string? Country, string? Title, bool BuiltIn)
    {
        /// <summary>Every given name already in its canonical spelling ("Sergei Lavrov", not "Sergey Lavrov").</summary>
        public bool IsCanonicalSpelling => Names.PersonId(Parts) == Names.WrittenId(string.Join(' ', Parts));
    }
}
