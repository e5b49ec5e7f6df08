using System.Text.RegularExpressions;

namespace KnowledgeGraph.Storage.Sqlite.Internal;

/// <summary>
/// Every SQL statement of the embedded store, and nothing else. Values always travel as parameters; lists
/// travel as one JSON array parameter read with <c>json_each</c>, so a statement's text never depends on data.
/// </summary>
internal static class Sql
{
    public const int SchemaVersion = 1;

    /// <summary>
    /// Per-connection settings for the writer: WAL lets readers run while one writer ingests; NORMAL syncs only at
    /// checkpoints (a power cut may lose the last batches, never corrupt the file, and ingest resumes); a page cache of up
    /// to 1 GiB (filled only as pages are touched) keeps a large store's key pages in memory while new cables merge into
    /// it; checkpoints every ~40 MiB of WAL.
    /// </summary>
    public const string WriterPragmas = """
        PRAGMA journal_mode = WAL;
        PRAGMA synchronous = NORMAL;
        PRAGMA temp_store = MEMORY;
        PRAGMA cache_size = -1048576;
        PRAGMA wal_autocheckpoint = 10000;
        """;

    /// <summary>Per-connection settings for the pooled read-only connections: pages mapped, not copied, into memory.</summary>
    public const string ReaderPragmas = "PRAGMA cache_size = -32768; PRAGMA mmap_size = 1073741824;";

    public const string UserTables = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'";

    public const string ReadSchemaVersion = "SELECT value FROM meta WHERE key = 'schema_version'";

    public const string SqliteVersion = "SELECT sqlite_version()";

    /// <summary>
    /// Nodes hold their properties as typed JSON plus the columns every query filters or sorts on.
    /// <c>owner</c> is the cable id for a cable's own nodes (its Cable node, its Meetings) and null for shared
    /// entities; <c>node_sources</c>/<c>edge_sources</c> record which cables contributed each shared node and
    /// edge, so re-writing a cable removes exactly what it contributed. The FTS5 index is external-content over
    /// the <c>names</c>, <c>subject</c> and <c>text</c> columns, kept in sync by triggers.
    /// </summary>
    public const string CreateSchema = $"""
        CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS nodes (
            rid INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            kind TEXT NOT NULL,
            label TEXT NOT NULL,
            props TEXT NOT NULL,
            owner TEXT,
            stub INTEGER NOT NULL DEFAULT 0,
            mention_count INTEGER NOT NULL DEFAULT 0,
            country TEXT,
            date TEXT,
            status TEXT,
            confidence REAL,
            origin TEXT,
            classification TEXT,
            content_hash TEXT,
            names TEXT,
            subject TEXT,
            text TEXT);
        CREATE TABLE IF NOT EXISTS node_names (name TEXT NOT NULL, node TEXT NOT NULL, PRIMARY KEY (name, node)) WITHOUT ROWID;
        -- The writer replaces a merged node's names by node: this index stays during a bulk load.
        CREATE INDEX IF NOT EXISTS node_names_node ON node_names (node);
        CREATE TABLE IF NOT EXISTS node_sources (cable TEXT NOT NULL, node TEXT NOT NULL, PRIMARY KEY (cable, node)) WITHOUT ROWID;
        CREATE TABLE IF NOT EXISTS edges (
            id TEXT PRIMARY KEY,
            type TEXT NOT NULL,
            source TEXT NOT NULL,
            target TEXT NOT NULL,
            props TEXT NOT NULL) WITHOUT ROWID;
        CREATE TABLE IF NOT EXISTS edge_sources (cable TEXT NOT NULL, edge TEXT NOT NULL, PRIMARY KEY (cable, edge)) WITHOUT ROWID;
        CREATE TABLE IF NOT EXISTS cable_tags (tag TEXT NOT NULL, cable TEXT NOT NULL, PRIMARY KEY (tag, cable)) WITHOUT ROWID;
        CREATE VIRTUAL TABLE IF NOT EXISTS fts USING fts5 (
            names, subject, text, content = 'nodes', content_rowid = 'rid', tokenize = 'unicode61 remove_diacritics 2');
        CREATE TRIGGER IF NOT EXISTS nodes_fts_insert AFTER INSERT ON nodes WHEN new.names IS NOT NULL BEGIN
            INSERT INTO fts (rowid, names, subject, text) VALUES (new.rid, new.names, new.subject, new.text);
        END;
        CREATE TRIGGER IF NOT EXISTS nodes_fts_delete AFTER DELETE ON nodes WHEN old.names IS NOT NULL BEGIN
            INSERT INTO fts (fts, rowid, names, subject, text) VALUES ('delete', old.rid, old.names, old.subject, old.text);
        END;
        CREATE TRIGGER IF NOT EXISTS nodes_fts_update AFTER UPDATE OF names, subject, text ON nodes
            WHEN new.names IS NOT old.names OR new.subject IS NOT old.subject OR new.text IS NOT old.text BEGIN
            INSERT INTO fts (fts, rowid, names, subject, text) SELECT 'delete', old.rid, old.names, old.subject, old.text WHERE old.names IS NOT NULL;
            INSERT INTO fts (rowid, names, subject, text) SELECT new.rid, new.names, new.subject, new.text WHERE new.names IS NOT NULL;
        END;
        INSERT OR IGNORE INTO meta (key, value) VALUES ('schema_version', '1');
        {CreateIndexes}
        """;

