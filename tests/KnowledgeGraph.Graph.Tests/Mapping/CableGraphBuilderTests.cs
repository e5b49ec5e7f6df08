using KnowledgeGraph.Cables;
using KnowledgeGraph.Extraction;
using KnowledgeGraph.Graph.Mapping;
using KnowledgeGraph.Graph.Model;
using KnowledgeGraph.Testing;
using static KnowledgeGraph.Testing.Fixtures.CableFixtures;

namespace KnowledgeGraph.Graph.Tests.Mapping;

public sealed class CableGraphBuilderTests
{
    private static readonly CableGraph Graph = CableGraphBuilder.Default.Build(Seed());

    private static GraphNode Node(string id) => Assert.Single(Graph.Nodes, n => n.Id == id);

    private static GraphEdge Edge(string type, string source, string target) =>
        Assert.Single(Graph.Edges, e => e.Type == type && e.Source == source && e.Target == target);

    [Fact]
    public void The_graph_is_keyed_by_the_cable_and_its_content_hash()
    {
        Assert.Equal(SeedId, Graph.CableId);
        Assert.Equal(Seed().Cable.ContentHash, Graph.ContentHash);
    }

    [Fact]
    public void Every_node_and_edge_id_is_unique_and_every_edge_endpoint_is_a_node_of_the_graph()
    {
        Assert.Equal(Graph.Nodes.Count, Graph.Nodes.Select(n => n.Id).Distinct().Count());
        Assert.Equal(Graph.Edges.Count, Graph.Edges.Select(e => e.Id).Distinct().Count());
        var ids = Graph.Nodes.Select(n => n.Id).ToHashSet();
        Assert.All(Graph.Edges, e =>
        {
            Assert.Contains(e.Source, ids);
            Assert.Contains(e.Target, ids);
            Assert.Equal(GraphEdge.IdFor(e.Type, e.Source, e.Target), e.Id);
        });
    }

    [Fact]
    public void The_cable_node_holds_header_text_and_paragraph_offsets()
    {
        var cable = Node(SeedId);
        Assert.Equal(NodeKind.Cable, cable.Kind);
        Assert.Equal(SeedId, cable.Label);
        Assert.Equal("2007-10-26", cable.Get<string>(GraphProperty.Date));
        Assert.Equal("2007-10-26T08:14:00Z", cable.Get<string>(GraphProperty.Created));
        Assert.Equal("Embassy Tokyo", cable.Get<string>(GraphProperty.Origin));
        Assert.Equal("CONFIDENTIAL", cable.Get<string>(GraphProperty.Classification));
        Assert.Equal(new[] { "PREL", "JA", "RS" }, cable.Get<string[]>(GraphProperty.Tags));
        Assert.Equal(Seed().Cable.Body, cable.Get<string>(GraphProperty.Text));
        Assert.Equal(new long[] { 1, 2, 3, 4 }, cable.Get<long[]>(GraphProperty.ParagraphNumbers));
        Assert.Equal(Seed().Cable.Paragraphs.Select(p => (long)p.Span.Start), cable.Get<long[]>(GraphProperty.ParagraphStarts));
        Assert.Equal(new[] { "C", "C", "C", "C" }, cable.Get<string[]>(GraphProperty.ParagraphMarkings));
        Assert.False(cable.Get<bool>(GraphProperty.IsPartial));
    }

    [Fact]
    public void The_cable_is_sent_from_its_post_and_references_a_stub()
    {
        Assert.Equal("Embassy Tokyo", Node("post:tokyo").Label);
        Edge(RelationshipType.SentFrom, SeedId, "post:tokyo");
        var stub = Node("07MOSCOW4900");
        Assert.Equal(NodeKind.Cable, stub.Kind);
        Assert.True(stub.Get<bool>(GraphProperty.Stub));
        Assert.Equal(2, stub.Properties.Count);
        Assert.Equal(SeedId, Edge(RelationshipType.References, SeedId, "07MOSCOW4900").Get<string>(GraphProperty.Cable));
    }

    [Fact]
    public void The_Lavrov_Komura_talks_become_a_meeting_with_attendance_topics_place_and_evidence()
    {
        var meeting = Node("meeting:07TOKYO5019-1");
        Assert.Equal("held", meeting.Get<string>(GraphProperty.Status));
        Assert.Equal("talks", meeting.Get<string>(GraphProperty.Kind));
        Assert.Equal("2007-10-23", meeting.Get<string>(GraphProperty.Date));
        Assert.Equal("Tokyo", meeting.Get<string>(GraphProperty.Location));
        Assert.Equal("JP", meeting.Get<string>(GraphProperty.Country));
        Assert.Equal(SeedId, meeting.Get<string>(GraphProperty.Cable));
        Assert.Equal(0.95, meeting.Get<double>(GraphProperty.Confidence));
        Assert.Equal("talks 2007-10-23: Sergei Lavrov, Masahiko Komura", meeting.Label);
        Assert.StartsWith("Russian Foreign Minister Sergei Lavrov met", meeting.Get<string>(GraphProperty.Evidence));

        var attended = Edge(RelationshipType.Attended, Lavrov, "meeting:07TOKYO5019-1");
        Assert.Equal("guest", attended.Get<string>(GraphProperty.Role));
        Assert.Equal("person", attended.Get<string>(GraphProperty.Kind));
        Assert.Equal(1L, attended.Get<long>(GraphProperty.Paragraph));
        Assert.Equal(Seed().Cable.Paragraphs[0].Span.Start, attended.Get<long>(GraphProperty.Start));
        Assert.Equal(Seed().Cable.Paragraphs[0].Span.End, attended.Get<long>(GraphProperty.End));
        Assert.Equal(0.95, attended.Get<double>(GraphProperty.Confidence));

        Assert.Equal(1L, Edge(RelationshipType.About, "meeting:07TOKYO5019-1", NorthernTerritories).Get<long>(GraphProperty.Rank));
        Assert.Equal(2L, Edge(RelationshipType.About, "meeting:07TOKYO5019-1", MissileDefense).Get<long>(GraphProperty.Rank));
        Edge(RelationshipType.HeldIn, "meeting:07TOKYO5019-1", "country:JP");
        Assert.Equal(1L, Edge(RelationshipType.ReportedIn, "meeting:07TOKYO5019-1", SeedId).Get<long>(GraphProperty.Paragraph));
        Assert.DoesNotContain(Graph.Edges, e => e.Type == RelationshipType.Met); // derived by the store
    }

