using KnowledgeGraph.Graph.Model;
using KnowledgeGraph.Graph.Stores;
using KnowledgeGraph.Testing;
using static KnowledgeGraph.Testing.Fixtures.CableFixtures;

namespace KnowledgeGraph.Storage.Tests.Contract;

public abstract partial class GraphStoreContract
{
    private const string T1 = "meeting:07TOKYO5019-1"; // 2007-10-23 held 0.95 Lavrov Komura
    private const string T2 = "meeting:07TOKYO5019-2"; // 2007-10-23 held 0.90 Lavrov Machimura
    private const string T3 = "meeting:07TOKYO5019-3"; // 2007-10-25 held 0.85 Otsuki + embassy
    private const string T4 = "meeting:07TOKYO5019-4"; // undated planned 0.60 Naryshkin Komura
    private const string M1 = "meeting:07MOSCOW5500-1"; // 2007-11-19 held 0.92 Burns Lavrov

    private async Task<string[]> MeetingsAsync(MeetingQuery query) => (await Store.FindMeetingsAsync(query)).Items.Select(n => n.Id).ToArray();

    private static PageRequest All => new(100);

    [StoreFact]
    public async Task GetEdges_follows_direction_and_type_filters_in_contract_order()
    {
        await WriteAsync(Seed(), Moscow());

        var outgoing = await Store.GetEdgesAsync(new EdgeQuery([Lavrov], EdgeDirection.Outgoing));
        Assert.Equal(
            new[] { $"ATTENDED:{Lavrov}->{M1}", $"ATTENDED:{Lavrov}->{T1}", $"ATTENDED:{Lavrov}->{T2}", $"MET:{Lavrov}->{Burns}", $"REPRESENTS:{Lavrov}->country:RU" },
            outgoing.Select(e => e.Id));

        var incoming = await Store.GetEdgesAsync(new EdgeQuery([Lavrov], EdgeDirection.Incoming));
        Assert.Equal(
            new[] { $"MENTIONS:{MoscowId}->{Lavrov}", $"MENTIONS:{SeedId}->{Lavrov}", $"MET:{Komura}->{Lavrov}", $"MET:{Machimura}->{Lavrov}" },
            incoming.Select(e => e.Id));

        var both = await Store.GetEdgesAsync(new EdgeQuery([Lavrov]));
        Assert.Equal(9, both.Count);
        Assert.Equal(both.OrderBy(e => e.Type, StringComparer.Ordinal).ThenBy(e => e.Source, StringComparer.Ordinal)
            .ThenBy(e => e.Target, StringComparer.Ordinal).ThenBy(e => e.Id, StringComparer.Ordinal).Select(e => e.Id), both.Select(e => e.Id));

        // Two nodes, one type: the edge between them comes once.
        var met = await Store.GetEdgesAsync(new EdgeQuery([Lavrov, Komura], EdgeDirection.Both, [RelationshipType.Met]));
        Assert.Equal(new[] { $"MET:{Komura}->{Lavrov}", $"MET:{Machimura}->{Lavrov}", $"MET:{Lavrov}->{Burns}" }, met.Select(e => e.Id));

        var limited = await Store.GetEdgesAsync(new EdgeQuery([Lavrov, Komura], EdgeDirection.Both, [RelationshipType.Met], Limit: 2));
        Assert.Equal(met.Take(2).Select(e => e.Id), limited.Select(e => e.Id));

        Assert.Empty(await Store.GetEdgesAsync(new EdgeQuery(["person:nobody"])));
        Assert.Empty(await Store.GetEdgesAsync(new EdgeQuery([Lavrov], EdgeDirection.Both, [])));
        Assert.Equal(3, (await Store.GetEdgesAsync(new EdgeQuery([Lavrov], EdgeDirection.Both, [RelationshipType.Mentions, RelationshipType.Represents]))).Count);
    }