    /// <summary>
    /// The indexes of the query paths (every query path has one), none of which the writer needs for new cables. Kept
    /// apart from the tables so that a bulk load into an empty store can drop them and build them once at the end
    /// (<see cref="DeferredIndexes"/>); the schema creates any that are missing, so a load cut short gets them back at the
    /// next open.
    /// </summary>
    public const string CreateIndexes = """
        CREATE INDEX IF NOT EXISTS nodes_kind_rank ON nodes (kind, mention_count DESC, label, id);
        CREATE INDEX IF NOT EXISTS nodes_kind_date ON nodes (kind, date, id);
        CREATE INDEX IF NOT EXISTS nodes_kind_country ON nodes (kind, country);
        CREATE INDEX IF NOT EXISTS nodes_kind_confidence ON nodes (kind, confidence);
        CREATE INDEX IF NOT EXISTS nodes_owner ON nodes (owner) WHERE owner IS NOT NULL;
        CREATE INDEX IF NOT EXISTS nodes_origin ON nodes (origin COLLATE NOCASE) WHERE origin IS NOT NULL;
        CREATE INDEX IF NOT EXISTS node_sources_node ON node_sources (node);
        CREATE INDEX IF NOT EXISTS edges_source ON edges (source, type, target);
        CREATE INDEX IF NOT EXISTS edges_target ON edges (target, type, source);
        CREATE INDEX IF NOT EXISTS edges_type ON edges (type);
        CREATE INDEX IF NOT EXISTS edges_met_source ON edges (source, json_extract(props, '$.meetings') DESC, json_extract(props, '$.last') DESC, target) WHERE type = 'MET';
        CREATE INDEX IF NOT EXISTS edges_met_target ON edges (target, json_extract(props, '$.meetings') DESC, json_extract(props, '$.last') DESC, source) WHERE type = 'MET';
        CREATE INDEX IF NOT EXISTS edge_sources_edge ON edge_sources (edge);
        CREATE INDEX IF NOT EXISTS cable_tags_cable ON cable_tags (cable);
        """;

    /// <summary>The indexes of <see cref="CreateIndexes"/>, by name: those a bulk load drops.</summary>
    public static readonly IReadOnlyList<string> DeferredIndexes =
        [.. Regex.Matches(CreateIndexes, @"CREATE INDEX IF NOT EXISTS (\w+)").Select(m => m.Groups[1].Value)];

    public const string AnyStoredCable = "SELECT id FROM nodes WHERE kind = 'Cable' AND stub = 0 LIMIT 1";

    /// <summary>DROP INDEX for a name of <see cref="DeferredIndexes"/> (a schema name, never user input).</summary>
    public static string DropIndex(string name) => $"DROP INDEX IF EXISTS {name}";

    // ---- writes -------------------------------------------------------------------------------------------

    public const string ContentHashes = """
        SELECT id, content_hash FROM nodes
        WHERE id IN (SELECT value FROM json_each($ids)) AND kind = 'Cable' AND content_hash IS NOT NULL
        """;

    /// <summary>Person pairs of the cable's stored meetings (held or not): their MET edges must be recomputed.</summary>
    public const string OldMeetingPersons = """
        SELECT a.target, a.source FROM nodes m
        JOIN edges a ON a.target = m.id AND a.type = 'ATTENDED'
        JOIN nodes p ON p.id = a.source AND p.kind = 'Person'
        WHERE m.owner = $cable AND m.kind = 'Meeting'
        """;

