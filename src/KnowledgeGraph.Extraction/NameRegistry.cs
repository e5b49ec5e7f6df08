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
    private readonly Dictionary<string, List<KnownName>> _bySurname = new(StringComparer.Ordinal);
    private readonly HashSet<string> _fullNames = new(StringComparer.Ordinal);

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
                return _fullNames.Count;
            }
        }
    }

    /// <summary>Learns the confidently recognized full names of a mixed-case cable's facts.</summary>
    public void Learn(CableFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        foreach (var p in facts.Persons)
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
        var facts = cables.Where(c => !FactExtractor.IsAllCaps(c)).AsParallel().AsOrdered()
            .WithDegreeOfParallelism(parallelism > 0 ? parallelism : Environment.ProcessorCount)
            .WithCancellation(cancellationToken)
            .Select(FactExtractor.Default.Extract);
        foreach (var f in facts)
        {
            Learn(f);
            learned++;
        }

        return learned;
    }

    /// <summary>Adds one full name ("Hugo Chavez", VE, President).</summary>
    public void Add(IReadOnlyList<string> parts, string? country, string? title) => Add(parts, country, title, builtIn: false);

    private void Add(IReadOnlyList<string> parts, string? country, string? title, bool builtIn)
    {
        var key = string.Join(' ', parts.Select(Names.Key));
        var surname = Names.SurnameKey(parts[^1]);
        lock (_gate)
        {
            if (!_fullNames.Add(key))
            {
                return;
            }

            if (!_bySurname.TryGetValue(surname, out var list))
            {
                _bySurname[surname] = list = [];
            }

            list.Add(new KnownName([.. parts], country, title, builtIn));
        }
    }

    /// <summary>The one known person with this surname, or null when none or several (never guess between two Chavezes).</summary>
    internal KnownName? Resolve(string surname)
    {
        var key = Names.SurnameKey(surname);
        lock (_gate)
        {
            if (!_bySurname.TryGetValue(key, out var list))
            {
                return null;
            }

            // A learned name that differs from a built-in one makes the surname ambiguous.
            var distinct = list.DistinctBy(k => string.Join(' ', k.Parts.Select(Names.Key))).ToList();
            return distinct.Count == 1 ? distinct[0] : null;
        }
    }

    internal bool KnowsFullName(CableDocument document, int first, int end)
    {
        if (end - first < 2)
        {
            return false;
        }

        var key = string.Join(' ', Enumerable.Range(first, end - first).Select(k => Names.Key(document.TokenText(k))).Where(x => x.Length > 0));
        lock (_gate)
        {
            return _fullNames.Contains(key);
        }
    }

    internal sealed record KnownName(IReadOnlyList<string> Parts, string? Country, string? Title, bool BuiltIn);
}