    [StoreFact]
    public async Task FindNodes_orders_by_mention_count_then_label_then_id_and_pages()
    {
        await WriteAsync(Seed(), Moscow());

        var people = await Store.FindNodesAsync(new NodeQuery(NodeKind.Person, All));
        Assert.Equal(new[] { Komura, Lavrov, Otsuki, Machimura, Naryshkin, Burns }, people.Items.Select(n => n.Id));
        Assert.Equal(6, people.TotalCount);

        var page = await Store.FindNodesAsync(new NodeQuery(NodeKind.Person, new PageRequest(2, 2)));
        Assert.Equal(new[] { Otsuki, Machimura }, page.Items.Select(n => n.Id));
        Assert.Equal(6, page.TotalCount);
        Assert.Equal(2, page.Offset);
        Assert.True(page.HasNextPage);

        var last = await Store.FindNodesAsync(new NodeQuery(NodeKind.Person, new PageRequest(2, 4)));
        Assert.False(last.HasNextPage);
        var beyond = await Store.FindNodesAsync(new NodeQuery(NodeKind.Person, new PageRequest(2, 10)));
        Assert.Empty(beyond.Items);
        Assert.Equal(6, beyond.TotalCount);
    }

    [StoreFact]
    public async Task FindNodes_matches_names_and_aliases_case_insensitively_and_filters_by_country()
    {
        await WriteAsync(Seed(), Moscow());

        async Task<string[]> Ids(NodeQuery q) => (await Store.FindNodesAsync(q)).Items.Select(n => n.Id).ToArray();

        Assert.Equal(new[] { Lavrov }, await Ids(new NodeQuery(NodeKind.Person, All, Name: "sergei LAVROV")));
        Assert.Equal(new[] { Lavrov }, await Ids(new NodeQuery(NodeKind.Person, All, Name: "fm lavrov")));
        Assert.Empty(await Ids(new NodeQuery(NodeKind.Person, All, Name: "Sergei")));
        Assert.Empty(await Ids(new NodeQuery(NodeKind.Country, All, Name: "Sergei Lavrov")));
        Assert.Equal(new[] { Lavrov, Naryshkin }, await Ids(new NodeQuery(NodeKind.Person, All, Search: "SERGEI")));
        Assert.Equal(new[] { Lavrov, Naryshkin }, await Ids(new NodeQuery(NodeKind.Person, All, Country: "RU")));
        Assert.Equal(new[] { Naryshkin }, await Ids(new NodeQuery(NodeKind.Person, All, Search: "nary", Country: "RU")));
        Assert.Equal(new[] { Mofa }, await Ids(new NodeQuery(NodeKind.Organization, All, Country: "JP")));
        Assert.Equal(new[] { "topic:missile-defense", "topic:northern-territories", "topic:political-relations" },
            await Ids(new NodeQuery(NodeKind.Topic, All)));
    }

    [StoreFact]
    public async Task FindMeetings_orders_by_date_with_undated_last_and_pages()
    {
        await WriteAsync(Seed(), Moscow());

        Assert.Equal(new[] { M1, T3, T1, T2, T4 }, await MeetingsAsync(new MeetingQuery(All)));
        Assert.Equal(new[] { T1, T2, T3, M1, T4 }, await MeetingsAsync(new MeetingQuery(All, OrderBy: MeetingOrder.DateAscending)));
        Assert.Equal(new[] { T1, M1, T2, T3, T4 }, await MeetingsAsync(new MeetingQuery(All, OrderBy: MeetingOrder.ConfidenceDescending)));

        var page = await Store.FindMeetingsAsync(new MeetingQuery(new PageRequest(2, 0)));
        Assert.Equal(new[] { M1, T3 }, page.Items.Select(n => n.Id));
        Assert.Equal(5, page.TotalCount);
        Assert.True(page.HasNextPage);
        var tail = await Store.FindMeetingsAsync(new MeetingQuery(new PageRequest(2, 4)));
        Assert.Equal(new[] { T4 }, tail.Items.Select(n => n.Id));
        Assert.False(tail.HasNextPage);
    }

