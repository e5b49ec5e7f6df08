using KnowledgeGraph.Graph.Model;
using KnowledgeGraph.Graph.Stores;

namespace KnowledgeGraph.Api.Tests.Http;

public sealed class HostingTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task Browser_get_of_graphql_serves_GraphiQL()
    {
        var host = await fixture.HostAsync(TestStores.Default);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql");
        request.Headers.Accept.ParseAdd("text/html,application/xhtml+xml,*/*;q=0.8");
        using var response = await host.Client.SendAsync(request);
        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<html", await response.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Slow_requests_are_stopped_with_504()
    {
        var store = await fixture.StoreAsync(TestStores.Default);
        await using var host = await ApiHost.StartAsync(new SlowStore(store), new KgServeOptions { RequestTimeout = TimeSpan.FromMilliseconds(200) });
        var (status, body) = await host.PostAsync("{ stats { totalNodes } }");
        Assert.Equal(504, status);
        Assert.Contains("took longer", body.GetProperty("errors")[0].GetProperty("message").GetString());
    }

    [Fact]
    public async Task Lists_of_people_with_contacts_cost_one_store_call_per_level_not_per_person()
    {
        var counting = new CountingStore(await fixture.StoreAsync(TestStores.Default));
        await using var host = await ApiHost.StartAsync(counting);
        var data = await host.QueryAsync("""
            { people(first: 20) { totalCount edges { node { name country { name } metWith { person { name } topics { name } } } } } }
            """);
        var people = data.GetProperty("people").GetProperty("edges").GetArrayLength();
        Assert.True(people >= 5, $"only {people} people");
        // people page, MET edges for all of them, then one node lookup per level (countries, contacts, topics).
        Assert.True(counting.Calls <= 5, $"{counting.Calls} store calls for {people} people");
    }

    [Fact]
    public async Task Meetings_of_a_list_of_people_and_topics_cost_one_store_call_per_level()
    {
        var counting = new CountingStore(await fixture.StoreAsync(TestStores.Default));
        await using var host = await ApiHost.StartAsync(counting);
        var data = await host.QueryAsync("""
            { people(first: 20) { edges { node { name meetings(first: 2) { totalCount edges { node { id } } } } } }
              topics(first: 20) { edges { node { name meetings(first: 2) { totalCount } } } } }
            """);
        var people = data.GetProperty("people").GetProperty("edges");
        Assert.True(people.GetArrayLength() >= 5, $"only {people.GetArrayLength()} people");
        Assert.Contains(people.EnumerateArray(), p => p.GetProperty("node").GetProperty("meetings").GetProperty("totalCount").GetInt32() > 0);
        // the people page, the topics page, one batch of meeting pages for each.
        Assert.True(counting.Calls <= 4, $"{counting.Calls} store calls for {people.GetArrayLength()} people and their topics");
    }

    /// <summary>The real store behind a delay (what a slow Neo4j looks like to the host).</summary>
    private sealed class SlowStore(IGraphStore inner) : DelegatingStore(inner)
    {
        public override async Task<GraphCounts> GetCountsAsync(CancellationToken cancellationToken = default)
        {
            await Task.Delay(TimeSpan.FromSeconds(10), cancellationToken);
            return await base.GetCountsAsync(cancellationToken);
        }
    }

    /// <summary>The real store, counting round trips.</summary>
    private sealed class CountingStore(IGraphStore inner) : DelegatingStore(inner)
    {
        private int calls;

        public int Calls => calls;

        protected override void Called() => Interlocked.Increment(ref calls);
    }
}
