using System.Globalization;
using System.Text;
using System.Text.Json;
using KnowledgeGraph.Graph.Model;
using KnowledgeGraph.Graph.Stores;
using KnowledgeGraph.Storage.Sqlite.Internal;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Storage.Sqlite;

public sealed partial class SqliteGraphStore
{
    public Task<IReadOnlyDictionary<string, string>> GetContentHashesAsync(IReadOnlyCollection<string> cableIds, CancellationToken cancellationToken = default) => Guard(() =>
    {
        ArgumentNullException.ThrowIfNull(cableIds);
        using var connection = OpenReader();
        var command = connection.Command(Sql.ContentHashes, ("$ids", Json(cableIds)));
        using var reader = command.ExecuteReader();
        var hashes = new Dictionary<string, string>(StringComparer.Ordinal);
        while (reader.Read())
        {
            hashes[reader.GetString(0)] = reader.GetString(1);
        }

        return (IReadOnlyDictionary<string, string>)hashes;
    });

    public Task<GraphCounts> GetCountsAsync(CancellationToken cancellationToken = default) => Guard(() =>
    {
        using var connection = OpenReader();
        var nodes = Enum.GetNames<NodeKind>().ToDictionary(k => k, _ => 0L, StringComparer.Ordinal);
        var relationships = RelationshipType.All.ToDictionary(t => t, _ => 0L, StringComparer.Ordinal);
        Count(connection, Sql.NodeCounts, nodes);
        Count(connection, Sql.EdgeCounts, relationships);
        return new GraphCounts(nodes, relationships);
    });

