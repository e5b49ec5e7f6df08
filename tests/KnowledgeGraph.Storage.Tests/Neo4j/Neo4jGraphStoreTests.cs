using KnowledgeGraph.Graph.Model;
using KnowledgeGraph.Graph.Stores;
using KnowledgeGraph.Storage.Neo4j;
using KnowledgeGraph.Testing;

namespace KnowledgeGraph.Storage.Tests.Neo4j;

/// <summary>The Neo4j store against the real test server: connection faults and the write semantics the contract relies on.</summary>
public sealed class Neo4jGraphStoreTests
{
    private static Neo4jGraphStore Store(string? password = null, Uri? uri = null) =>
        new(new Neo4jStoreOptions(uri ?? Neo4jTestServer.Uri, Neo4jTestServer.User, password ?? Neo4jTestServer.Password) { MaxRetries = 1, RetryDelay = TimeSpan.FromMilliseconds(50) });

    [Neo4jFact]
    public async Task Open_reports_the_server_version_and_the_transactional_endpoint()
    {
        await using var store = Store();
        var info = await store.OpenAsync();
        Assert.Equal("neo4j", info.Kind);
        Assert.StartsWith("Neo4j 3.1.1 community", info.Version);
        Assert.Equal(Neo4jTestServer.Uri.ToString().TrimEnd('/'), info.Location);
        Assert.Contains("/db/data/transaction/commit", store.Protocol);
    }

    [Neo4jFact]
    public async Task A_wrong_password_is_a_clear_message()
    {
        await using var store = Store(password: "not-the-password");
        var e = await Assert.ThrowsAsync<GraphStoreException>(() => store.OpenAsync());
        Assert.Contains("rejected user 'neo4j'", e.Message);
        Assert.DoesNotContain("not-the-password", e.Message);
    }

    [Fact]
    public async Task An_unreachable_server_is_a_clear_message()
    {
        await using var store = Store(uri: new Uri("http://127.0.0.1:1"));
        var e = await Assert.ThrowsAsync<GraphStoreException>(() => store.OpenAsync());
        Assert.Contains("is unreachable", e.Message);
    }

    [Neo4jFact]
    public async Task Writing_a_cable_twice_changes_nothing_and_derives_met_once_per_pair()
    {
        await using var lease = await Neo4jTestServer.AcquireAsync();
        await using var store = Store();
        await store.OpenAsync();
        var cable = SampleGraphs.Cable("07TOKYO1", "h1", "2007-10-23", ["person:sergei-lavrov", "person:masahiko-komura"], ["topic:north-korea", "topic:energy"]);

        var first = await store.WriteCablesAsync([cable]);
        var counts = await store.GetCountsAsync();
        await store.WriteCablesAsync([cable]);
        Assert.Equal(counts, await store.GetCountsAsync(), new CountsComparer());
        Assert.Equal(1, first.Cables);
        Assert.Equal(1, counts.Relationships[RelationshipType.Met]);

        var met = Assert.Single(await store.GetEdgesAsync(new EdgeQuery(["person:sergei-lavrov"], Types: [RelationshipType.Met])));
        Assert.Equal("MET:person:masahiko-komura->person:sergei-lavrov", met.Id);
        Assert.Equal("person:masahiko-komura", met.Source);
        Assert.Equal(1L, met.Properties["meetings"]);
        Assert.Equal("2007-10-23", met.Properties["first"]);
        Assert.Equal(new[] { "topic:energy", "topic:north-korea" }, met.Properties["topics"]);

        var lavrov = Assert.Single(await store.GetNodesAsync(["person:sergei-lavrov"]));
        Assert.Equal(1L, lavrov.Properties["mentionCount"]);
        Assert.Equal(new[] { "SERGEI LAVROV" }, lavrov.Properties["aliases"]);
        Assert.DoesNotContain(lavrov.Properties.Keys, k => k.StartsWith('_'));
    }

    [Neo4jFact]
    public async Task A_changed_cable_replaces_its_own_facts_and_nothing_else()
    {
        await using var lease = await Neo4jTestServer.AcquireAsync();
        await using var store = Store();
        await store.OpenAsync();
        await store.WriteCablesAsync(
        [
            SampleGraphs.Cable("07TOKYO1", "h1", "2007-10-23", ["person:sergei-lavrov", "person:masahiko-komura"], ["topic:energy"]),
            SampleGraphs.Cable("07TOKYO2", "h2", "2007-11-02", ["person:sergei-lavrov", "person:masahiko-komura"], ["topic:trade"]),
        ]);
        var met = Assert.Single(await store.GetEdgesAsync(new EdgeQuery(["person:sergei-lavrov"], Types: [RelationshipType.Met])));
        Assert.Equal(2L, met.Properties["meetings"]);
        Assert.Equal("2007-11-02", met.Properties["last"]);

        // The second cable now reports a meeting with someone else: Lavrov and Komura met once.
        await store.WriteCablesAsync([SampleGraphs.Cable("07TOKYO2", "h2b", "2007-11-02", ["person:sergei-lavrov", "person:taro-aso"], ["topic:trade"])]);
        var edges = await store.GetEdgesAsync(new EdgeQuery(["person:sergei-lavrov"], Types: [RelationshipType.Met]));
        Assert.Equal(["MET:person:masahiko-komura->person:sergei-lavrov", "MET:person:sergei-lavrov->person:taro-aso"], edges.Select(e => e.Id));
        Assert.Equal(1L, edges[0].Properties["meetings"]);
        Assert.Equal(["topic:energy"], (string[])edges[0].Properties["topics"]!);

        var komura = Assert.Single(await store.GetNodesAsync(["person:masahiko-komura"]));
        Assert.Equal(1L, komura.Properties["mentionCount"]);
        Assert.Equal(new Dictionary<string, string> { ["07TOKYO1"] = "h1", ["07TOKYO2"] = "h2b" },
            await store.GetContentHashesAsync(["07TOKYO1", "07TOKYO2", "07TOKYO3"]));
    }

    private sealed class CountsComparer : IEqualityComparer<GraphCounts>
    {
        public bool Equals(GraphCounts? x, GraphCounts? y) =>
            x is not null && y is not null && x.Nodes.OrderBy(p => p.Key).SequenceEqual(y.Nodes.OrderBy(p => p.Key)) &&
            x.Relationships.OrderBy(p => p.Key).SequenceEqual(y.Relationships.OrderBy(p => p.Key));

        public int GetHashCode(GraphCounts obj) => 0;
    }
}
