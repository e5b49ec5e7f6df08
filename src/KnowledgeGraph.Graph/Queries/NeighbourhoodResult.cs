using System.Globalization;
using KnowledgeGraph.Graph.Model;

namespace KnowledgeGraph.Graph.Queries;

/// <summary>A neighbourhood, and whether a bound cut it short (so it is not the whole neighbourhood).</summary>
/// <param name="NodeLimitReached">More nodes were in reach than the node limit: the nearest were kept (ties by id).</param>
/// <param name="EdgeCapLevel">The hop (1 = the seeds' own edges) at which the per-level edge cap was reached, if any.</param>
public sealed record NeighbourhoodResult(Subgraph Subgraph, bool NodeLimitReached, int? EdgeCapLevel)
{
    public bool Truncated => NodeLimitReached || EdgeCapLevel is not null;

    /// <summary>A one-line explanation for the user, or null when nothing was cut.</summary>
    public string? Describe(int limit, int maxEdgesPerLevel)
    {
        var reasons = new List<string>();
        if (NodeLimitReached)
        {
            reasons.Add(string.Create(CultureInfo.InvariantCulture, $"the node limit of {limit:N0} was reached (nearest nodes kept)"));
        }

        if (EdgeCapLevel is { } level)
        {
            reasons.Add(string.Create(CultureInfo.InvariantCulture,
                $"more than {maxEdgesPerLevel:N0} relationships at hop {level} (at most that many are read per hop)"));
        }

        return reasons.Count == 0 ? null : "Truncated: " + string.Join("; ", reasons) + ".";
    }
}