    public const string TakeEdgeSources = "DELETE FROM edge_sources WHERE cable = $cable RETURNING edge";

    public const string DeleteUnsourcedEdge = "DELETE FROM edges WHERE id = $id AND NOT EXISTS (SELECT 1 FROM edge_sources WHERE edge = $id)";

    public const string TakeNodeSources = "DELETE FROM node_sources WHERE cable = $cable RETURNING node";

    public const string DecrementMentions = "UPDATE nodes SET mention_count = mention_count - 1 WHERE id = $id";

    /// <summary>A shared node (or stub cable) no cable contributes any more is removed with its names.</summary>
    public const string DeleteUnsourcedNode = """
        DELETE FROM node_names WHERE node = $id AND NOT EXISTS (SELECT 1 FROM node_sources WHERE node = $id)
            AND EXISTS (SELECT 1 FROM nodes WHERE id = $id AND owner IS NULL);
        DELETE FROM nodes WHERE id = $id AND owner IS NULL AND NOT EXISTS (SELECT 1 FROM node_sources WHERE node = $id);
        """;

    public const string DeleteOwnMeetings = "DELETE FROM nodes WHERE owner = $cable AND kind = 'Meeting'";

    public const string DeleteCableTags = "DELETE FROM cable_tags WHERE cable = $cable";

    public const string InsertCableTag = "INSERT OR IGNORE INTO cable_tags (tag, cable) VALUES ($tag, $cable)";

    public const string SelectNodeForMerge = "SELECT kind, props, owner FROM nodes WHERE id = $id";

    /// <summary>Inserts or fully replaces a node (own nodes, and shared nodes after their properties were merged).</summary>
    public const string UpsertNode = """
        INSERT INTO nodes (id, kind, label, props, owner, stub, country, date, status, confidence, origin, classification, content_hash, names, subject, text)
        VALUES ($id, $kind, $label, $props, $owner, $stub, $country, $date, $status, $confidence, $origin, $classification, $hash, $names, $subject, $text)
        ON CONFLICT (id) DO UPDATE SET kind = excluded.kind, label = excluded.label, props = excluded.props, owner = excluded.owner,
            stub = excluded.stub, country = excluded.country, date = excluded.date, status = excluded.status,
            confidence = excluded.confidence, origin = excluded.origin, classification = excluded.classification,
            content_hash = excluded.content_hash, names = excluded.names, subject = excluded.subject, text = excluded.text
        """;

    /// <summary>A stub cable is created once and never overwrites a stored cable.</summary>
    public const string InsertStubCable = """
        INSERT OR IGNORE INTO nodes (id, kind, label, props, stub) VALUES ($id, 'Cable', $id, $props, 1)
        """;

    public const string AddNodeSource = "INSERT OR IGNORE INTO node_sources (cable, node) VALUES ($cable, $id)";

    public const string AddMentions = "UPDATE nodes SET mention_count = mention_count + $count WHERE id = $id";

    /// <summary>Whether the cable itself is stored (not only as a stub another cable references).</summary>
    public const string IsStoredCable = "SELECT id FROM nodes WHERE id = $cable AND owner = $cable";

    public const string SelectEdgeProps = "SELECT props FROM edges WHERE id = $id";

    public const string DeleteNodeNames = "DELETE FROM node_names WHERE node = $id";

    public const string InsertNodeName = "INSERT OR IGNORE INTO node_names (name, node) VALUES ($name, $id)";

    public const string UpsertEdge = """
        INSERT INTO edges (id, type, source, target, props) VALUES ($id, $type, $source, $target, $props)
        ON CONFLICT (id) DO UPDATE SET props = excluded.props
        """;

    public const string AddEdgeSource = "INSERT OR IGNORE INTO edge_sources (cable, edge) VALUES ($cable, $id)";

    /// <summary>What two persons' held meetings add up to: count, first and last dates, topics.</summary>
    public const string MetSummary = """
        SELECT count(*), min(m.date), max(m.date) FROM edges x
        JOIN edges y ON y.target = x.target AND y.type = 'ATTENDED' AND y.source = $b
        JOIN nodes m ON m.id = x.target AND m.status = 'held'
        WHERE x.source = $a AND x.type = 'ATTENDED'
        """;

