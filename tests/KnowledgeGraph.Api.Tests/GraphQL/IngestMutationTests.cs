using System.Text.Json;

namespace KnowledgeGraph.Api.Tests.GraphQL;

/// <summary><c>ingestCable</c> end to end: text posted over HTTP goes through the real pipeline into each store and is queryable.</summary>
public sealed class IngestMutationTests(EmptyApiFixture fixture) : IClassFixture<EmptyApiFixture>
{
    public static IEnumerable<object[]> Stores => TestStores.Kinds;

    private const string Mutation = """
        mutation ($text: String!) {
          ingestCable(text: $text, format: TEXT) { cables { id status cable { subject } } rejected written { cables } }
        }
        """;

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task Ingesting_the_seed_makes_the_Lavrov_Komura_meeting_queryable_and_is_idempotent(string store)
    {
        var host = await fixture.HostAsync(store);
        var text = await File.ReadAllTextAsync(TestStores.SeedPath);

        var (status, body) = await host.PostAsync(Mutation, new { text }, key: ApiHost.Key);
        Assert.True(status == 200 && !body.TryGetProperty("errors", out _), body.ToString());
        var result = body.GetProperty("data").GetProperty("ingestCable");
        var cable = Assert.Single(result.GetProperty("cables").EnumerateArray());
        Assert.Equal("07TOKYO5019", cable.GetProperty("id").GetString());
        Assert.Equal("NEW", cable.GetProperty("status").GetString());
        Assert.Contains("LAVROV", cable.GetProperty("cable").GetProperty("subject").GetString());
        Assert.Equal(1, result.GetProperty("written").GetProperty("cables").GetInt32());

        var data = await host.QueryAsync("""
            query ($a: ID!, $b: ID!) { meetings(filter: { participant: $a, withParticipant: $b }) { totalCount edges { node { topics { id } } } } }
            """, new { a = TestGraph.Lavrov, b = TestGraph.Komura });
        Assert.True(data.GetProperty("meetings").GetProperty("totalCount").GetInt32() >= 1);

        (status, body) = await host.PostAsync(Mutation, new { text }, key: ApiHost.Key);
        Assert.Equal(200, status);
        var again = body.GetProperty("data").GetProperty("ingestCable");
        Assert.Equal("UNCHANGED", again.GetProperty("cables")[0].GetProperty("status").GetString());
        Assert.Equal(0, again.GetProperty("written").GetProperty("cables").GetInt32());
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task Text_that_is_not_a_cable_is_rejected_with_a_message(string store)
    {
        var host = await fixture.HostAsync(store);
        var (status, body) = await host.PostAsync(Mutation, new { text = "hello, this is not a cable" }, key: ApiHost.Key);
        Assert.Equal(200, status);
        var result = body.GetProperty("data").GetProperty("ingestCable");
        Assert.Equal(0, result.GetProperty("cables").GetArrayLength());
        Assert.Equal(JsonValueKind.String, Assert.Single(result.GetProperty("rejected").EnumerateArray()).ValueKind);
    }
}
