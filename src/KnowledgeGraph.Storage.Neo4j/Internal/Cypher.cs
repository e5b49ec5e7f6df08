using KnowledgeGraph.Graph.Model;

namespace KnowledgeGraph.Storage.Neo4j.Internal;

/// <summary>
/// Every Cypher statement of the Neo4j store, and nothing else. Values always travel as parameters; the only
/// text that varies is a label or relationship type, taken from <see cref="NodeKind"/> / <see cref="RelationshipType.All"/>
/// (never from data). The Cypher is portable across Neo4j 3.1–5.x: no <c>exists()</c> on properties, no pattern
/// expressions in <c>size()</c>, no <c>id()</c>-based keys, no APOC, one MATCH clause per relationship endpoint.
/// <para>Layout (see graph-schema/neo4j-storage.md): every node has its kind's label plus <see cref="NodeLabel"/> (unique
/// <c>id</c> across kinds); underscore properties are bookkeeping: <c>_label</c> display label, <c>_owner</c> the cable
/// owning a Cable/Meeting node, <c>_refs</c> how many cables contribute a shared node, stub cable or relationship,
/// <c>_names</c> lower-cased names and aliases (found by name), <c>_search</c> what full-text search matches as names; relationships carry their id in <c>_id</c>. One
/// <see cref="ContributionLabel"/> node per cable lists what the cable contributed, so re-writing it removes exactly that.</para>
/// </summary>
internal static class Cypher
{
    public const string NodeLabel = "KgNode";
    public const string ContributionLabel = "KgContribution";
    public const string StaleLabel = "KgMetStale";

    public const string ServerComponents = "CALL dbms.components() YIELD versions, edition RETURN versions, edition";

    // ---- writes: removing what a stored version of the cables contributed ----------------------------------

    /// <summary>Persons of the cables' meetings: their MET edges are recomputed at the end of the batch.</summary>
    public const string MarkMeetingPersonsStale = $$"""
        UNWIND $cables AS cid
        MATCH (m:Meeting {_owner: cid})
        MATCH (p:Person)-[:ATTENDED]->(m)
        SET p:{{StaleLabel}}
        """;

    /// <summary>
    /// The cables' share of relationships: a relationship no cable contributes any more is deleted. Grouped by start
    /// node, so each start node's relationships are read once (not once per relationship to remove).
    /// </summary>
    public const string RemoveEdgeSources = $$"""
        UNWIND $cables AS cid
        MATCH (k:{{ContributionLabel}} {cable: cid})
        UNWIND range(0, size(k.edgeIds) - 1) AS i
        WITH k.edgeStarts[i] AS sid, k.edgeIds[i] AS eid, count(*) AS times
        WITH sid, collect({id: eid, times: times}) AS gone
        MATCH (s:{{NodeLabel}} {id: sid})
        MATCH (s)-[r]->()
        WITH r, [g IN gone WHERE g.id = r._id] AS hit
        WHERE size(hit) > 0
        SET r._refs = r._refs - hit[0].times
        WITH r
        WHERE r._refs <= 0
        DELETE r
        """;

    /// <summary>The cables' share of shared nodes and stub cables: one no cable contributes any more is deleted.</summary>
    public const string RemoveNodeSources = $$"""
        UNWIND $cables AS cid
        MATCH (k:{{ContributionLabel}} {cable: cid})
        UNWIND k.nodes AS nid
        WITH nid, count(*) AS times
        MATCH (n:{{NodeLabel}} {id: nid})
        SET n._refs = n._refs - times
        SET n.mentionCount = CASE WHEN n.mentionCount IS NULL THEN null ELSE n._refs END
        WITH n
        WHERE n._refs <= 0 AND n._owner IS NULL
        DETACH DELETE n
        """;

    public const string DeleteOwnMeetings = """
        UNWIND $cables AS cid
        MATCH (m:Meeting {_owner: cid})
        DETACH DELETE m
        """;

    // ---- writes: the new facts ----------------------------------------------------------------------------
    // Rows arrive merged per node / relationship across the batch (WriteBatch), with row.refs = how many of the
    // batch's cables contribute it: a node touched by every cable (a country, a topic) is written once per batch.

    /// <summary>A cable's own Cable/Meeting node: replaced whole; the count of cables citing a (former) stub stays.</summary>
    public static string UpsertOwnNodes(NodeKind kind) => $$"""
        UNWIND $rows AS row
        MERGE (n:{{NodeLabel}} {id: row.id})
        WITH n, row, coalesce(n._refs, 0) AS refs
        SET n = row.props
        SET n:{{Label(kind)}}, n._label = row.label, n._owner = row.owner, n._search = row.search, n._refs = refs
        """;

    /// <summary>A cable known only from another's references: created once, never overwriting a stored cable.</summary>
    public const string MergeStubCables = $$"""
        UNWIND $rows AS row
        MERGE (n:{{NodeLabel}} {id: row.id})
        ON CREATE SET n:Cable, n.stub = true, n._label = row.id
        SET n._refs = coalesce(n._refs, 0) + row.refs
        """;

