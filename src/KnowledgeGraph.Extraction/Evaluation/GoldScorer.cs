using KnowledgeGraph.Extraction.Model;

namespace KnowledgeGraph.Extraction.Evaluation;

/// <summary>
/// Scores extracted facts against gold annotations: persons (a predicted name matches a gold name with the same
/// surname and compatible given names, one to one), countries (ISO codes), meeting pairs (unordered pairs of named
/// persons in one meeting, after mapping predicted names onto gold names) and meeting dates (start dates).
/// </summary>
public static class GoldScorer
{
    public const string Persons = "persons";
    public const string Countries = "countries";
    public const string MeetingPairs = "meeting pairs";
    public const string MeetingDates = "meeting dates";

    public static IReadOnlyList<string> MetricNames { get; } = [Persons, Countries, MeetingPairs, MeetingDates];

    public static CableScore Score(GoldCable gold, CableFacts facts)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(facts);
        var misses = new List<string>();
        var extras = new List<string>();

        // persons: one-to-one matching
        var goldNames = gold.Persons.ToList();
        var mapping = new Dictionary<string, string>(StringComparer.Ordinal); // predicted id → gold name
        var matchedGold = new HashSet<string>(StringComparer.Ordinal);
        foreach (var p in facts.Persons.OrderByDescending(p => p.Name.Split(' ').Length))
        {
            var g = goldNames.FirstOrDefault(n => !matchedGold.Contains(n) && SamePerson(n, p.Name));
            if (g is not null)
            {
                matchedGold.Add(g);
                mapping[p.Id] = g;
            }
            else
            {
                extras.Add("person " + p.Name);
            }
        }

        misses.AddRange(goldNames.Where(n => !matchedGold.Contains(n)).Select(n => "person " + n));
        var persons = new MetricScore(Persons, matchedGold.Count, facts.Persons.Count - mapping.Count, goldNames.Count - matchedGold.Count);

        var countries = SetScore(Countries, gold.Countries, facts.Countries.Select(c => c.Code), misses, extras);

        var goldPairs = gold.MeetingPairs.Where(p => p.Count == 2).Select(p => Pair(p[0], p[1])).ToList();
        var predictedPairs = new List<string>();
        foreach (var m in facts.Meetings)
        {
            var names = m.Participants.Where(p => p.Kind == "person")
                .Select(p => mapping.TryGetValue(p.Id, out var g) ? g : p.Name)
                .Distinct(StringComparer.Ordinal).ToList();
            for (var i = 0; i < names.Count; i++)
            {
                for (var j = i + 1; j < names.Count; j++)
                {
                    predictedPairs.Add(Pair(names[i], names[j]));
                }
            }
        }

        var pairs = SetScore(MeetingPairs, goldPairs, predictedPairs, misses, extras);
        var dates = SetScore(MeetingDates, gold.MeetingDates, facts.Meetings.Where(m => m.Date is not null).Select(m => m.Date!.Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)), misses, extras);
        return new CableScore(gold.Cable, [persons, countries, pairs, dates], misses, extras);
    }

    /// <summary>Sums per-cable scores into one score per metric.</summary>
    public static IReadOnlyList<MetricScore> Total(IEnumerable<CableScore> cables)
    {
        var totals = MetricNames.Select(n => new MetricScore(n, 0, 0, 0)).ToArray();
        foreach (var c in cables)
        {
            for (var i = 0; i < totals.Length; i++)
            {
                totals[i] = totals[i].Add(c.Metrics[i]);
            }
        }

        return totals;
    }

    /// <summary>Same surname; given names equal (up to transliteration: "Sergey" is "Sergei"), an initial of each other, or absent on one side.</summary>
    public static bool SamePerson(string gold, string predicted)
    {
        var a = Parts(gold);
        var b = Parts(predicted);
        if (a.Count == 0 || b.Count == 0)
        {
            return false;
        }

        if (a[^1] != b[^1] && !(a.Contains(b[^1]) && b.Count == 1) && !(b.Contains(a[^1]) && a.Count == 1))
        {
            return false;
        }

        if (a.Count == 1 || b.Count == 1)
        {
            return true;
        }

        return Names.GivenKey(a[0]) == Names.GivenKey(b[0]) || (a[0].Length == 1 && b[0].StartsWith(a[0], StringComparison.Ordinal)) || (b[0].Length == 1 && a[0].StartsWith(b[0], StringComparison.Ordinal))
               || a.Take(a.Count - 1).Intersect(b.Take(b.Count - 1)).Any();
    }

    private static List<string> Parts(string name)
        => name.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries).Select(Names.Key).Where(k => k.Length > 0 && k is not ("AL" or "EL" or "DE" or "LA" or "BIN")).ToList();

    private static string Pair(string a, string b)
        => string.CompareOrdinal(Names.Key(a), Names.Key(b)) <= 0 ? $"{a} + {b}" : $"{b} + {a}";

    private static MetricScore SetScore(string metric, IEnumerable<string> gold, IEnumerable<string> predicted, List<string> misses, List<string> extras)
    {
        var g = gold.ToHashSet(StringComparer.OrdinalIgnoreCase);
        var p = predicted.ToHashSet(StringComparer.OrdinalIgnoreCase);
        var tp = g.Count(p.Contains);
        misses.AddRange(g.Where(x => !p.Contains(x)).Select(x => $"{metric} {x}"));
        extras.AddRange(p.Where(x => !g.Contains(x)).Select(x => $"{metric} {x}"));
        return new MetricScore(metric, tp, p.Count - tp, g.Count - tp);
    }
}