    [StoreFact]
    public async Task FindMeetings_filters_who_met_whom_about_what_when_and_where()
    {
        await WriteAsync(Seed(), Moscow());

        Assert.Equal(new[] { M1, T1, T2 }, await MeetingsAsync(new MeetingQuery(All, Participant: Lavrov)));
        Assert.Equal(new[] { T1 }, await MeetingsAsync(new MeetingQuery(All, Participant: Lavrov, WithParticipant: Komura)));
        Assert.Equal(new[] { M1, T1 }, await MeetingsAsync(new MeetingQuery(All, Topic: MissileDefense)));
        Assert.Equal(new[] { T1 }, await MeetingsAsync(new MeetingQuery(All, Participant: Komura, Topic: MissileDefense)));
        Assert.Equal(new[] { M1 }, await MeetingsAsync(new MeetingQuery(All, Country: "RU")));
        Assert.Equal(new[] { T3, T1, T2, T4 }, await MeetingsAsync(new MeetingQuery(All, Country: "JP")));
        Assert.Equal(new[] { M1, T3 }, await MeetingsAsync(new MeetingQuery(All, From: new DateOnly(2007, 10, 24))));
        Assert.Equal(new[] { T1, T2 }, await MeetingsAsync(new MeetingQuery(All, To: new DateOnly(2007, 10, 23))));
        Assert.Equal(new[] { T3 }, await MeetingsAsync(new MeetingQuery(All, From: new DateOnly(2007, 10, 24), To: new DateOnly(2007, 10, 31))));
        Assert.Equal(new[] { M1 }, await MeetingsAsync(new MeetingQuery(All, Cable: MoscowId)));
        Assert.Equal(new[] { T4 }, await MeetingsAsync(new MeetingQuery(All, Status: "planned")));
        Assert.Equal(new[] { M1, T1, T2 }, await MeetingsAsync(new MeetingQuery(All, MinConfidence: 0.9)));
        Assert.Equal(new[] { T3 }, await MeetingsAsync(new MeetingQuery(All, Participant: "org:us-embassy-tokyo")));
        Assert.Empty(await MeetingsAsync(new MeetingQuery(All, Participant: "person:nobody")));
        Assert.Equal(0, (await Store.FindMeetingsAsync(new MeetingQuery(All, Participant: Burns, WithParticipant: Komura))).TotalCount);
    }

    [StoreFact]
    public async Task FindMeetings_of_many_queries_answers_each_as_alone_in_order()
    {
        await WriteAsync(Seed(), Moscow());
        MeetingQuery[] queries =
        [
            new(All, Participant: Lavrov), new(All, Topic: MissileDefense), new(new PageRequest(1, 1), Participant: Lavrov),
            new(All, WithParticipant: Komura, Topic: MissileDefense), new(All, Participant: "person:nobody"),
        ];

        var pages = await Store.FindMeetingsAsync(queries);

        Assert.Equal(queries.Length, pages.Count);
        for (var i = 0; i < queries.Length; i++)
        {
            var alone = await Store.FindMeetingsAsync(queries[i]);
            Assert.Equal(alone.Items.Select(n => n.Id), pages[i].Items.Select(n => n.Id));
            Assert.Equal(alone.TotalCount, pages[i].TotalCount);
        }

        Assert.Equal(new[] { T1 }, pages[2].Items.Select(n => n.Id));
        Assert.Equal(new[] { T1 }, pages[3].Items.Select(n => n.Id));
    }

    [StoreFact]
    public async Task GetMetEdges_gives_each_person_most_meetings_then_latest_then_id_up_to_first()
    {
        await WriteAsync(Seed(), Moscow());

        var met = await Store.GetMetEdgesAsync([Lavrov, Komura, "person:nobody"], 2);

        // Lavrov met Burns (2007-11-19), Komura and Machimura (both 2007-10-23, one meeting each).
        Assert.Equal(new[] { $"MET:{Lavrov}->{Burns}", $"MET:{Komura}->{Lavrov}" }, met[Lavrov].Select(e => e.Id));
        Assert.Contains(met[Komura], e => e.Id == $"MET:{Komura}->{Lavrov}");
        Assert.Empty(met["person:nobody"]);
        Assert.Equal(3, (await Store.GetMetEdgesAsync([Lavrov], 10))[Lavrov].Count);
        Assert.Empty((await Store.GetMetEdgesAsync([Lavrov], 0))[Lavrov]);
    }

