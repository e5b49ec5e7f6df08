using KnowledgeGraph.Graph.Model;

namespace KnowledgeGraph.Export.Selection;

/// <summary>
/// Which part of the graph to export. The ways combine as the GraphQL <c>neighborhood</c> and <c>path</c> fields do:
/// <list type="bullet">
/// <item>seeds and/or cables, with <see cref="Depth"/> hops around them (the <c>neighborhood</c> selection);</item>
/// <item>a topic alone: the topic's neighbourhood; with seeds, a filter (meetings about it, MET edges that discussed it);</item>
/// <item>a date range alone: the meetings in the range and their neighbourhood; with seeds, a filter on dated nodes;</item>
/// <item><see cref="PathFrom"/> and <see cref="PathTo"/>: the shortest path between two nodes (the <c>path</c> selection).</item>
/// </list>
/// </summary>
/// <param name="Seeds">Node ids to start from.</param>
/// <param name="Depth">Hops from the seeds (0 = the seeds and the edges among them).</param>
/// <param name="Limit">Most nodes exported; the nearest are kept (ties by id).</param>
/// <param name="Topic">Topic id (or name) that meetings must be about.</param>
/// <param name="Cables">Cable ids to start from, like seeds.</param>
/// <param name="Kinds">Node kinds to keep besides the seeds; null or empty keeps all.</param>
/// <param name="RelationshipTypes">Relationship types to follow; null or empty follows all.</param>
/// <param name="Via">Relationship types a path may use; null or empty allows all.</param>
public sealed record SubgraphSelection(
    IReadOnlyList<string> Seeds,
    int Depth = 1,
    int Limit = SubgraphSelection.DefaultLimit,
    string? Topic = null,
    DateOnly? From = null,
    DateOnly? To = null,
    IReadOnlyList<string>? Cables = null,
    IReadOnlyList<NodeKind>? Kinds = null,
    IReadOnlyList<string>? RelationshipTypes = null,
    double? MinConfidence = null,
    string? PathFrom = null,
    string? PathTo = null,
    int MaxHops = 4,
    IReadOnlyList<string>? Via = null)
{
    public const int DefaultLimit = 100_000;
    public const int MaxLimit = 1_000_000;
    public const int MaxDepth = 6;
    public const int MaxPathHops = 10;

    /// <summary>
    /// Relationships read per hop: far above the GraphQL field's <see cref="Graph.Queries.Neighbourhood.DefaultMaxEdgesPerLevel"/>
    /// (an export is meant to be big) but still a bound on memory; when reached, the export says it was truncated.
    /// </summary>
    public const int MaxEdgesPerLevel = 1_000_000;

    public bool IsPath => PathFrom is not null || PathTo is not null;

    /// <summary>A one-line message for the user when the selection cannot be run, else null.</summary>
    public string? Validate()
    {
        if (IsPath)
        {
            return PathFrom is null || PathTo is null ? "A path needs both ends: give a path start and a path end."
                : MaxHops is < 1 or > MaxPathHops ? $"Path length must be between 1 and {MaxPathHops} hops (got {MaxHops})."
                : null;
        }

        if (Seeds.Count == 0 && (Cables?.Count ?? 0) == 0 && Topic is null && From is null && To is null)
        {
            return "Nothing selected: give seed ids, cables, a topic, a date range, or a path.";
        }

        return Depth is < 0 or > MaxDepth ? $"Depth must be between 0 and {MaxDepth} (got {Depth})."
            : Limit is < 1 or > MaxLimit ? $"Limit must be between 1 and {MaxLimit} (got {Limit})."
            : From > To ? $"The date range is empty: {From:yyyy-MM-dd} is after {To:yyyy-MM-dd}."
            : MinConfidence is < 0 or > 1 ? "Minimum confidence must be between 0 and 1."
            : null;
    }
}
