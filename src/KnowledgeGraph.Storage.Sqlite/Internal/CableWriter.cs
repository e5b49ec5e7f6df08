using System.Text.Json;
using KnowledgeGraph.Graph.Model;
using KnowledgeGraph.Graph.Stores;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Storage.Sqlite.Internal;

/// <summary>
/// Writes cable graphs inside one open transaction, with every statement prepared once per batch.
/// A cable already stored first loses everything it contributed (its meetings, its edges, its share of
/// shared nodes); then its new graph is written, shared nodes merged, and the MET edges of every person
/// pair touched by its old or new meetings recomputed.
/// A new cable (the common case of a bulk ingest) has nothing to remove; its shared nodes and MET edges are
/// merged in memory across the batch and written once per node and pair by <see cref="Flush"/>, so the cost
/// per cable stays flat however large the store grows. The store calls <see cref="Flush"/> before committing;
/// a stored cable flushes first, so it sees (and replaces) everything written before it.
/// </summary>
internal sealed class CableWriter : IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly List<Statement> _statements = [];

    private readonly Statement _oldMeetingPersons;
    private readonly Statement _takeEdgeSources;
    private readonly Statement _deleteUnsourcedEdge;
    private readonly Statement _takeNodeSources;
    private readonly Statement _decrementMentions;
    private readonly Statement _deleteUnsourcedNode;
    private readonly Statement _deleteOwnMeetings;
    private readonly Statement _deleteCableTags;
    private readonly Statement _insertCableTag;
    private readonly Statement _selectNodeForMerge;
    private readonly Statement _upsertNode;
    private readonly Statement _insertStubCable;
    private readonly Statement _addNodeSource;
    private readonly Statement _deleteNodeNames;
    private readonly Statement _insertNodeName;
    private readonly Statement _upsertEdge;
    private readonly Statement _addEdgeSource;
    private readonly Statement _metSummary;
    private readonly Statement _metTopics;
    private readonly Statement _deleteEdge;
    private readonly Statement _isStored;
    private readonly Statement _selectEdgeProps;
    private readonly Statement _addMentions;

    private readonly Dictionary<string, SharedNodeMerge> _pendingNodes = new(StringComparer.Ordinal);
    private readonly Dictionary<(string, string), MetTally> _pendingMet = [];

    /// <summary>Prepares the statements on <paramref name="connection"/>, whose transaction is open already.</summary>
    public CableWriter(SqliteConnection connection)
    {
        _connection = connection;
        _oldMeetingPersons = Command(Sql.OldMeetingPersons, "$cable");
        _takeEdgeSources = Command(Sql.TakeEdgeSources, "$cable");
        _deleteUnsourcedEdge = Command(Sql.DeleteUnsourcedEdge, "$id");
        _takeNodeSources = Command(Sql.TakeNodeSources, "$cable");
        _decrementMentions = Command(Sql.DecrementMentions, "$id");
        _deleteUnsourcedNode = Command(Sql.DeleteUnsourcedNode, "$id");
        _deleteOwnMeetings = Command(Sql.DeleteOwnMeetings, "$cable");
        _deleteCableTags = Command(Sql.DeleteCableTags, "$cable");
        _insertCableTag = Command(Sql.InsertCableTag, "$tag", "$cable");
        _selectNodeForMerge = Command(Sql.SelectNodeForMerge, "$id");
        _upsertNode = Command(Sql.UpsertNode, "$id", "$kind", "$label", "$props", "$owner", "$stub", "$country", "$date", "$status",
            "$confidence", "$origin", "$classification", "$hash", "$names", "$subject", "$text");
        _insertStubCable = Command(Sql.InsertStubCable, "$id", "$props");
        _addNodeSource = Command(Sql.AddNodeSource, "$cable", "$id");
        _deleteNodeNames = Command(Sql.DeleteNodeNames, "$id");
        _insertNodeName = Command(Sql.InsertNodeName, "$name", "$id");
        _upsertEdge = Command(Sql.UpsertEdge, "$id", "$type", "$source", "$target", "$props");
        _addEdgeSource = Command(Sql.AddEdgeSource, "$cable", "$id");
        _metSummary = Command(Sql.MetSummary, "$a", "$b");
        _metTopics = Command(Sql.MetTopics, "$a", "$b");
        _deleteEdge = Command(Sql.DeleteEdge, "$id");
        _isStored = Command(Sql.IsStoredCable, "$cable");
        _selectEdgeProps = Command(Sql.SelectEdgeProps, "$id");
        _addMentions = Command(Sql.AddMentions, "$id", "$count");
    }

    public WriteSummary Write(CableGraph graph)
    {
        var cable = graph.CableId;
        var pairs = new HashSet<(string, string)>();
        var stored = Rows(_isStored, cable).Count > 0;
        if (stored)
        {
            Flush();
            RemoveContribution(cable, pairs);
        }

        var nodes = 0;
        foreach (var node in graph.Nodes)
        {
            WriteNode(cable, node);
            nodes++;
        }

        var kinds = graph.Nodes.ToDictionary(n => n.Id, n => n.Kind, StringComparer.Ordinal);
        var attendees = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var relationships = 0;
        foreach (var edge in graph.Edges)
        {
            if (edge.Type == RelationshipType.Met)
            {
                continue; // derived by the store, never written directly
            }

            Run(_upsertEdge, edge.Id, edge.Type, edge.Source, edge.Target, PropertyJson.Write(edge.Properties));
            Run(_addEdgeSource, cable, edge.Id);
            relationships++;
            if (edge.Type == RelationshipType.Attended && kinds.GetValueOrDefault(edge.Source) == NodeKind.Person)
            {
                if (!attendees.TryGetValue(edge.Target, out var list))
                {
                    attendees[edge.Target] = list = [];
                }

                list.Add(edge.Source);
            }
        }

        if (!stored)
        {
            relationships += TallyMet(graph, attendees);
            attendees.Clear();
        }

        foreach (var persons in attendees.Values)
        {
            AddPairs(persons, pairs);
        }

        if (graph.Nodes.FirstOrDefault(n => n.Id == cable && n.Kind == NodeKind.Cable) is { } cableNode)
        {
            foreach (var tag in cableNode.Get<string[]>(GraphProperty.Tags) ?? [])
            {
                Run(_insertCableTag, tag.ToUpperInvariant(), cable);
            }
        }

        foreach (var (a, b) in pairs)
        {
            relationships += RecomputeMet(a, b);
        }

        return new WriteSummary(1, nodes, relationships);
    }

    /// <summary>Removes what a stored version of the cable contributed, noting the person pairs of its meetings.</summary>
    private void RemoveContribution(string cable, HashSet<(string, string)> pairs)
    {
        var byMeeting = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var row in Rows(_oldMeetingPersons, cable))
        {
            if (!byMeeting.TryGetValue(row[0]!, out var list))
            {
                byMeeting[row[0]!] = list = [];
            }

            list.Add(row[1]!);
        }

        foreach (var persons in byMeeting.Values)
        {
            AddPairs(persons, pairs);
        }

        var edges = Rows(_takeEdgeSources, cable).Select(r => r[0]!).ToList();
        foreach (var edge in edges)
        {
            Run(_deleteUnsourcedEdge, edge);
        }

        var nodes = Rows(_takeNodeSources, cable).Select(r => r[0]!).ToList();
        foreach (var node in nodes)
        {
            Run(_decrementMentions, node);
            Run(_deleteUnsourcedNode, node);
        }

        Run(_deleteOwnMeetings, cable);
        Run(_deleteCableTags, cable);
    }

    private void WriteNode(string cable, GraphNode node)
    {
        var own = node.Kind == NodeKind.Meeting || (node.Kind == NodeKind.Cable && node.Id == cable);
        if (own)
        {
            var props = node.Properties.Where(p => p.Key != GraphProperty.Text && p.Key != GraphProperty.Stub && p.Key != GraphProperty.MentionCount);
            var names = node.Kind == NodeKind.Cable ? node.Id : null;
            UpsertNode(node, cable, PropertyJson.Write(props), node.Label, names, node.Get<string>(GraphProperty.Text));
            return;
        }

        if (node.Kind == NodeKind.Cable)
        {
            Run(_insertStubCable, node.Id, PropertyJson.Write([new(GraphProperty.Id, node.Id), new(GraphProperty.Stub, true)]));
        }
        else
        {
            MergeSharedNode(node);
        }

        if (Run(_addNodeSource, cable, node.Id) > 0 && node.Kind != NodeKind.Cable)
        {
            _pendingNodes[node.Id].NewSources++;
        }
    }

    /// <summary>Shared nodes merge key by key (the newest value wins), aliases are united in first-seen order.</summary>
    private void MergeSharedNode(GraphNode node)
    {
        if (!_pendingNodes.TryGetValue(node.Id, out var merge))
        {
            var storedJson = Rows(_selectNodeForMerge, node.Id).FirstOrDefault()?[1];
            _pendingNodes[node.Id] = merge = new SharedNodeMerge(node.Id, node.Kind, storedJson);
        }

        merge.Apply(node);
    }

    /// <summary>Writes what the batch merged in memory: shared nodes whose properties changed, mention counts, MET edges.</summary>
    public void Flush()
    {
        foreach (var merge in _pendingNodes.Values)
        {
            WriteMergedNode(merge);
            if (merge.NewSources > 0)
            {
                Run(_addMentions, merge.Id, (long)merge.NewSources);
            }
        }

        _pendingNodes.Clear();
        foreach (var ((a, b), tally) in _pendingMet)
        {
            if (tally.Changed)
            {
                Run(_upsertEdge, GraphEdge.IdFor(RelationshipType.Met, a, b), RelationshipType.Met, a, b, PropertyJson.Write(tally.ToProperties()));
            }
        }

        _pendingMet.Clear();
    }

    private void WriteMergedNode(SharedNodeMerge merge)
    {
        var json = PropertyJson.Write(merge.Properties);
        if (json == merge.StoredJson)
        {
            return;
        }

        var name = merge.Properties.GetValueOrDefault(GraphProperty.Name) as string;
        var aliases = merge.Properties.GetValueOrDefault(GraphProperty.Aliases) as string[] ?? [];
        var allNames = (name is null ? aliases : aliases.Prepend(name)).ToArray();
        UpsertNode(new GraphNode(merge.Id, merge.Kind, name ?? merge.Id, merge.Properties), null, json, name ?? merge.Id,
            allNames.Length > 0 ? string.Join('\n', allNames) : merge.Id, null);

        if (merge.StoredJson is not null)
        {
            Run(_deleteNodeNames, merge.Id);
        }

        foreach (var n in allNames.Select(n => n.ToLowerInvariant()).Distinct(StringComparer.Ordinal))
        {
            Run(_insertNodeName, n, merge.Id);
        }
    }

    /// <summary>
    /// A new cable's held meetings added to the MET edges of their person pairs (in memory until the batch flushes).
    /// Returns the MET edges written for this cable: every pair of its meetings that has a held meeting, as a recompute would.
    /// </summary>
    private int TallyMet(CableGraph graph, Dictionary<string, List<string>> attendees)
    {
        var written = 0;
        var meetings = graph.Nodes.Where(n => n.Kind == NodeKind.Meeting).ToDictionary(n => n.Id, StringComparer.Ordinal);
        var pairs = new HashSet<(string, string)>();
        foreach (var (meetingId, persons) in attendees)
        {
            var meetingPairs = new HashSet<(string, string)>();
            AddPairs(persons, meetingPairs);
            var meeting = meetings.GetValueOrDefault(meetingId);
            var held = meeting?.Get<string>(GraphProperty.Status) == "held";
            var topics = held ? graph.Edges.Where(e => e.Type == RelationshipType.About && e.Source == meetingId).Select(e => e.Target).ToArray() : [];
            foreach (var pair in meetingPairs)
            {
                var tally = Tally(pair);
                if (held)
                {
                    tally.Add(meeting!.Get<string>(GraphProperty.Date), topics);
                }

                pairs.Add(pair);
            }
        }

        foreach (var pair in pairs)
        {
            written += _pendingMet[pair].Meetings > 0 ? 1 : 0;
        }

        return written;
    }

    private MetTally Tally((string A, string B) pair)
    {
        if (!_pendingMet.TryGetValue(pair, out var tally))
        {
            var json = Rows(_selectEdgeProps, GraphEdge.IdFor(RelationshipType.Met, pair.A, pair.B)).FirstOrDefault()?[0];
            _pendingMet[pair] = tally = new MetTally(json is null ? null : PropertyJson.Read(json));
        }

        return tally;
    }

    private void UpsertNode(GraphNode node, string? owner, string json, string label, string? names, string? text)
    {
        object? Prop(string name) => node.Properties.GetValueOrDefault(name);
        Run(_upsertNode,
            node.Id, node.Kind.ToString(), label, json, owner, 0L,
            Prop(GraphProperty.Country), Prop(GraphProperty.Date), Prop(GraphProperty.Status), Prop(GraphProperty.Confidence),
            node.Kind == NodeKind.Cable ? Prop(GraphProperty.Origin) : null,
            node.Kind == NodeKind.Cable ? Prop(GraphProperty.Classification) : null,
            node.Kind == NodeKind.Cable ? Prop(GraphProperty.ContentHash) : null,
            names,
            node.Kind == NodeKind.Cable ? Prop(GraphProperty.Subject) : null,
            text);
    }

    private int RecomputeMet(string a, string b)
    {
        var summary = Rows(_metSummary, a, b)[0];
        var meetings = long.Parse(summary[0]!, System.Globalization.CultureInfo.InvariantCulture);
        var (first, last) = (summary[1], summary[2]);

        var id = GraphEdge.IdFor(RelationshipType.Met, a, b);
        if (meetings == 0)
        {
            Run(_deleteEdge, id);
            return 0;
        }

        var topics = Rows(_metTopics, a, b).Select(r => r[0]!).ToArray();
        Run(_upsertEdge, id, RelationshipType.Met, a, b, PropertyJson.Write(MetTally.Properties(meetings, first, last, topics)));
        return 1;
    }

    /// <summary>MET is stored once per pair, from the ordinally smaller id to the larger.</summary>
    private static void AddPairs(List<string> persons, HashSet<(string, string)> pairs)
    {
        var distinct = persons.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        for (var i = 0; i < distinct.Length; i++)
        {
            for (var j = i + 1; j < distinct.Length; j++)
            {
                pairs.Add((distinct[i], distinct[j]));
            }
        }
    }

    private Statement Command(string text, params string[] parameters)
    {
        var statement = new Statement(_connection, text, parameters);
        _statements.Add(statement);
        return statement;
    }

    private static int Run(Statement statement, params object?[] values) => statement.Execute(values);

    private static List<string?[]> Rows(Statement statement, params object?[] values) => statement.Rows(values);

    public void Dispose()
    {
        foreach (var statement in _statements)
        {
            statement.Dispose();
        }
    }
}
