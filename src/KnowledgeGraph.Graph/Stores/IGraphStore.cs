using KnowledgeGraph.Graph.Model;

namespace KnowledgeGraph.Graph.Stores;

/// <summary>
/// The one store interface. The embedded SQLite store and the Neo4j store implement it and must give
/// identical answers to identical calls (the contract test suite runs against both). Orderings are
/// part of the contract and are stated on each method. Richer queries (neighbourhood, path, who met
/// whom) are composed in <c>KnowledgeGraph.Graph.Queries</c> from these primitives, so both stores behave the same.
/// </summary>
public interface IGraphStore : IAsyncDisposable
{
    /// <summary>Connects, checks the server/file, creates the schema (constraints, indexes) if missing.</summary>
    /// <exception cref="GraphStoreException">Unreachable, wrong credentials, unsupported version, corrupt file.</exception>
    Task<StoreInfo> OpenAsync(CancellationToken cancellationToken = default);

    /// <summary>Content hashes of those of the given cables that are stored (id → hash).</summary>
    Task<IReadOnlyDictionary<string, string>> GetContentHashesAsync(IReadOnlyCollection<string> cableIds, CancellationToken cancellationToken = default);

    /// <summary>
    /// Writes cables. Each cable is atomic: either all of its facts are stored or none. A cable already
    /// stored is replaced (its Cable/Meeting nodes and every edge it contributed); shared entity nodes are
    /// merged (aliases united, counts recomputed), and derived MET edges are kept consistent.
    /// </summary>
    Task<WriteSummary> WriteCablesAsync(IReadOnlyList<CableGraph> cables, CancellationToken cancellationToken = default);

    /// <summary>Node counts by label and relationship counts by type (every label/type present, zero included).</summary>
    Task<GraphCounts> GetCountsAsync(CancellationToken cancellationToken = default);

    /// <summary>Nodes by id, in the order of <paramref name="ids"/>; unknown ids are skipped.</summary>
    Task<IReadOnlyList<GraphNode>> GetNodesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default);

    /// <summary>Edges incident to the given nodes (one round trip for many nodes). Ordered by type, source, target, id.</summary>
    Task<IReadOnlyList<GraphEdge>> GetEdgesAsync(EdgeQuery query, CancellationToken cancellationToken = default);

    /// <summary>
    /// The MET relationships of each person, best first: most meetings, then latest last meeting (undated last), then the
    /// other person's id; at most <paramref name="first"/> per person, one per pair. Every requested id is a key. The
    /// default reads every MET edge of the people and orders them here; a store with an index for this order overrides it.
    /// </summary>
    async Task<IReadOnlyDictionary<string, IReadOnlyList<GraphEdge>>> GetMetEdgesAsync(IReadOnlyCollection<string> personIds, int first, CancellationToken cancellationToken = default)
    {
        var met = personIds.Count == 0 ? [] : await GetEdgesAsync(new EdgeQuery(personIds, EdgeDirection.Both, [RelationshipType.Met]), cancellationToken);
        var result = new Dictionary<string, IReadOnlyList<GraphEdge>>(StringComparer.Ordinal);
        foreach (var id in personIds)
        {
            result[id] = met
                .Where(e => (e.Source == id) != (e.Target == id))
                .Select(e => (Edge: e, Other: e.Source == id ? e.Target : e.Source))
                .OrderByDescending(x => Queries.GraphValue.Long(x.Edge.Properties, GraphProperty.Meetings) ?? 0)
                .ThenByDescending(x => Queries.GraphValue.String(x.Edge.Properties, GraphProperty.Last), StringComparer.Ordinal)
                .ThenBy(x => x.Other, StringComparer.Ordinal)
                .DistinctBy(x => x.Other)
                .Take(first)
                .Select(x => x.Edge)
                .ToList();
        }

        return result;
    }

    /// <summary>Nodes of one kind by name/alias/country. Ordered by mentionCount descending, then label, then id.</summary>
    Task<Page<GraphNode>> FindNodesAsync(NodeQuery query, CancellationToken cancellationToken = default);

    /// <summary>Meeting nodes matching the filter, ordered as <see cref="MeetingQuery.OrderBy"/> says (ties by id).</summary>
    Task<Page<GraphNode>> FindMeetingsAsync(MeetingQuery query, CancellationToken cancellationToken = default);

    /// <summary>
    /// Several meeting pages at once (Person.meetings over a list of people): the answers in the order of
    /// <paramref name="queries"/>. The default asks one query after the other; a store may answer them in one round trip.
    /// </summary>
    async Task<IReadOnlyList<Page<GraphNode>>> FindMeetingsAsync(IReadOnlyList<MeetingQuery> queries, CancellationToken cancellationToken = default)
    {
        var pages = new List<Page<GraphNode>>(queries.Count);
        foreach (var query in queries)
        {
            pages.Add(await FindMeetingsAsync(query, cancellationToken));
        }

        return pages;
    }

    /// <summary>Cable nodes matching the filter, ordered by date descending then id.</summary>
    Task<Page<GraphNode>> FindCablesAsync(CableQuery query, CancellationToken cancellationToken = default);

    /// <summary>Full-text search over names, aliases, subjects and cable text; best first (ties by id).</summary>
    Task<IReadOnlyList<SearchHit>> SearchAsync(SearchQuery query, CancellationToken cancellationToken = default);

    /// <summary>Meeting and cable counts per period, oldest first.</summary>
    Task<IReadOnlyList<TimelineBucket>> GetTimelineAsync(TimelineQuery query, CancellationToken cancellationToken = default);
}
