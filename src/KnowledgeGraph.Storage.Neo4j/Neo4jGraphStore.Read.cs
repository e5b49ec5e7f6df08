using System.Globalization;
using System.Text;
using KnowledgeGraph.Graph.Model;
using KnowledgeGraph.Graph.Stores;
using KnowledgeGraph.Storage.Neo4j.Internal;

namespace KnowledgeGraph.Storage.Neo4j;

public sealed partial class Neo4jGraphStore
{
    public async Task<IReadOnlyDictionary<string, string>> GetContentHashesAsync(IReadOnlyCollection<string> cableIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(cableIds);
        var hashes = new Dictionary<string, string>(StringComparer.Ordinal);
        if (cableIds.Count == 0)
        {
            return hashes;
        }

        var result = await Connection.RunAsync(new CypherStatement(Cypher.ContentHashes, new Dictionary<string, object?> { ["ids"] = cableIds.ToArray() }), cancellationToken).ConfigureAwait(false);
        foreach (var row in result.Rows)
        {
            hashes[(string)row[0]!] = (string)row[1]!;
        }

        return hashes;
    }

    public async Task<GraphCounts> GetCountsAsync(CancellationToken cancellationToken = default)
    {
        var kinds = Enum.GetValues<NodeKind>();
        var statements = kinds.Select(k => new CypherStatement(Cypher.CountNodes(k)))
            .Concat(RelationshipType.All.Select(t => new CypherStatement(Cypher.CountEdges(t))))
            .ToArray();
        var results = await Connection.RunAsync(statements, cancellationToken).ConfigureAwait(false);
        var nodes = new Dictionary<string, long>(StringComparer.Ordinal);
        for (var i = 0; i < kinds.Length; i++)
        {
            nodes[kinds[i].ToString()] = GraphRows.Long(results[i].Rows[0][0]);
        }

        var relationships = new Dictionary<string, long>(StringComparer.Ordinal);
        for (var i = 0; i < RelationshipType.All.Count; i++)
        {
            relationships[RelationshipType.All[i]] = GraphRows.Long(results[kinds.Length + i].Rows[0][0]);
        }

        return new GraphCounts(nodes, relationships);
    }

