using KnowledgeGraph.Graph.Model;
using KnowledgeGraph.Graph.Stores;
using KnowledgeGraph.Testing;
using KnowledgeGraph.Testing.Fixtures;
using static KnowledgeGraph.Testing.Fixtures.CableFixtures;

namespace KnowledgeGraph.Storage.Tests.Contract;

public abstract partial class GraphStoreContract
{
    [StoreFact]
    public async Task A_referenced_cable_not_yet_stored_is_a_stub()
    {
        await WriteAsync(Seed());
        var stub = await NodeAsync("07MOSCOW4900");
        Assert.Equal(NodeKind.Cable, stub.Kind);
        Assert.Equal("07MOSCOW4900", stub.Label);
        Assert.True(stub.Get<bool>(GraphProperty.Stub));
        Assert.False(stub.Properties.ContainsKey(GraphProperty.ContentHash));
        Assert.NotNull(await EdgeAsync(RelationshipType.References, SeedId, "07MOSCOW4900"));
        var cables = await Store.FindCablesAsync(new CableQuery(new PageRequest()));
        Assert.Equal(new[] { SeedId }, cables.Items.Select(c => c.Id));
    }

    [StoreFact]
    public async Task Writing_a_stubbed_cable_fills_the_stub_and_keeps_the_references_to_it()
    {
        await WriteAsync(Moscow()); // references the seed, not yet stored
        Assert.True((await NodeAsync(SeedId)).Get<bool>(GraphProperty.Stub));

        await WriteAsync(Seed());
        var seed = await NodeAsync(SeedId);
        Assert.False(seed.Properties.ContainsKey(GraphProperty.Stub));
        Assert.Equal(Seed().Cable.ContentHash, seed.Get<string>(GraphProperty.ContentHash));
        Assert.NotNull(await EdgeAsync(RelationshipType.References, MoscowId, SeedId));

        // Re-writing the referencing cable does not turn the stored cable back into a stub.
        await WriteAsync(Moscow() with { Cable = Moscow().Cable with { ContentHash = new string('a', 64) } });
        Assert.False((await NodeAsync(SeedId)).Properties.ContainsKey(GraphProperty.Stub));
        Assert.Equal(3, (await Store.GetCountsAsync()).Nodes["Cable"]); // seed, Moscow, and the stub the seed references
    }

    [StoreFact]
    public async Task A_stub_no_cable_references_any_more_is_removed()
    {
        await WriteAsync(Seed());
        var revised = Seed();
        await WriteAsync(revised with { Cable = revised.Cable with { References = [], ContentHash = new string('b', 64) } });
        Assert.Null(await NodeOrNullAsync("07MOSCOW4900"));
        Assert.Equal(1, (await Store.GetCountsAsync()).Nodes["Cable"]);
    }

    [StoreFact]
    public async Task MET_is_derived_from_held_meetings_once_per_pair_from_the_smaller_id()
    {
        await WriteAsync(Seed(), Moscow());

        var met = await EdgeAsync(RelationshipType.Met, Komura, Lavrov);
        Assert.NotNull(met);
        Assert.Equal($"MET:{Komura}->{Lavrov}", met.Id);
        Assert.Equal(1L, met.Get<long>(GraphProperty.Meetings));
        Assert.Equal("2007-10-23", met.Get<string>(GraphProperty.First));
        Assert.Equal("2007-10-23", met.Get<string>(GraphProperty.Last));
        Assert.Equal(new[] { MissileDefense, NorthernTerritories }, met.Get<string[]>(GraphProperty.Topics));
        Assert.Null(await EdgeAsync(RelationshipType.Met, Lavrov, Komura));

        var burns = await EdgeAsync(RelationshipType.Met, Lavrov, Burns);
        Assert.Equal(new[] { MissileDefense }, burns!.Get<string[]>(GraphProperty.Topics));

        // Naryshkin's visit is only planned: no MET.
        Assert.Null(await EdgeAsync(RelationshipType.Met, Komura, Naryshkin));
        Assert.Equal(3, (await Store.GetCountsAsync()).Relationships[RelationshipType.Met]);
    }