    [Fact]
    public void Persons_carry_names_aliases_title_country_and_membership()
    {
        var lavrov = Node(Lavrov);
        Assert.Equal("Sergei Lavrov", lavrov.Label);
        Assert.Equal(new[] { "Lavrov", "FM Lavrov" }, lavrov.Get<string[]>(GraphProperty.Aliases));
        Assert.Equal("Foreign Minister", lavrov.Get<string>(GraphProperty.Title));
        Assert.Equal("RU", lavrov.Get<string>(GraphProperty.Country));
        Assert.False(lavrov.Properties.ContainsKey(GraphProperty.Confidence)); // confidence lives on the facts (edges)
        Edge(RelationshipType.Represents, Lavrov, "country:RU");
        Edge(RelationshipType.MemberOf, Komura, Mofa);

        var mentions = Edge(RelationshipType.Mentions, SeedId, Lavrov);
        Assert.Equal(2L, mentions.Get<long>(GraphProperty.Count));
        Assert.Equal(0.97, mentions.Get<double>(GraphProperty.Confidence));
        Assert.Equal(1L, mentions.Get<long>(GraphProperty.Paragraph));
    }

    [Fact]
    public void Every_shared_entity_is_mentioned_by_the_cable_and_tags_give_TAGGED_edges()
    {
        var shared = Graph.Nodes.Where(n => n.Kind is NodeKind.Person or NodeKind.Country or NodeKind.Organization or NodeKind.Topic);
        Assert.All(shared, n => Edge(RelationshipType.Mentions, SeedId, n.Id));
        Assert.Equal(
            new[] { "country:JP", "country:RU", PoliticalRelations },
            Graph.Edges.Where(e => e.Type == RelationshipType.Tagged).Select(e => e.Target).Order());
        // The embassy group that attended the briefing is an organization node.
        Assert.Equal(NodeKind.Organization, Node("org:us-embassy-tokyo").Kind);
    }

    [Fact]
    public void No_property_is_null_or_an_empty_list()
    {
        Assert.All(Graph.Nodes.SelectMany(n => n.Properties).Concat(Graph.Edges.SelectMany(e => e.Properties)), p =>
        {
            Assert.NotNull(p.Value);
            Assert.True(p.Value is not Array { Length: 0 }, p.Key);
            Assert.True(p.Value is string or long or double or bool or string[] or long[], $"{p.Key}: {p.Value!.GetType()}");
        });
    }

    [Fact]
    public void The_same_facts_always_give_the_same_graph()
    {
        var again = CableGraphBuilder.Default.Build(Seed());
        Assert.Equal(Graph.Nodes.Select(n => n.Id), again.Nodes.Select(n => n.Id));
        Assert.Equal(Graph.Edges.Select(e => e.Id), again.Edges.Select(e => e.Id));
    }

    [Fact]
    public void The_real_seed_cable_maps_through_reader_and_extractor()
    {
        var path = Path.Combine(SharedData.RepositoryRoot, "samples", "07TOKYO5019.txt");
        var parsed = Assert.IsType<CableParsed>(Assert.Single(new CableReader().Read([path])));
        var graph = CableGraphBuilder.Default.Build(FactExtractor.Default.Extract(parsed.Cable));

        Assert.Equal("07TOKYO5019", graph.CableId);
        Assert.Contains(graph.Nodes, n => n.Id == Lavrov && n.Kind == NodeKind.Person);
        Assert.Contains(graph.Nodes, n => n.Id == "post:tokyo");
        var talks = graph.Edges.Where(e => e.Type == RelationshipType.Attended && e.Source == Lavrov).Select(e => e.Target)
            .Intersect(graph.Edges.Where(e => e.Type == RelationshipType.Attended && e.Source == Komura).Select(e => e.Target));
        Assert.NotEmpty(talks);
        var ids = graph.Nodes.Select(n => n.Id).ToHashSet();
        Assert.All(graph.Edges, e => Assert.True(ids.Contains(e.Source) && ids.Contains(e.Target), e.Id));
    }
}
