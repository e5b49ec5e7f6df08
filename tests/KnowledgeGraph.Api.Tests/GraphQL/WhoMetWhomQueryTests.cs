using System.Text.Json;

namespace KnowledgeGraph.Api.Tests.GraphQL;

/// <summary>The core questions through the real HTTP pipeline, against every store.</summary>
public sealed class WhoMetWhomQueryTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    public static IEnumerable<object[]> Stores => TestStores.Kinds;

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task Lavrov_met_Komura_about_missile_defense_with_evidence(string store)
    {
        var host = await fixture.HostAsync(store);
        var data = await host.QueryAsync("""
            query ($a: ID!, $b: ID!) {
              meetings(filter: { participant: $a, withParticipant: $b }) {
                totalCount
                edges { node { id date status participants { id name kind } topics { id name } cable { id subject } evidence { paragraph text } confidence } }
              }
            }
            """, new { a = TestGraph.Lavrov, b = TestGraph.Komura });
        var meetings = data.GetProperty("meetings");
        Assert.True(meetings.GetProperty("totalCount").GetInt32() >= 1);
        var meeting = meetings.GetProperty("edges")[0].GetProperty("node");
        Assert.Equal("2007-10-23", meeting.GetProperty("date").GetString());
        var participants = meeting.GetProperty("participants").EnumerateArray().Select(p => p.GetProperty("id").GetString()).ToList();
        Assert.Contains(TestGraph.Lavrov, participants);
        Assert.Contains(TestGraph.Komura, participants);
        var topics = meeting.GetProperty("topics").EnumerateArray().Select(t => t.GetProperty("id").GetString()).ToList();
        Assert.Contains(TestGraph.MissileDefense, topics);
        Assert.Equal(TestGraph.Seed, meeting.GetProperty("cable").GetProperty("id").GetString());
        Assert.Contains("Komura", meeting.GetProperty("evidence").GetProperty("text").GetString());
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task MetWith_lists_Lavrovs_contacts_with_topics_and_dates(string store)
    {
        var host = await fixture.HostAsync(store);
        var data = await host.QueryAsync("""
            { person(name: "lavrov") { id name country { code } metWith { person { id name } meetingCount topics { id } firstMet lastMet } } }
            """);
        var person = data.GetProperty("person");
        Assert.Equal(TestGraph.Lavrov, person.GetProperty("id").GetString());
        Assert.Equal("RU", person.GetProperty("country").GetProperty("code").GetString());
        var contacts = person.GetProperty("metWith").EnumerateArray().ToList();
        var komura = Assert.Single(contacts, c => c.GetProperty("person").GetProperty("id").GetString() == TestGraph.Komura);
        Assert.True(komura.GetProperty("meetingCount").GetInt32() >= 1);
        Assert.Equal("2007-10-23", komura.GetProperty("firstMet").GetString());
        Assert.Contains(komura.GetProperty("topics").EnumerateArray(), t => t.GetProperty("id").GetString() == TestGraph.MissileDefense);
        Assert.Contains(contacts, c => c.GetProperty("person").GetProperty("id").GetString() == TestGraph.Machimura);
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task MetWith_filtered_by_topic_counts_only_those_meetings(string store)
    {
        var host = await fixture.HostAsync(store);
        var data = await host.QueryAsync("""
            query ($id: ID!, $topic: ID!) { person(id: $id) { metWith(filter: { topic: $topic }) { person { id } meetingCount } } }
            """, new { id = TestGraph.Schieffer, topic = TestGraph.Trade });
        var contact = Assert.Single(data.GetProperty("person").GetProperty("metWith").EnumerateArray());
        Assert.Equal(TestGraph.Komura, contact.GetProperty("person").GetProperty("id").GetString());
        Assert.Equal(2, contact.GetProperty("meetingCount").GetInt32());
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task Path_connects_two_people_through_a_third(string store)
    {
        var host = await fixture.HostAsync(store);
        var data = await host.QueryAsync("""
            query ($from: ID!, $to: ID!) { path(from: $from, to: $to, via: ["MET"]) { nodes { id kind label } edges { source target type properties } } }
            """, new { from = TestGraph.Machimura, to = TestGraph.Komura });
        var path = data.GetProperty("path");
        var ids = path.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()).ToList();
        Assert.Equal([TestGraph.Machimura, TestGraph.Lavrov, TestGraph.Komura], ids);
        Assert.All(path.GetProperty("edges").EnumerateArray(), e => Assert.Equal("MET", e.GetProperty("type").GetString()));
        Assert.Equal(2, path.GetProperty("edges").GetArrayLength());
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task Path_is_null_when_out_of_reach(string store)
    {
        var host = await fixture.HostAsync(store);
        var data = await host.QueryAsync("""
            query ($from: ID!, $to: ID!) { path(from: $from, to: $to, maxHops: 1, via: ["MET"]) { nodes { id } } }
            """, new { from = TestGraph.Machimura, to = TestGraph.Schieffer });
        Assert.Equal(JsonValueKind.Null, data.GetProperty("path").ValueKind);
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task Meetings_paginate_across_pages_with_opaque_cursors(string store)
    {
        var host = await fixture.HostAsync(store);
        const string query = """
            query ($p: ID!, $after: String) {
              meetings(filter: { participant: $p }, first: 2, after: $after) {
                totalCount pageInfo { hasNextPage hasPreviousPage endCursor } edges { cursor node { id date } }
              }
            }
            """;
        var seen = new List<string>();
        string? after = null;
        var pages = 0;
        while (true)
        {
            var page = (await host.QueryAsync(query, new { p = TestGraph.Schieffer, after })).GetProperty("meetings");
            Assert.Equal(5, page.GetProperty("totalCount").GetInt32());
            Assert.Equal(pages > 0, page.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean());
            seen.AddRange(page.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("date").GetString()!));
            pages++;
            if (!page.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean())
            {
                break;
            }

            after = page.GetProperty("pageInfo").GetProperty("endCursor").GetString();
            Assert.DoesNotContain("o:", after);
        }

        Assert.Equal(3, pages);
        Assert.Equal(["2008-05-10", "2008-04-10", "2008-03-10", "2008-02-10", "2008-01-10"], seen);
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task Meetings_filter_by_date_range_and_by_topic(string store)
    {
        var host = await fixture.HostAsync(store);
        var byDate = await host.QueryAsync("""
            query ($p: ID!) { meetings(filter: { participant: $p, from: "2008-02-01", to: "2008-03-31" }) { totalCount edges { node { date } } } }
            """, new { p = TestGraph.Schieffer });
        Assert.Equal(2, byDate.GetProperty("meetings").GetProperty("totalCount").GetInt32());

        var byTopic = await host.QueryAsync("""
            query ($p: ID!, $t: ID!) { meetings(filter: { participant: $p, topic: $t }, orderBy: DATE_ASCENDING) { totalCount edges { node { date topics { id } } } } }
            """, new { p = TestGraph.Schieffer, t = TestGraph.Trade });
        var meetings = byTopic.GetProperty("meetings");
        Assert.Equal(2, meetings.GetProperty("totalCount").GetInt32());
        Assert.Equal("2008-04-10", meetings.GetProperty("edges")[0].GetProperty("node").GetProperty("date").GetString());
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task Neighborhood_returns_nodes_and_edges_for_a_visualisation(string store)
    {
        var host = await fixture.HostAsync(store);
        var data = await host.QueryAsync("""
            query ($id: ID!) { neighborhood(ids: [$id], depth: 1, filter: { relationshipTypes: ["MET"] }) { nodes { id kind label } edges { source target type } } }
            """, new { id = TestGraph.Lavrov });
        var graph = data.GetProperty("neighborhood");
        var ids = graph.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()).ToList();
        Assert.Equal(TestGraph.Lavrov, ids[0]);
        Assert.Contains(TestGraph.Komura, ids);
        Assert.Contains(TestGraph.Machimura, ids);
        Assert.All(graph.GetProperty("edges").EnumerateArray(), e => Assert.Equal("MET", e.GetProperty("type").GetString()));
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task Stats_count_nodes_by_label(string store)
    {
        var host = await fixture.HostAsync(store);
        var data = await host.QueryAsync("{ stats { nodes { name count } relationships { name count } } }");
        var persons = data.GetProperty("stats").GetProperty("nodes").EnumerateArray().Single(n => n.GetProperty("name").GetString() == "Person");
        Assert.True(persons.GetProperty("count").GetInt32() >= 4);
    }
}