    public const string MetTopics = """
        SELECT DISTINCT t.target FROM edges x
        JOIN edges y ON y.target = x.target AND y.type = 'ATTENDED' AND y.source = $b
        JOIN nodes m ON m.id = x.target AND m.status = 'held'
        JOIN edges t ON t.source = x.target AND t.type = 'ABOUT'
        WHERE x.source = $a AND x.type = 'ATTENDED'
        ORDER BY t.target
        """;

    public const string DeleteEdge = "DELETE FROM edges WHERE id = $id";

    // ---- reads --------------------------------------------------------------------------------------------

    public const string NodeColumns = "n.id, n.kind, n.label, n.props, n.mention_count, n.stub, n.text";

    public const int NodeColumnCount = 7;

    /// <summary>Node columns and, after them, how many rows match in all (before LIMIT/OFFSET).</summary>
    public const string SelectNodesCounted = $"SELECT {NodeColumns}, count(*) OVER () ";

    public const string NodesByIds = $"SELECT {NodeColumns} FROM nodes n WHERE n.id IN (SELECT value FROM json_each($ids))";

    public const string NodeCounts = "SELECT kind, count(*) FROM nodes GROUP BY kind";

    public const string EdgeCounts = "SELECT type, count(*) FROM edges GROUP BY type";

    public const string EdgeColumns = "e.id, e.type, e.source, e.target, e.props";

    // The ids drive (CROSS JOIN fixes the join order): one probe of edges_source/edges_target (node, type) per id.
    // Written as `e.source IN (…) AND e.type IN (…)`, SQLite walked the whole edges_type range of the type instead.
    public const string OutgoingEdges = $"SELECT {EdgeColumns} FROM (SELECT DISTINCT value AS node FROM json_each($ids)) i CROSS JOIN edges e ON e.source = i.node";

    public const string IncomingEdges = $"SELECT {EdgeColumns} FROM (SELECT DISTINCT value AS node FROM json_each($ids)) i CROSS JOIN edges e ON e.target = i.node";

    public const string EdgeTypeFilter = " AND e.type IN (SELECT value FROM json_each($types))";

    public const string EdgeOrder = " ORDER BY 2, 3, 4, 1 LIMIT $limit";

    /// <summary>
    /// A person's MET edges best first (most meetings, latest last meeting, other id) read straight from the two
    /// partial indexes <c>edges_met_source</c>/<c>edges_met_target</c>, whose keys are this order: SQLite merges the
    /// two index ranges and stops after <c>$first</c> rows, however many people the person met.
    /// </summary>
    public const string TopMetEdges = $"""
        SELECT {EdgeColumns}, json_extract(e.props, '$.meetings') AS meetings, json_extract(e.props, '$.last') AS last, e.target AS other
        FROM edges e WHERE e.source = $person AND e.type = 'MET'
        UNION ALL
        SELECT {EdgeColumns}, json_extract(e.props, '$.meetings') AS meetings, json_extract(e.props, '$.last') AS last, e.source AS other
        FROM edges e WHERE e.target = $person AND e.type = 'MET'
        ORDER BY meetings DESC, last DESC, other
        LIMIT $first
        """;

    // Node search filters; FindNodes composes them with AND.
    public const string NodesOfKind = "FROM nodes n WHERE n.kind = $kind";
    // By name the few nodes of that name drive; as an IN filter SQLite walked every node of the kind instead.
    public const string NodesOfKindNamed = "FROM (SELECT DISTINCT node FROM node_names WHERE name = $name) k CROSS JOIN nodes n ON n.id = k.node WHERE n.kind = $kind";
    public const string NodeNameContains = " AND n.id IN (SELECT node FROM node_names WHERE instr(name, $search) > 0)";
    public const string NodeCountryEquals = " AND n.country = $country";
    public const string NodeOrder = " ORDER BY n.mention_count DESC, n.label, n.id LIMIT $first OFFSET $offset";

