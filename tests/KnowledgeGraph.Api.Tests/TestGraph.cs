using KnowledgeGraph.Graph.Model;

namespace KnowledgeGraph.Api.Tests;

/// <summary>
/// A small graph built in test code for what the seed cable alone cannot show (pagination over many
/// meetings, a longer path): cable 08TESTPOST1 reports Komura meeting Schieffer five times about
/// missile defense and trade between 2008-01 and 2008-05.
/// </summary>
internal static class TestGraph
{
    public const string Cable = "08TESTPOST1";
    public const string Komura = "person:masahiko-komura";
    public const string Schieffer = "person:j-thomas-schieffer";
    public const string MissileDefense = "topic:missile-defense";
    public const string Trade = "topic:trade";

    public const string Lavrov = "person:sergei-lavrov";
    public const string Machimura = "person:nobutaka-machimura";
    public const string NorthernTerritories = "topic:northern-territories";
    public const string Seed = "07TOKYO5019";

    public static CableGraph Build()
    {
        var nodes = new List<GraphNode>
        {
            Node(Cable, NodeKind.Cable, Cable, (GraphProperty.Date, "2008-05-30"), (GraphProperty.Subject, "KOMURA AND SCHIEFFER: FIVE MEETINGS"), (GraphProperty.Origin, "Embassy Tokyo"), (GraphProperty.Text, "Test cable.")),
            Node(Komura, NodeKind.Person, "Masahiko Komura", (GraphProperty.Name, "Masahiko Komura"), (GraphProperty.Aliases, new[] { "Komura" }), (GraphProperty.Country, "JP")),
            Node(Schieffer, NodeKind.Person, "J. Thomas Schieffer", (GraphProperty.Name, "J. Thomas Schieffer"), (GraphProperty.Aliases, new[] { "Schieffer" }), (GraphProperty.Country, "US")),
            Node(MissileDefense, NodeKind.Topic, "missile defense", (GraphProperty.Name, "missile defense")),
            Node(Trade, NodeKind.Topic, "trade", (GraphProperty.Name, "trade")),
        };
        var edges = new List<GraphEdge>();
        for (var month = 1; month <= 5; month++)
        {
            var meeting = $"meeting:{Cable}-{month}";
            var date = $"2008-{month:00}-10";
            nodes.Add(Node(meeting, NodeKind.Meeting, $"Meeting {date}",
                (GraphProperty.Date, date), (GraphProperty.Status, "held"), (GraphProperty.Kind, "meeting"), (GraphProperty.Confidence, 0.9),
                (GraphProperty.Cable, Cable), (GraphProperty.Paragraph, (long)month), (GraphProperty.Start, 0L), (GraphProperty.End, 5L), (GraphProperty.Evidence, "Test.")));
            edges.Add(Edge(RelationshipType.Attended, Komura, meeting, (GraphProperty.Kind, "person"), (GraphProperty.Cable, Cable)));
            edges.Add(Edge(RelationshipType.Attended, Schieffer, meeting, (GraphProperty.Kind, "person"), (GraphProperty.Cable, Cable)));
            edges.Add(Edge(RelationshipType.About, meeting, month <= 3 ? MissileDefense : Trade, (GraphProperty.Rank, 1L), (GraphProperty.Cable, Cable)));
            edges.Add(Edge(RelationshipType.ReportedIn, meeting, Cable, (GraphProperty.Paragraph, (long)month), (GraphProperty.Cable, Cable)));
        }

        edges.Add(Edge(RelationshipType.Mentions, Cable, Komura, (GraphProperty.Count, 5L), (GraphProperty.Cable, Cable)));
        edges.Add(Edge(RelationshipType.Mentions, Cable, Schieffer, (GraphProperty.Count, 5L), (GraphProperty.Cable, Cable)));
        return new CableGraph(Cable, "test-hash-1", nodes, edges);
    }

    private static GraphNode Node(string id, NodeKind kind, string label, params (string Key, object Value)[] properties)
    {
        var map = properties.ToDictionary(p => p.Key, p => (object?)p.Value);
        map[GraphProperty.Id] = id;
        return new GraphNode(id, kind, label, map);
    }

    private static GraphEdge Edge(string type, string source, string target, params (string Key, object Value)[] properties)
        => new($"{type}:{source}->{target}", type, source, target, properties.ToDictionary(p => p.Key, p => (object?)p.Value));
}