    public async Task<IReadOnlyList<GraphNode>> GetNodesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ids);
        if (ids.Count == 0)
        {
            return [];
        }

        var result = await Connection.RunAsync(new CypherStatement(Cypher.NodesByIds, new Dictionary<string, object?> { ["ids"] = ids.Distinct(StringComparer.Ordinal).ToArray() }), cancellationToken).ConfigureAwait(false);
        var found = result.Rows.Select(r => GraphRows.Node(r)).ToDictionary(n => n.Id, StringComparer.Ordinal);
        return ids.Distinct(StringComparer.Ordinal).Where(found.ContainsKey).Select(id => found[id]).ToArray();
    }

    public async Task<IReadOnlyList<GraphEdge>> GetEdgesAsync(EdgeQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.NodeIds.Count == 0 || query.Limit is <= 0)
        {
            return [];
        }

        var parameters = new Dictionary<string, object?>
        {
            ["ids"] = query.NodeIds.Distinct(StringComparer.Ordinal).ToArray(),
            ["types"] = query.Types?.ToArray(),
            ["limit"] = (long?)query.Limit,
        };
        var limit = query.Limit is null ? "" : Cypher.EdgeLimit;
        var statements = new List<CypherStatement>();
        if (query.Direction is EdgeDirection.Outgoing or EdgeDirection.Both)
        {
            statements.Add(new CypherStatement(Cypher.OutgoingEdges + limit, parameters));
        }

        if (query.Direction is EdgeDirection.Incoming or EdgeDirection.Both)
        {
            statements.Add(new CypherStatement(Cypher.IncomingEdges + limit, parameters));
        }

        var results = await Connection.RunAsync(statements, cancellationToken).ConfigureAwait(false);
        var edges = results.SelectMany(r => r.Rows).Select(GraphRows.Edge)
            .DistinctBy(e => e.Id, StringComparer.Ordinal)
            .OrderBy(e => e.Type, StringComparer.Ordinal)
            .ThenBy(e => e.Source, StringComparer.Ordinal)
            .ThenBy(e => e.Target, StringComparer.Ordinal)
            .ThenBy(e => e.Id, StringComparer.Ordinal);
        return (query.Limit is { } max ? edges.Take(max) : edges).ToArray();
    }

    public async Task<Page<GraphNode>> FindNodesAsync(NodeQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var parameters = PageParameters(query.Page);
        parameters["name"] = query.Name;
        parameters["search"] = query.Search;
        parameters["country"] = query.Country;
        var match = Cypher.FindNodes(query.Kind);
        return await PageAsync(match, Cypher.NodePage, parameters, query.Page, cancellationToken).ConfigureAwait(false);
    }

    public async Task<Page<GraphNode>> FindMeetingsAsync(MeetingQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var parameters = PageParameters(query.Page);
        var where = new List<string>();
        void Filter(string clause, string name, object? value)
        {
            if (value is not null)
            {
                where.Add(clause);
                parameters[name] = value;
            }
        }

        parameters["participant"] = query.Participant;
        Filter(Cypher.MeetingWithParticipant, "with", query.WithParticipant);
        Filter(Cypher.MeetingTopic, "topic", query.Topic);
        Filter(Cypher.MeetingCountry, "country", query.Country);
        Filter(Cypher.DateFrom, "from", IsoDate(query.From));
        Filter(Cypher.DateTo, "to", IsoDate(query.To));
        Filter(Cypher.MeetingCable, "cable", query.Cable);
        Filter(Cypher.MeetingStatus, "status", query.Status);
        Filter(Cypher.MeetingMinConfidence, "confidence", query.MinConfidence);
        var match = (query.Participant is null ? Cypher.MeetingsAll : Cypher.MeetingsOfParticipant) + Where(where);
        var order = query.OrderBy switch
        {
            MeetingOrder.DateAscending => Cypher.OrderDateAscending,
            MeetingOrder.ConfidenceDescending => Cypher.OrderConfidenceDescending,
            _ => Cypher.OrderDateDescending,
        };
        return await PageAsync(match, $"RETURN {Cypher.NodeColumns} {order} {Cypher.Page}", parameters, query.Page, cancellationToken).ConfigureAwait(false);
    }

    public async Task<Page<GraphNode>> FindCablesAsync(CableQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var parameters = PageParameters(query.Page);
        var where = new List<string> { Cypher.CableNotStub };
        void Filter(string clause, string name, object? value)
        {
            if (value is not null)
            {
                where.Add(clause);
                parameters[name] = value;
            }
        }

        Filter(Cypher.CableOrigin, "origin", query.Origin?.ToLowerInvariant());
        Filter(Cypher.DateFrom, "from", IsoDate(query.From));
        Filter(Cypher.DateTo, "to", IsoDate(query.To));
        Filter(Cypher.CableTag, "tag", query.Tag?.ToUpperInvariant());
        Filter(Cypher.CableClassification, "classification", query.Classification?.ToLowerInvariant());
        if (query.Text is not null)
        {
            var terms = SearchTerms.From(query.Text);
            if (terms.Count == 0)
            {
                return new Page<GraphNode>([], 0, query.Page.Offset);
            }

            Filter(Cypher.CableText, "terms", terms);
        }

        var match = Cypher.CablesAll + Where(where);
        return await PageAsync(match, $"RETURN {Cypher.NodeColumns} {Cypher.OrderDateDescending} {Cypher.Page}", parameters, query.Page, cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<SearchHit>> SearchAsync(SearchQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var terms = SearchTerms.From(query.Text);
        if (terms.Count == 0 || query.First <= 0)
        {
            return [];
        }

        var kinds = (query.Kinds is { Count: > 0 } k ? k : Enum.GetValues<NodeKind>()).Distinct().Where(k => k != NodeKind.Meeting).ToArray();
        var parameters = new Dictionary<string, object?> { ["terms"] = terms };
        var results = await Connection.RunAsync(kinds.Select(kind => new CypherStatement(Cypher.SearchCandidates(kind), parameters)).ToArray(), cancellationToken).ConfigureAwait(false);
        return results.SelectMany(r => r.Rows)
            .Select(row => SearchTerms.Score(GraphRows.Node(row), row[1] as IReadOnlyDictionary<string, object?>, terms))
            .OrderByDescending(h => h.Score)
            .ThenBy(h => h.Node.Id, StringComparer.Ordinal)
            .Take(query.First)
            .ToArray();
    }

    public async Task<IReadOnlyList<TimelineBucket>> GetTimelineAsync(TimelineQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var parameters = new Dictionary<string, object?>
        {
            ["length"] = query.Granularity == TimelineGranularity.Year ? 4L : 7L,
            ["entity"] = query.Entity,
            ["topic"] = query.Topic,
        };
        var meetingFilters = new List<string>();
        var cableFilters = new List<string>();
        if (query.Entity is not null)
        {
            meetingFilters.Add(Cypher.TimelineMeetingEntity);
            cableFilters.Add(Cypher.TimelineCableEntity);
        }

        if (query.Topic is not null)
        {
            meetingFilters.Add(Cypher.TimelineMeetingTopic);
            cableFilters.Add(Cypher.TimelineCableTopic);
        }

        var results = await Connection.RunAsync(
        [
            new CypherStatement(Cypher.TimelineMeetings + And(meetingFilters) + " " + Cypher.TimelineGroup, parameters),
            new CypherStatement(Cypher.TimelineCables + And(cableFilters) + " " + Cypher.TimelineGroup, parameters),
        ], cancellationToken).ConfigureAwait(false);
        var buckets = new SortedDictionary<string, (long Meetings, long Cables)>(StringComparer.Ordinal);
        foreach (var row in results[0].Rows)
        {
            var period = (string)row[0]!;
            buckets[period] = (GraphRows.Long(row[1]), buckets.GetValueOrDefault(period).Cables);
        }

        foreach (var row in results[1].Rows)
        {
            var period = (string)row[0]!;
            buckets[period] = (buckets.GetValueOrDefault(period).Meetings, GraphRows.Long(row[1]));
        }

        return buckets.Select(b => new TimelineBucket(b.Key, b.Value.Meetings, b.Value.Cables)).ToArray();
    }

    private async Task<Page<GraphNode>> PageAsync(string match, string page, Dictionary<string, object?> parameters, PageRequest request, CancellationToken cancellationToken)
    {
        var results = await Connection.RunAsync(
        [
            new CypherStatement(match + "\n" + Cypher.CountMatches, parameters),
            new CypherStatement(match + "\n" + page, parameters),
        ], cancellationToken).ConfigureAwait(false);
        var total = GraphRows.Long(results[0].Rows.FirstOrDefault()?[0]);
        return new Page<GraphNode>(results[1].Rows.Select(r => GraphRows.Node(r)).ToArray(), total, request.Offset);
    }

    private static Dictionary<string, object?> PageParameters(PageRequest page) => new()
    {
        ["first"] = (long)Math.Max(0, page.First),
        ["offset"] = (long)Math.Max(0, page.Offset),
    };

    private static string Where(List<string> clauses) => clauses.Count == 0 ? "" : "\nWHERE " + string.Join(" AND ", clauses);

    private static string And(List<string> clauses) => clauses.Count == 0 ? "" : " AND " + string.Join(" AND ", clauses);

    private static string? IsoDate(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
