using KnowledgeGraph.Graph.Model;

namespace KnowledgeGraph.Storage.Tests.Neo4j;

/// <summary>Small hand-built cable graphs for the Neo4j store's own tests.</summary>
internal static class SampleGraphs
{
    public static GraphNode Node(string id, NodeKind kind, string label, params (string Key, object? Value)[] props)
    {
        var map = new Dictionary<string, object?>(StringComparer.Ordinal) { ["id"] = id };
        foreach (var (key, value) in props)
        {
            map[key] = value;
        }

        return new GraphNode(id, kind, label, map);
    }

    public static GraphEdge Edge(string type, string source, string target, string cable, params (string Key, object? Value)[] props)
    {
        var map = new Dictionary<string, object?>(StringComparer.Ordinal) { ["cable"] = cable };
        foreach (var (key, value) in props)
        {
            map[key] = value;
        }

        return new GraphEdge($"{type}:{source}->{target}", type, source, target, map);
    }

    /// <summary>A cable reporting one held meeting of <paramref name="persons"/> about <paramref name="topics"/>.</summary>
    public static CableGraph Cable(string id, string hash, string date, string[] persons, string[] topics, string status = "held", string text = "Foreign Minister Lavrov met Komura.")
    {
        var meeting = $"meeting:{id}:1";
        var nodes = new List<GraphNode>
        {
            Node(id, NodeKind.Cable, id, ("date", date), ("subject", "Meeting report " + id), ("text", text), ("contentHash", hash),
                ("tags", new[] { "PREL", "JA" }), ("origin", "Embassy Tokyo"), ("classification", "CONFIDENTIAL"), ("paragraphNumbers", new long[] { 1, 2 })),
            Node(meeting, NodeKind.Meeting, "meeting " + date, ("date", date), ("status", status), ("confidence", 0.9), ("cable", id)),
            Node("post:tokyo", NodeKind.Post, "Embassy Tokyo", ("name", "Embassy Tokyo")),
        };
        var edges = new List<GraphEdge>
        {
            Edge(RelationshipType.ReportedIn, meeting, id, id, ("paragraph", 1L), ("confidence", 1.0)),
            Edge(RelationshipType.SentFrom, id, "post:tokyo", id),
        };
        foreach (var person in persons)
        {
            nodes.Add(Node(person, NodeKind.Person, Name(person), ("name", Name(person)), ("aliases", new[] { Name(person).ToUpperInvariant() })));
            edges.Add(Edge(RelationshipType.Attended, person, meeting, id, ("role", "participant"), ("confidence", 0.9)));
            edges.Add(Edge(RelationshipType.Mentions, id, person, id, ("count", 2L)));
        }

        foreach (var topic in topics)
        {
            nodes.Add(Node(topic, NodeKind.Topic, Name(topic), ("name", Name(topic))));
            edges.Add(Edge(RelationshipType.About, meeting, topic, id, ("rank", 1L)));
            edges.Add(Edge(RelationshipType.Mentions, id, topic, id, ("count", 1L)));
        }

        return new CableGraph(id, hash, nodes, edges);
    }

    private static string Name(string id) => id[(id.IndexOf(':') + 1)..].Replace('-', ' ');
}