    public Task<IReadOnlyList<GraphNode>> GetNodesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) => Guard(() =>
    {
        ArgumentNullException.ThrowIfNull(ids);
        if (ids.Count == 0)
        {
            return (IReadOnlyList<GraphNode>)[];
        }

        using var connection = OpenReader();
        var command = connection.Command(Sql.NodesByIds, ("$ids", Json(ids)));
        var found = ReadNodes(command).ToDictionary(n => n.Id, StringComparer.Ordinal);
        return ids.Distinct(StringComparer.Ordinal).Where(found.ContainsKey).Select(id => found[id]).ToList();
    });

    public Task<IReadOnlyList<GraphEdge>> GetEdgesAsync(EdgeQuery query, CancellationToken cancellationToken = default) => Guard(() =>
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.NodeIds.Count == 0 || query.Types is { Count: 0 } || query.Limit is <= 0)
        {
            return (IReadOnlyList<GraphEdge>)[];
        }

        var typeFilter = query.Types is null ? "" : Sql.EdgeTypeFilter;
        var sql = query.Direction switch
        {
            EdgeDirection.Outgoing => Sql.OutgoingEdges + typeFilter,
            EdgeDirection.Incoming => Sql.IncomingEdges + typeFilter,
            _ => Sql.OutgoingEdges + typeFilter + " UNION " + Sql.IncomingEdges + typeFilter,
        };

        using var connection = OpenReader();
        var command = connection.Command(sql + Sql.EdgeOrder,
            ("$ids", Json(query.NodeIds)), ("$types", query.Types is null ? null : Json(query.Types)), ("$limit", (long)(query.Limit ?? -1)));
        using var reader = command.ExecuteReader();
        var edges = new List<GraphEdge>();
        while (reader.Read())
        {
            edges.Add(NodeRow.ReadEdge(reader));
        }

        return (IReadOnlyList<GraphEdge>)edges;
    });

    public Task<Page<GraphNode>> FindNodesAsync(NodeQuery query, CancellationToken cancellationToken = default) => Guard(() =>
    {
        ArgumentNullException.ThrowIfNull(query);
        var where = new StringBuilder(query.Name is null ? Sql.NodesOfKind : Sql.NodesOfKindNamed);
        var parameters = new List<(string, object?)> { ("$kind", query.Kind.ToString()) };
        if (query.Name is { } name)
        {
            parameters.Add(("$name", name.ToLowerInvariant()));
        }

        if (!string.IsNullOrEmpty(query.Search))
        {
            where.Append(Sql.NodeNameContains);
            parameters.Add(("$search", query.Search.ToLowerInvariant()));
        }

        if (query.Country is { } country)
        {
            where.Append(Sql.NodeCountryEquals);
            parameters.Add(("$country", country));
        }

        return FindPage(where.ToString(), Sql.NodeOrder, query.Page, parameters);
    });

    public Task<Page<GraphNode>> FindMeetingsAsync(MeetingQuery query, CancellationToken cancellationToken = default) => Guard(() =>
    {
        ArgumentNullException.ThrowIfNull(query);
        using var connection = OpenReader();
        return FindMeetings(connection, query);
    });

    /// <summary>Every page on one pooled connection and its prepared statements: one store call for a list of people's meetings.</summary>
    public Task<IReadOnlyList<Page<GraphNode>>> FindMeetingsAsync(IReadOnlyList<MeetingQuery> queries, CancellationToken cancellationToken = default) => Guard(() =>
    {
        ArgumentNullException.ThrowIfNull(queries);
        using var connection = OpenReader();
        var pages = new List<Page<GraphNode>>(queries.Count);
        foreach (var query in queries)
        {
            cancellationToken.ThrowIfCancellationRequested();
            pages.Add(FindMeetings(connection, query));
        }

        return (IReadOnlyList<Page<GraphNode>>)pages;
    });

    public Task<IReadOnlyDictionary<string, IReadOnlyList<GraphEdge>>> GetMetEdgesAsync(IReadOnlyCollection<string> personIds, int first, CancellationToken cancellationToken = default) => Guard(() =>
    {
        ArgumentNullException.ThrowIfNull(personIds);
        var result = new Dictionary<string, IReadOnlyList<GraphEdge>>(StringComparer.Ordinal);
        if (personIds.Count == 0)
        {
            return (IReadOnlyDictionary<string, IReadOnlyList<GraphEdge>>)result;
        }

        using var connection = OpenReader();
        foreach (var id in personIds)
        {
            if (result.ContainsKey(id))
            {
                continue;
            }

            var edges = new List<GraphEdge>();
            if (first > 0)
            {
                using var reader = connection.Command(Sql.TopMetEdges, ("$person", id), ("$first", (long)first)).ExecuteReader();
                while (reader.Read())
                {
                    edges.Add(NodeRow.ReadEdge(reader));
                }
            }

            result[id] = edges;
        }

        return (IReadOnlyDictionary<string, IReadOnlyList<GraphEdge>>)result;
    });

    private static Page<GraphNode> FindMeetings(PooledReader connection, MeetingQuery query)
    {
        var where = new StringBuilder();
        var parameters = new List<(string, object?)>();
        void Filter(string? value, string fragment, string parameter)
        {
            if (value is not null)
            {
                where.Append(fragment);
                parameters.Add((parameter, value));
            }
        }

        // The most selective edge filter drives (see Sql.MeetingIdsOfParticipant); the others probe its ids.
        if (query.Participant is not null || query.WithParticipant is not null || query.Topic is not null)
        {
            if (query.Participant is not null)
            {
                Filter(query.Participant, Sql.MeetingIdsOfParticipant, "$participant");
                Filter(query.WithParticipant, Sql.MeetingIdsHavingWithParticipant, "$with");
            }
            else
            {
                Filter(query.WithParticipant, Sql.MeetingIdsOfWithParticipant, "$with");
            }

            if (query.Participant is null && query.WithParticipant is null)
            {
                Filter(query.Topic, Sql.MeetingIdsOfTopic, "$topic");
            }
            else
            {
                Filter(query.Topic, Sql.MeetingIdsHavingTopic, "$topic");
            }

            where.Append(Sql.MeetingsOfIds);
        }
        else
        {
            where.Append(Sql.MeetingsFrom);
        }

        Filter(query.Country, Sql.MeetingCountry, "$country");
        Filter(query.Cable, Sql.MeetingCable, "$cable");
        Filter(query.Status, Sql.MeetingStatus, "$status");
        Filter(IsoDate(query.From), Sql.DateFrom, "$from");
        Filter(IsoDate(query.To), Sql.DateTo, "$to");
        if (query.MinConfidence is { } confidence)
        {
            where.Append(Sql.MeetingMinConfidence);
            parameters.Add(("$confidence", confidence));
        }

        var order = query.OrderBy switch
        {
            MeetingOrder.DateAscending => Sql.OrderDateAscending,
            MeetingOrder.ConfidenceDescending => Sql.OrderConfidenceDescending,
            _ => Sql.OrderDateDescending,
        };
        var bounded = query.Participant is not null || query.WithParticipant is not null || query.Topic is not null;
        return FindPage(connection, where.ToString(), order, query.Page, parameters, bounded);
    }

    public Task<Page<GraphNode>> FindCablesAsync(CableQuery query, CancellationToken cancellationToken = default) => Guard(() =>
    {
        ArgumentNullException.ThrowIfNull(query);
        var where = new StringBuilder(Sql.CablesFrom);
        var parameters = new List<(string, object?)>();
        void Filter(string? value, string fragment, string parameter)
        {
            if (value is not null)
            {
                where.Append(fragment);
                parameters.Add((parameter, value));
            }
        }

        Filter(query.Origin, Sql.CableOrigin, "$origin");
        Filter(IsoDate(query.From), Sql.DateFrom, "$from");
        Filter(IsoDate(query.To), Sql.DateTo, "$to");
        Filter(query.Tag?.ToUpperInvariant(), Sql.CableTag, "$tag");
        Filter(query.Classification, Sql.CableClassification, "$classification");
        if (query.Text is not null)
        {
            if (FtsQuery.ForCables(query.Text) is not { } text)
            {
                return new Page<GraphNode>([], 0, query.Page.Offset);
            }

            Filter(text, Sql.CableText, "$text");
        }

        return FindPage(where.ToString(), Sql.OrderDateDescending, query.Page, parameters);
    });

    public Task<IReadOnlyList<SearchHit>> SearchAsync(SearchQuery query, CancellationToken cancellationToken = default) => Guard(() =>
    {
        ArgumentNullException.ThrowIfNull(query);
        if (FtsQuery.From(query.Text) is not { } text || query.First <= 0)
        {
            return (IReadOnlyList<SearchHit>)[];
        }

        var kinds = query.Kinds is { Count: > 0 } k ? k : Enum.GetValues<NodeKind>();
        using var connection = OpenReader();
        var command = connection.Command(Sql.Search,
            ("$text", text), ("$names", FtsQuery.ForNames(query.Text)), ("$kinds", Json(kinds.Select(x => x.ToString()))), ("$first", (long)query.First));
        using var reader = command.ExecuteReader();
        var hits = new List<SearchHit>();
        while (reader.Read())
        {
            var node = NodeRow.ReadNode(reader);
            var snippet = node.Kind == NodeKind.Cable && !reader.IsDBNull(8) ? reader.GetString(8) : null;
            hits.Add(new SearchHit(node, reader.GetDouble(7), snippet));
        }

        return (IReadOnlyList<SearchHit>)hits;
    });

    public Task<IReadOnlyList<TimelineBucket>> GetTimelineAsync(TimelineQuery query, CancellationToken cancellationToken = default) => Guard(() =>
    {
        ArgumentNullException.ThrowIfNull(query);
        var length = query.Granularity == TimelineGranularity.Year ? 4L : 7L;
        var meetingsSql = new StringBuilder(Sql.TimelineMeetings);
        var cablesSql = new StringBuilder(Sql.TimelineCables);
        var parameters = new List<(string, object?)> { ("$length", length) };
        if (query.Entity is { } entity)
        {
            meetingsSql.Append(Sql.TimelineMeetingEntity);
            cablesSql.Append(Sql.TimelineCableEntity);
            parameters.Add(("$entity", entity));
        }

        if (query.Topic is { } topic)
        {
            meetingsSql.Append(Sql.TimelineMeetingTopic);
            cablesSql.Append(Sql.TimelineCableTopic);
            parameters.Add(("$topic", topic));
        }

        using var connection = OpenReader();
        var meetings = new Dictionary<string, long>(StringComparer.Ordinal);
        var cables = new Dictionary<string, long>(StringComparer.Ordinal);
        Count(connection, meetingsSql + Sql.TimelineGroup, meetings, [.. parameters]);
        Count(connection, cablesSql + Sql.TimelineGroup, cables, [.. parameters]);
        return (IReadOnlyList<TimelineBucket>)meetings.Keys.Union(cables.Keys).Order(StringComparer.Ordinal)
            .Select(p => new TimelineBucket(p, meetings.GetValueOrDefault(p), cables.GetValueOrDefault(p)))
            .ToList();
    });

    private Page<GraphNode> FindPage(string where, string order, PageRequest page, List<(string, object?)> parameters)
    {
        using var connection = OpenReader();
        return FindPage(connection, where, order, page, parameters);
    }

    /// <param name="bounded">
    /// The rows come from one node's edges (a participant's or a topic's meetings), so they are few: the page and the
    /// total come from one statement (a window count over the matches) instead of running the filters twice.
    /// </param>
    private static Page<GraphNode> FindPage(PooledReader connection, string where, string order, PageRequest page, List<(string, object?)> parameters, bool bounded = false)
    {
        var offset = Math.Max(0, page.Offset);
        if (bounded && page.First > 0)
        {
            var paged = new List<(string, object?)>(parameters) { ("$first", (long)page.First), ("$offset", (long)offset) };
            using var reader = connection.Command(Sql.SelectNodesCounted + where + order, [.. paged]).ExecuteReader();
            var nodes = new List<GraphNode>();
            long counted = -1;
            while (reader.Read())
            {
                nodes.Add(NodeRow.ReadNode(reader));
                counted = reader.GetInt64(Sql.NodeColumnCount);
            }

            if (counted >= 0)
            {
                return new Page<GraphNode>(nodes, counted, offset);
            }
        }

        var total = (long)connection.Command(Sql.CountPrefix + where, [.. parameters]).ExecuteScalar()!;
        if (page.First <= 0 || offset >= total)
        {
            return new Page<GraphNode>([], total, offset);
        }

        parameters.Add(("$first", (long)page.First));
        parameters.Add(("$offset", (long)offset));
        var command = connection.Command("SELECT " + Sql.NodeColumns + " " + where + order, [.. parameters]);
        return new Page<GraphNode>(ReadNodes(command), total, offset);
    }

    private static List<GraphNode> ReadNodes(SqliteCommand command)
    {
        using var reader = command.ExecuteReader();
        var nodes = new List<GraphNode>();
        while (reader.Read())
        {
            nodes.Add(NodeRow.ReadNode(reader));
        }

        return nodes;
    }

    private static void Count(PooledReader connection, string sql, Dictionary<string, long> into, params ReadOnlySpan<(string, object?)> parameters)
    {
        var command = connection.Command(sql, parameters);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            into[reader.GetString(0)] = reader.GetInt64(1);
        }
    }

    private static string Json(IEnumerable<string> values) => JsonSerializer.Serialize(values);

    private static string? IsoDate(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
