using KnowledgeGraph.Extraction.Model;
using KnowledgeGraph.Graph.Mapping;
using KnowledgeGraph.Graph.Model;
using KnowledgeGraph.Graph.Stores;
using KnowledgeGraph.Testing;
using KnowledgeGraph.Testing.Fixtures;
using static KnowledgeGraph.Testing.Fixtures.CableFixtures;

namespace KnowledgeGraph.Storage.Tests.Contract;

/// <summary>
/// The store contract: every write and query the product uses, run unchanged against every <see cref="IGraphStore"/>.
/// A derived class supplies a fresh, empty, not yet opened store per test (xunit makes one instance per test).
/// Semantics pinned here beyond the interface's doc comments (both stores must do the same):
/// <list type="bullet">
/// <item>a node's label is its <c>name</c> property, else its id; shared nodes (Person, Country, Organization, Topic,
/// Post) carry <c>mentionCount</c> = number of cables whose graph contains them; their properties merge key by key
/// (newest wins), aliases unite in first-seen order;</item>
/// <item>a shared node or stub cable that no cable contributes any more is removed;</item>
/// <item>a referenced cable not yet stored is a stub (<c>id</c>, <c>stub: true</c>), excluded from FindCables and
/// content hashes, and filled in place when that cable is written;</item>
/// <item>MET is derived from <em>held</em> meetings only, stored once per pair from the ordinally smaller person id to
/// the larger, id <c>MET:{a}->{b}</c>, properties meetings, first, last, topics (sorted ids);</item>
/// <item>undated items sort last in every date ordering; timeline buckets only periods with a count.</item>
/// </list>
/// </summary>
public abstract partial class GraphStoreContract : IAsyncLifetime
{
    private IGraphStore? _store;

    protected IGraphStore Store => _store ?? throw new InvalidOperationException("store not created");

    /// <summary>A new, empty store that has not been opened.</summary>
    protected abstract Task<IGraphStore> CreateEmptyStoreAsync();

    /// <summary>The <see cref="StoreInfo.Kind"/> the store reports.</summary>
    protected abstract string ExpectedKind { get; }

    public async Task InitializeAsync()
    {
        _store = await CreateEmptyStoreAsync();
        await _store.OpenAsync();
    }

    public async Task DisposeAsync()
    {
        if (_store is not null)
        {
            await _store.DisposeAsync();
        }
    }

    protected static CableGraph Graph(CableFacts facts) => CableGraphBuilder.Default.Build(facts);

    protected Task<WriteSummary> WriteAsync(params CableFacts[] facts) => Store.WriteCablesAsync(facts.Select(Graph).ToArray());

    protected async Task<GraphNode> NodeAsync(string id) => Assert.Single(await Store.GetNodesAsync([id]));

    protected async Task<GraphNode?> NodeOrNullAsync(string id) => (await Store.GetNodesAsync([id])).SingleOrDefault();

    protected async Task<GraphEdge?> EdgeAsync(string type, string source, string target)
    {
        var edges = await Store.GetEdgesAsync(new EdgeQuery([source], EdgeDirection.Outgoing, [type]));
        return edges.SingleOrDefault(e => e.Target == target);
    }

    protected static void AssertSameProperties(IReadOnlyDictionary<string, object?> expected, IReadOnlyDictionary<string, object?> actual, params string[] ignore)
    {
        var keys = expected.Keys.Concat(actual.Keys).Except(ignore).Distinct().Order(StringComparer.Ordinal);
        foreach (var key in keys)
        {
            Assert.True(expected.ContainsKey(key), $"unexpected property {key}");
            Assert.True(actual.ContainsKey(key), $"missing property {key}");
            var e = expected[key];
            var a = actual[key];
            switch (e)
            {
                case string[] es: Assert.Equal(es, Assert.IsType<string[]>(a)); break;
                case long[] el: Assert.Equal(el, Assert.IsType<long[]>(a)); break;
                case double ed: Assert.Equal(ed, Assert.IsType<double>(a), 9); break;
                default: Assert.Equal(e, a); break;
            }
        }
    }

    [StoreFact]
    public void Open_reports_the_store_kind()
    {
        // InitializeAsync opened it; opening is idempotent in effect (schema exists).
        Assert.NotNull(Store);
    }

    [StoreFact]
    public async Task Open_twice_is_harmless_and_reports_kind_and_version()
    {
        var info = await Store.OpenAsync();
        Assert.Equal(ExpectedKind, info.Kind);
        Assert.False(string.IsNullOrWhiteSpace(info.Version));
        Assert.False(string.IsNullOrWhiteSpace(info.Location));
    }

    [StoreFact]
    public async Task An_empty_store_counts_every_label_and_type_as_zero()
    {
        var counts = await Store.GetCountsAsync();
        Assert.Equal(Enum.GetNames<NodeKind>().Order(), counts.Nodes.Keys.Order());
        Assert.Equal(RelationshipType.All.Order(), counts.Relationships.Keys.Order());
        Assert.All(counts.Nodes.Values, v => Assert.Equal(0, v));
        Assert.All(counts.Relationships.Values, v => Assert.Equal(0, v));
    }