    /// <summary>Shared nodes merge key by key (newest non-null value wins), aliases united in first-seen order.</summary>
    public static string MergeSharedNodes(NodeKind kind) => $$"""
        UNWIND $rows AS row
        MERGE (n:{{NodeLabel}} {id: row.id})
        ON CREATE SET n:{{Label(kind)}}
        SET n += row.props
        SET n.aliases = CASE WHEN row.aliases IS NULL THEN n.aliases
            ELSE coalesce(n.aliases, []) + [a IN row.aliases WHERE NOT a IN coalesce(n.aliases, [])] END
        SET n._refs = coalesce(n._refs, 0) + row.refs
        SET n.mentionCount = n._refs, n._label = coalesce(n.name, n.id),
            n._names = [x IN [n.name] + coalesce(n.aliases, []) WHERE x IS NOT NULL | toLower(x)]
        SET n._search = CASE WHEN size(n._names) = 0 THEN [toLower(n.id)] ELSE n._names END
        """;

    /// <summary>Relationships of one type: one MATCH per endpoint (a combined MATCH over UNWIND rows is far slower).</summary>
    public static string MergeEdges(string type) => $$"""
        UNWIND $rows AS row
        MATCH (s:{{NodeLabel}} {id: row.source})
        MATCH (t:{{NodeLabel}} {id: row.target})
        MERGE (s)-[r:{{Type(type)}} {_id: row.id}]->(t)
        WITH r, row, coalesce(r._refs, 0) AS refs
        SET r = row.props
        SET r._id = row.id, r._refs = refs + row.refs
        """;

    public const string SaveContributions = $$"""
        UNWIND $rows AS row
        MERGE (k:{{ContributionLabel}} {cable: row.cable})
        SET k.nodes = row.nodes, k.edgeIds = row.edgeIds, k.edgeStarts = row.edgeStarts
        """;

    // ---- writes: derived MET edges ------------------------------------------------------------------------

    public const string DeleteStaleMet = $$"""
        MATCH (a:{{StaleLabel}})-[r:MET]-()
        DELETE r
        """;

    /// <summary>
    /// MET between two persons who attended the same held meeting: stored once per pair, from the ordinally
    /// smaller id to the larger, with the number of meetings, first and last dates and the topics, sorted.
    /// </summary>
    public const string CreateStaleMet = $$"""
        MATCH (a:{{StaleLabel}})-[:ATTENDED]->(m:Meeting)
        WHERE m.status = 'held'
        MATCH (b:Person)-[:ATTENDED]->(m)
        WHERE b <> a
        WITH CASE WHEN a.id < b.id THEN a ELSE b END AS s, CASE WHEN a.id < b.id THEN b ELSE a END AS t, m
        WITH DISTINCT s, t, m
        OPTIONAL MATCH (m)-[:ABOUT]->(topic)
        WITH s, t, m, topic.id AS tid
        ORDER BY tid
        WITH s, t, count(DISTINCT m) AS meetings, min(m.date) AS first, max(m.date) AS last, collect(DISTINCT tid) AS topics
        MERGE (s)-[r:MET]->(t)
        SET r._id = 'MET:' + s.id + '->' + t.id, r.meetings = meetings, r.first = first, r.last = last,
            r.topics = CASE WHEN size(topics) = 0 THEN null ELSE topics END
        RETURN count(r) AS met
        """;

    public const string ClearStale = $$"""
        MATCH (a:{{StaleLabel}})
        REMOVE a:{{StaleLabel}}
        """;

    // ---- reads --------------------------------------------------------------------------------------------

    public const string ContentHashes = $$"""
        UNWIND $ids AS id
        MATCH (n:{{NodeLabel}} {id: id})
        WHERE n:Cable AND n.contentHash IS NOT NULL
        RETURN n.id AS id, n.contentHash AS hash
        """;

    public static string CountNodes(NodeKind kind) => $"MATCH (n:{Label(kind)}) RETURN count(n) AS count";

    public static string CountEdges(string type) => $"MATCH ()-[r:{Type(type)}]->() RETURN count(r) AS count";

    public const string NodeColumns = "labels(n) AS labels, properties(n) AS props";

    public const string NodesByIds = $$"""
        UNWIND $ids AS id
        MATCH (n:{{NodeLabel}} {id: id})
        RETURN {{NodeColumns}}
        """;

    public const string EdgeColumns = "r._id AS id, type(r) AS type, s.id AS source, t.id AS target, properties(r) AS props";

    public const string OutgoingEdges = $$"""
        UNWIND $ids AS id
        MATCH (s:{{NodeLabel}} {id: id})
        MATCH (s)-[r]->(t)
        WHERE $types IS NULL OR type(r) IN $types
        RETURN {{EdgeColumns}}
        ORDER BY type, source, target, id
        """;