    // Meeting filters. With a participant or a topic, the candidate meeting ids come from that node's edges (one
    // index range), the other edge filters are index probes on those ids, and only the survivors' rows are read:
    // the meetings table itself is never scanned. FindMeetings composes MeetingsFrom or
    // MeetingIds* + MeetingIdsHaving* + MeetingsOfIds, then the node filters with AND.
    public const string MeetingsFrom = "FROM nodes n WHERE n.kind = 'Meeting'";
    public const string MeetingIdsOfParticipant = "FROM (SELECT k.id FROM (SELECT DISTINCT target AS id FROM edges WHERE source = $participant AND type = 'ATTENDED') k WHERE 1";
    public const string MeetingIdsOfWithParticipant = "FROM (SELECT k.id FROM (SELECT DISTINCT target AS id FROM edges WHERE source = $with AND type = 'ATTENDED') k WHERE 1";
    public const string MeetingIdsOfTopic = "FROM (SELECT k.id FROM (SELECT DISTINCT source AS id FROM edges WHERE target = $topic AND type = 'ABOUT') k WHERE 1";
    public const string MeetingIdsHavingWithParticipant = " AND EXISTS (SELECT 1 FROM edges x WHERE x.source = $with AND x.type = 'ATTENDED' AND x.target = k.id)";
    public const string MeetingIdsHavingTopic = " AND EXISTS (SELECT 1 FROM edges x WHERE x.source = k.id AND x.type = 'ABOUT' AND x.target = $topic)";
    public const string MeetingsOfIds = ") f CROSS JOIN nodes n ON n.id = f.id WHERE n.kind = 'Meeting'";
    public const string MeetingCountry = " AND n.country = $country";
    public const string MeetingCable = " AND n.owner = $cable";
    public const string MeetingStatus = " AND n.status = $status";
    public const string MeetingMinConfidence = " AND n.confidence >= $confidence";
    public const string DateFrom = " AND n.date >= $from";
    public const string DateTo = " AND n.date <= $to";

    // Undated items sort last whatever the direction (both stores do the same).
    public const string OrderDateDescending = " ORDER BY n.date IS NULL, n.date DESC, n.id LIMIT $first OFFSET $offset";
    public const string OrderDateAscending = " ORDER BY n.date IS NULL, n.date ASC, n.id LIMIT $first OFFSET $offset";
    public const string OrderConfidenceDescending = " ORDER BY n.confidence IS NULL, n.confidence DESC, n.id LIMIT $first OFFSET $offset";

    public const string CablesFrom = "FROM nodes n WHERE n.kind = 'Cable' AND n.stub = 0";
    public const string CableOrigin = " AND n.origin = $origin COLLATE NOCASE";
    public const string CableTag = " AND n.id IN (SELECT cable FROM cable_tags WHERE tag = $tag)";
    public const string CableClassification = " AND n.classification = $classification COLLATE NOCASE";
    public const string CableText = " AND n.rid IN (SELECT rowid FROM fts WHERE fts MATCH $text)";

    public const string CountPrefix = "SELECT count(*) ";

    /// <summary>
    /// Full text over names, subjects and cable text. Score: 1 + r for a match in a name or alias, r for a match
    /// elsewhere, where r = b / (1 + b) in (0, 1) grows with the BM25 relevance b; a snippet from the best column.
    /// </summary>
    public const string Search = """
        SELECT n.id, n.kind, n.label, n.props, n.mention_count, n.stub, n.text,
               (fts.rowid IN (SELECT rowid FROM fts WHERE fts MATCH $names)) + (-bm25(fts, 10.0, 4.0, 1.0)) / (1.0 - bm25(fts, 10.0, 4.0, 1.0)) AS score,
               snippet(fts, -1, '', '', '…', 16)
        FROM fts JOIN nodes n ON n.rid = fts.rowid
        WHERE fts MATCH $text AND n.kind IN (SELECT value FROM json_each($kinds))
        ORDER BY score DESC, n.id
        LIMIT $first
        """;

    public const string TimelineMeetings = "SELECT substr(n.date, 1, $length), count(*) FROM nodes n WHERE n.kind = 'Meeting' AND n.date IS NOT NULL";
    public const string TimelineMeetingEntity = " AND n.id IN (SELECT target FROM edges WHERE source = $entity AND type = 'ATTENDED')";
    public const string TimelineMeetingTopic = " AND n.id IN (SELECT source FROM edges WHERE target = $topic AND type = 'ABOUT')";
    public const string TimelineCables = "SELECT substr(n.date, 1, $length), count(*) FROM nodes n WHERE n.kind = 'Cable' AND n.stub = 0 AND n.date IS NOT NULL";
    public const string TimelineCableEntity = " AND n.id IN (SELECT source FROM edges WHERE target = $entity AND type = 'MENTIONS')";
    public const string TimelineCableTopic = " AND n.id IN (SELECT source FROM edges WHERE target = $topic AND type = 'MENTIONS')";
    public const string TimelineGroup = " GROUP BY 1";
}