    [StoreFact]
    public async Task FindCables_filters_by_origin_date_tag_classification_and_text()
    {
        await WriteAsync(Seed(), Moscow());

        async Task<string[]> Ids(CableQuery q) => (await Store.FindCablesAsync(q)).Items.Select(n => n.Id).ToArray();

        Assert.Equal(new[] { MoscowId, SeedId }, await Ids(new CableQuery(All)));
        Assert.Equal(new[] { SeedId }, await Ids(new CableQuery(All, Origin: "embassy tokyo")));
        Assert.Equal(new[] { MoscowId }, await Ids(new CableQuery(All, From: new DateOnly(2007, 11, 1))));
        Assert.Equal(new[] { SeedId }, await Ids(new CableQuery(All, To: new DateOnly(2007, 10, 31))));
        Assert.Equal(new[] { MoscowId }, await Ids(new CableQuery(All, Tag: "marr")));
        Assert.Equal(new[] { MoscowId, SeedId }, await Ids(new CableQuery(All, Tag: "PREL")));
        Assert.Equal(new[] { MoscowId, SeedId }, await Ids(new CableQuery(All, Classification: "confidential")));
        Assert.Empty(await Ids(new CableQuery(All, Classification: "SECRET")));
        Assert.Equal(new[] { SeedId }, await Ids(new CableQuery(All, Text: "working dinner")));
        Assert.Equal(new[] { MoscowId }, await Ids(new CableQuery(All, Text: "Burns")));
        Assert.Equal(new[] { SeedId }, await Ids(new CableQuery(All, Text: "northern territories", Origin: "Embassy Tokyo")));
        Assert.Empty(await Ids(new CableQuery(All, Text: "zanzibar")));

        var page = await Store.FindCablesAsync(new CableQuery(new PageRequest(1, 1)));
        Assert.Equal(new[] { SeedId }, page.Items.Select(n => n.Id));
        Assert.Equal(2, page.TotalCount);
        Assert.False(page.HasNextPage);
    }

    [StoreFact]
    public async Task Search_ranks_names_first_filters_kinds_and_gives_cable_snippets()
    {
        await WriteAsync(Seed(), Moscow());

        var hits = await Store.SearchAsync(new SearchQuery("lavrov"));
        Assert.Equal(Lavrov, hits[0].Node.Id);
        Assert.Contains(hits, h => h.Node.Id == SeedId);
        Assert.Contains(hits, h => h.Node.Id == MoscowId);
        Assert.DoesNotContain(hits, h => h.Node.Id == Komura);
        Assert.Equal(hits.OrderByDescending(h => h.Score).Select(h => h.Node.Id), hits.Select(h => h.Node.Id));

        var cables = await Store.SearchAsync(new SearchQuery("Lavrov", [NodeKind.Cable]));
        Assert.Equal(new[] { MoscowId, SeedId }, cables.Select(h => h.Node.Id).Order(StringComparer.Ordinal));
        Assert.All(cables, h => Assert.Contains("Lavrov", h.Snippet, StringComparison.OrdinalIgnoreCase));

        var people = await Store.SearchAsync(new SearchQuery("Komura", [NodeKind.Person]));
        Assert.Equal(new[] { Komura }, people.Select(h => h.Node.Id));
        Assert.Null(people[0].Snippet);

        Assert.Equal(new[] { "topic:northern-territories" }, (await Store.SearchAsync(new SearchQuery("northern territories", [NodeKind.Topic]))).Select(h => h.Node.Id));
        Assert.Single(await Store.SearchAsync(new SearchQuery("lavrov", First: 1)));
        Assert.Empty(await Store.SearchAsync(new SearchQuery("zanzibar")));
        Assert.Empty(await Store.SearchAsync(new SearchQuery(" \"(*  ")));
    }

    [StoreFact]
    public async Task Timeline_counts_meetings_and_cables_per_period()
    {
        await WriteAsync(Seed(), Moscow());

        Assert.Equal(
            new[] { new TimelineBucket("2007-10", 3, 1), new TimelineBucket("2007-11", 1, 1) },
            await Store.GetTimelineAsync(new TimelineQuery()));
        Assert.Equal(new[] { new TimelineBucket("2007", 4, 2) }, await Store.GetTimelineAsync(new TimelineQuery(Granularity: TimelineGranularity.Year)));
        Assert.Equal(
            new[] { new TimelineBucket("2007-10", 2, 1), new TimelineBucket("2007-11", 1, 1) },
            await Store.GetTimelineAsync(new TimelineQuery(Entity: Lavrov)));
        Assert.Equal(
            new[] { new TimelineBucket("2007-10", 1, 1), new TimelineBucket("2007-11", 1, 1) },
            await Store.GetTimelineAsync(new TimelineQuery(Topic: MissileDefense)));
        Assert.Equal(
            new[] { new TimelineBucket("2007-10", 2, 1), new TimelineBucket("2007-11", 0, 1) },
            await Store.GetTimelineAsync(new TimelineQuery(Entity: Lavrov, Topic: NorthernTerritories)));
        Assert.Empty(await Store.GetTimelineAsync(new TimelineQuery(Entity: "person:nobody")));
    }
}