    public const string IncomingEdges = $$"""
        UNWIND $ids AS id
        MATCH (t:{{NodeLabel}} {id: id})
        MATCH (s)-[r]->(t)
        WHERE $types IS NULL OR type(r) IN $types
        RETURN {{EdgeColumns}}
        ORDER BY type, source, target, id
        """;

    /// <summary>Appended to an edge query when the caller limits the count (Neo4j 3.1 sizes its top-N buffer by the limit).</summary>
    public const string EdgeLimit = "\nLIMIT $limit";

    public static string FindNodes(NodeKind kind) => $$"""
        MATCH (n:{{Label(kind)}})
        WHERE ($name IS NULL OR toLower($name) IN n._names)
          AND ($search IS NULL OR any(x IN n._names WHERE x CONTAINS toLower($search)))
          AND ($country IS NULL OR n.country = $country)
        """;

    public const string NodePage = $$"""
        RETURN {{NodeColumns}}
        ORDER BY coalesce(n.mentionCount, 0) DESC, n._label, n.id
        SKIP $offset LIMIT $first
        """;

    public const string CountMatches = "RETURN count(n) AS count";

    public const string MeetingsAll = "MATCH (n:Meeting)";
    public const string MeetingsOfParticipant = $"MATCH (:{NodeLabel} {{id: $participant}})-[:ATTENDED]->(n:Meeting)";
    public const string MeetingWithParticipant = $"(n)<-[:ATTENDED]-(:{NodeLabel} {{id: $with}})";
    public const string MeetingTopic = $"(n)-[:ABOUT]->(:{NodeLabel} {{id: $topic}})";
    public const string MeetingCountry = "n.country = $country";
    public const string MeetingCable = "n._owner = $cable";
    public const string MeetingStatus = "n.status = $status";
    public const string MeetingMinConfidence = "n.confidence >= $confidence";
    public const string DateFrom = "n.date >= $from";
    public const string DateTo = "n.date <= $to";

    // Undated items sort last whatever the direction (as the embedded store does).
    public const string OrderDateDescending = "ORDER BY n.date IS NULL, n.date DESC, n.id";
    public const string OrderDateAscending = "ORDER BY n.date IS NULL, n.date, n.id";
    public const string OrderConfidenceDescending = "ORDER BY n.confidence IS NULL, n.confidence DESC, n.id";
    public const string Page = "SKIP $offset LIMIT $first";

    public const string CablesAll = "MATCH (n:Cable)";
    public const string CableNotStub = "n.stub IS NULL";
    public const string CableOrigin = "toLower(n.origin) = $origin";
    public const string CableTag = "any(x IN n.tags WHERE toUpper(x) = $tag)";
    public const string CableClassification = "toLower(n.classification) = $classification";
    public const string CableText = "all(term IN $terms WHERE toLower(coalesce(n.subject, '')) CONTAINS term OR toLower(coalesce(n.text, '')) CONTAINS term)";

    /// <summary>
    /// Neo4j 3.x has no full-text index: candidates are the nodes whose names, subject or text contain every term
    /// (case-insensitively); the store scores them like the embedded store weighs its columns (names 10, subject 4, text 1).
    /// </summary>
    public static string SearchCandidates(NodeKind kind) => $$"""
        MATCH (n:{{Label(kind)}})
        WHERE n._search IS NOT NULL
          AND all(term IN $terms WHERE any(x IN n._search WHERE x CONTAINS term)
              OR toLower(coalesce(n.subject, '')) CONTAINS term OR toLower(coalesce(n.text, '')) CONTAINS term)
        RETURN {{NodeColumns}}
        """;

    public const string TimelineMeetings = "MATCH (n:Meeting) WHERE n.date IS NOT NULL";
    public const string TimelineMeetingEntity = $"(n)<-[:ATTENDED]-(:{NodeLabel} {{id: $entity}})";
    public const string TimelineMeetingTopic = $"(n)-[:ABOUT]->(:{NodeLabel} {{id: $topic}})";
    public const string TimelineCables = "MATCH (n:Cable) WHERE n.stub IS NULL AND n.date IS NOT NULL";
    public const string TimelineCableEntity = $"(n)-[:MENTIONS]->(:{NodeLabel} {{id: $entity}})";
    public const string TimelineCableTopic = $"(n)-[:MENTIONS]->(:{NodeLabel} {{id: $topic}})";
    public const string TimelineGroup = "RETURN substring(n.date, 0, $length) AS period, count(*) AS count";

    // ---- schema (graph-schema/*.cypher are the source; see Neo4jSchema) -------------------------------------

    private static string Label(NodeKind kind) => Enum.IsDefined(kind) ? kind.ToString() : throw new ArgumentOutOfRangeException(nameof(kind));

    private static string Type(string type) =>
        RelationshipType.All.Contains(type) ? type : throw new ArgumentException($"Unknown relationship type '{type}'.", nameof(type));
}