    [StoreFact]
    public async Task MET_adds_up_meetings_across_cables_and_follows_their_removal()
    {
        string[] pair = ["person:anne-a", "person:bob-b"];
        await WriteAsync(
            Generated(1, pair, "topic:trade", new DateOnly(2009, 3, 1)),
            Generated(2, pair, "topic:energy", new DateOnly(2009, 1, 15)),
            Generated(3, [.. pair, "person:carl-c"], "topic:trade", new DateOnly(2009, 6, 30)));

        var met = await EdgeAsync(RelationshipType.Met, "person:anne-a", "person:bob-b");
        Assert.Equal(3L, met!.Get<long>(GraphProperty.Meetings));
        Assert.Equal("2009-01-15", met.Get<string>(GraphProperty.First));
        Assert.Equal("2009-06-30", met.Get<string>(GraphProperty.Last));
        Assert.Equal(new[] { "topic:energy", "topic:trade" }, met.Get<string[]>(GraphProperty.Topics));
        Assert.Equal(3, (await Store.GetCountsAsync()).Relationships[RelationshipType.Met]);

        // Cable 3 changes: Carl no longer attends, the meeting moves to May.
        var changed = Generated(3, pair, "topic:trade", new DateOnly(2009, 5, 5));
        await WriteAsync(changed with { Cable = changed.Cable with { ContentHash = new string('c', 64) } });
        met = await EdgeAsync(RelationshipType.Met, "person:anne-a", "person:bob-b");
        Assert.Equal(3L, met!.Get<long>(GraphProperty.Meetings));
        Assert.Equal("2009-05-05", met.Get<string>(GraphProperty.Last));
        Assert.Null(await EdgeAsync(RelationshipType.Met, "person:anne-a", "person:carl-c"));
        Assert.Null(await NodeOrNullAsync("person:carl-c"));
        Assert.Equal(1, (await Store.GetCountsAsync()).Relationships[RelationshipType.Met]);
    }

    [StoreFact]
    public async Task A_cable_that_cannot_be_written_leaves_nothing_behind()
    {
        var graph = Graph(Seed());
        var bad = new GraphNode("person:bad", NodeKind.Person, "Bad", new Dictionary<string, object?>
        {
            [GraphProperty.Id] = "person:bad",
            [GraphProperty.Name] = new Dictionary<string, object?> { ["nested"] = "maps are not property values" },
        });
        await Assert.ThrowsAnyAsync<Exception>(() => Store.WriteCablesAsync([graph with { Nodes = [.. graph.Nodes, bad] }]));

        var counts = await Store.GetCountsAsync();
        Assert.All(counts.Nodes.Values, v => Assert.Equal(0, v));
        Assert.All(counts.Relationships.Values, v => Assert.Equal(0, v));

        // The store still works afterwards.
        await Store.WriteCablesAsync([graph]);
        Assert.Equal(5, (await Store.GetCountsAsync()).Nodes["Person"]);
    }

    [StoreFact]
    public async Task Many_cables_in_one_batch_are_all_written()
    {
        var people = Enumerable.Range(0, 12).Select(i => $"person:p{i:00}").ToArray();
        var batch = Enumerable.Range(0, 60)
            .Select(i => Generated(i, [people[i % 12], people[(i * 5 + 1) % 12]], $"topic:t{i % 4}", new DateOnly(2009, 1 + (i % 12), 1 + (i % 28))))
            .Where(f => f.Meetings[0].Participants.Select(p => p.Id).Distinct().Count() == 2)
            .ToArray();
        var summary = await WriteAsync(batch);
        Assert.Equal(batch.Length, summary.Cables);
        var counts = await Store.GetCountsAsync();
        Assert.Equal(batch.Length, counts.Nodes["Cable"]);
        Assert.Equal(batch.Length, counts.Nodes["Meeting"]);
        var pairs = batch.Select(f => string.Join('|', f.Meetings[0].Participants.Select(p => p.Id).Order(StringComparer.Ordinal))).Distinct().Count();
        Assert.Equal(pairs, counts.Relationships[RelationshipType.Met]);
        Assert.Equal(batch.Length, (await NodeAsync("post:paris")).Get<long>(GraphProperty.MentionCount));
    }
}