    [StoreFact]
    public async Task Writing_the_seed_stores_every_node_and_relationship_of_its_graph()
    {
        var graph = Graph(Seed());
        var summary = await Store.WriteCablesAsync([graph]);
        Assert.Equal(1, summary.Cables);

        var counts = await Store.GetCountsAsync();
        foreach (var kind in Enum.GetValues<NodeKind>())
        {
            Assert.Equal(graph.Nodes.Count(n => n.Kind == kind), counts.Nodes[kind.ToString()]);
        }

        foreach (var type in RelationshipType.All.Where(t => t != RelationshipType.Met))
        {
            Assert.Equal(graph.Edges.Count(e => e.Type == type), counts.Relationships[type]);
        }

        // Held meetings Lavrov–Komura and Lavrov–Machimura; the briefing has one person, the planned visit does not count.
        Assert.Equal(2, counts.Relationships[RelationshipType.Met]);
        Assert.Equal(5, counts.Nodes["Person"]);
        Assert.Equal(4, counts.Nodes["Meeting"]);
        Assert.Equal(2, counts.Nodes["Cable"]); // the seed and the stub of the cable it references
    }

    [StoreFact]
    public async Task Nodes_come_back_with_their_properties_and_types_intact()
    {
        var graph = Graph(Seed());
        await Store.WriteCablesAsync([graph]);
        foreach (var expected in graph.Nodes)
        {
            var actual = await NodeAsync(expected.Id);
            Assert.Equal(expected.Kind, actual.Kind);
            Assert.Equal(expected.Label, actual.Label);
            AssertSameProperties(expected.Properties, actual.Properties, GraphProperty.MentionCount);
        }

        var cable = await NodeAsync(SeedId);
        Assert.Equal("2007-10-26", cable.Get<string>(GraphProperty.Date));
        Assert.Equal("2007-10-26T08:14:00Z", cable.Get<string>(GraphProperty.Created));
        Assert.Equal(new long[] { 1, 2, 3, 4 }, cable.Get<long[]>(GraphProperty.ParagraphNumbers));
        Assert.Equal(new[] { "PREL", "JA", "RS" }, cable.Get<string[]>(GraphProperty.Tags));
        Assert.Equal(Seed().Cable.Body, cable.Get<string>(GraphProperty.Text));
        Assert.False(cable.Properties.ContainsKey(GraphProperty.MentionCount));

        var meeting = await NodeAsync("meeting:07TOKYO5019-1");
        Assert.Equal(0.95, meeting.Get<double>(GraphProperty.Confidence), 9);
        Assert.Equal(1L, meeting.Get<long>(GraphProperty.Paragraph));
        Assert.Equal("held", meeting.Get<string>(GraphProperty.Status));
        Assert.Equal("2007-10-23", meeting.Get<string>(GraphProperty.Date));

        var lavrov = await NodeAsync(Lavrov);
        Assert.Equal("Sergei Lavrov", lavrov.Label);
        Assert.Equal(1L, lavrov.Get<long>(GraphProperty.MentionCount));
        Assert.Equal(new[] { "Lavrov", "FM Lavrov" }, lavrov.Get<string[]>(GraphProperty.Aliases));
    }

    [StoreFact]
    public async Task Relationships_come_back_with_their_properties_and_types_intact()
    {
        var graph = Graph(Seed());
        await Store.WriteCablesAsync([graph]);
        foreach (var expected in graph.Edges)
        {
            var actual = await EdgeAsync(expected.Type, expected.Source, expected.Target);
            Assert.NotNull(actual);
            Assert.Equal(expected.Id, actual.Id);
            AssertSameProperties(expected.Properties, actual.Properties);
        }

        var attended = await EdgeAsync(RelationshipType.Attended, Lavrov, "meeting:07TOKYO5019-1");
        Assert.Equal("guest", attended!.Get<string>(GraphProperty.Role));
        Assert.Equal("person", attended.Get<string>(GraphProperty.Kind));
        Assert.Equal(SeedId, attended.Get<string>(GraphProperty.Cable));
        Assert.Equal(0.95, attended.Get<double>(GraphProperty.Confidence), 9);
        var about = await EdgeAsync(RelationshipType.About, "meeting:07TOKYO5019-1", MissileDefense);
        Assert.Equal(2L, about!.Get<long>(GraphProperty.Rank));
    }

    [StoreFact]
    public async Task GetNodes_keeps_the_requested_order_and_skips_unknown_ids()
    {
        await WriteAsync(Seed());
        var nodes = await Store.GetNodesAsync([Komura, "person:nobody", SeedId, Lavrov, Komura]);
        Assert.Equal(new[] { Komura, SeedId, Lavrov }, nodes.Select(n => n.Id));
        Assert.Empty(await Store.GetNodesAsync([]));
    }

    [StoreFact]
    public async Task Content_hashes_are_returned_for_stored_cables_only()
    {
        var seed = Seed();
        await WriteAsync(seed);
        var hashes = await Store.GetContentHashesAsync([SeedId, "07MOSCOW4900", "99NOWHERE1"]);
        Assert.Equal(new Dictionary<string, string> { [SeedId] = seed.Cable.ContentHash }, hashes);
        Assert.Empty(await Store.GetContentHashesAsync([]));
    }

    [StoreFact]
    public async Task Writing_the_same_cable_twice_changes_nothing()
    {
        await WriteAsync(Seed(), Moscow());
        var before = await Store.GetCountsAsync();
        var lavrovBefore = await NodeAsync(Lavrov);
        var metBefore = await EdgeAsync(RelationshipType.Met, Komura, Lavrov);

        await WriteAsync(Seed());
        await WriteAsync(Seed(), Moscow());

        var after = await Store.GetCountsAsync();
        Assert.Equal(before.Nodes, after.Nodes);
        Assert.Equal(before.Relationships, after.Relationships);
        AssertSameProperties(lavrovBefore.Properties, (await NodeAsync(Lavrov)).Properties);
        AssertSameProperties(metBefore!.Properties, (await EdgeAsync(RelationshipType.Met, Komura, Lavrov))!.Properties);
    }

    [StoreFact]
    public async Task Shared_entities_merge_across_cables()
    {
        await WriteAsync(Seed());
        await WriteAsync(Moscow());

        var lavrov = await NodeAsync(Lavrov);
        Assert.Equal(2L, lavrov.Get<long>(GraphProperty.MentionCount));
        Assert.Equal(new[] { "Lavrov", "FM Lavrov", "LAVROV" }, lavrov.Get<string[]>(GraphProperty.Aliases));
        Assert.Equal(1L, (await NodeAsync(Burns)).Get<long>(GraphProperty.MentionCount));
        Assert.Equal(2L, (await NodeAsync("country:RU")).Get<long>(GraphProperty.MentionCount));

        // Moscow names Komura's country only through him: the placeholder must not erase Japan's name.
        var japan = await NodeAsync("country:JP");
        Assert.Equal("Japan", japan.Label);
        Assert.Equal(2L, japan.Get<long>(GraphProperty.MentionCount));

        var counts = await Store.GetCountsAsync();
        Assert.Equal(6, counts.Nodes["Person"]);
        Assert.Equal(3, counts.Nodes["Country"]);
        Assert.Equal(2, counts.Nodes["Post"]);
    }

    [StoreFact]
    public async Task Rewriting_a_changed_cable_replaces_its_own_facts_and_nothing_else()
    {
        await WriteAsync(Seed(), Moscow());
        var original = await Store.GetCountsAsync();
        var moscowMeeting = await NodeAsync("meeting:07MOSCOW5500-1");

        await WriteAsync(SeedRevised());

        Assert.Null(await NodeOrNullAsync("meeting:07TOKYO5019-2"));
        Assert.Null(await NodeOrNullAsync("meeting:07TOKYO5019-4"));
        Assert.Null(await NodeOrNullAsync(Machimura)); // only the old version mentioned him
        Assert.Null(await NodeOrNullAsync(Naryshkin));
        Assert.Null(await EdgeAsync(RelationshipType.Met, Machimura, Lavrov));
        Assert.Null(await EdgeAsync(RelationshipType.Attended, Lavrov, "meeting:07TOKYO5019-2"));
        Assert.NotNull(await EdgeAsync(RelationshipType.About, "meeting:07TOKYO5019-1", "topic:g8-summit"));

        var hashes = await Store.GetContentHashesAsync([SeedId]);
        Assert.Equal(new string('f', 64), hashes[SeedId]);

        // The other cable's facts are untouched; shared entities keep their other cable's share.
        AssertSameProperties(moscowMeeting.Properties, (await NodeAsync("meeting:07MOSCOW5500-1")).Properties);
        Assert.NotNull(await EdgeAsync(RelationshipType.Met, Lavrov, Burns));
        Assert.Equal(2L, (await NodeAsync(Lavrov)).Get<long>(GraphProperty.MentionCount));
        Assert.Equal(2L, (await NodeAsync(Komura)).Get<long>(GraphProperty.MentionCount));

        var met = await EdgeAsync(RelationshipType.Met, Komura, Lavrov);
        Assert.Equal(new[] { "topic:g8-summit", MissileDefense, NorthernTerritories }, met!.Get<string[]>(GraphProperty.Topics));

        var counts = await Store.GetCountsAsync();
        Assert.Equal(3, counts.Nodes["Meeting"]);
        Assert.Equal(4, counts.Nodes["Person"]);
        Assert.Equal(2, counts.Relationships[RelationshipType.Met]);

        // Writing the original again restores exactly the original graph.
        await WriteAsync(Seed());
        var restored = await Store.GetCountsAsync();
        Assert.Equal(original.Nodes, restored.Nodes);
        Assert.Equal(original.Relationships, restored.Relationships);
        Assert.NotNull(await EdgeAsync(RelationshipType.Met, Machimura, Lavrov));
    }
}
