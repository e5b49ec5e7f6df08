using KnowledgeGraph.Export.Selection;
using KnowledgeGraph.Export.Tests.Support;
using KnowledgeGraph.Graph.Model;
using KnowledgeGraph.Graph.Queries;
using static KnowledgeGraph.Testing.Fixtures.CableFixtures;

namespace KnowledgeGraph.Export.Tests.Selection;

/// <summary>Selections run against the real embedded store holding the seed and Moscow cables.</summary>
public sealed class SubgraphSelectorTests : IAsyncLifetime
{
    private SeedStore store = null!;

    public async Task InitializeAsync() => store = await SeedStore.CreateAsync();

    public async Task DisposeAsync() => await store.DisposeAsync();

    [Fact]
    public async Task Seed_and_depth_select_exactly_what_the_graphql_neighbourhood_shows()
    {
        var selection = Select(new SelectionArguments(Seeds: [Lavrov], Depth: 2));

        var exported = (await new SubgraphSelector(store.Store).SelectAsync(selection)).Subgraph;
        var neighbourhood = await new Neighbourhood(store.Store).GetAsync([Lavrov], 2, SubgraphSelection.DefaultLimit);

        Assert.Equal(neighbourhood.Nodes.Select(n => n.Id), exported.Nodes.Select(n => n.Id));
        Assert.Equal(neighbourhood.Edges.Select(e => e.Id), exported.Edges.Select(e => e.Id));
        Assert.Contains(exported.Nodes, n => n.Id == Komura);
        Assert.Contains(exported.Edges, e => e.Type == RelationshipType.Attended && e.Source == Komura && e.Target == "meeting:07TOKYO5019-1");
        Assert.All(exported.Edges, e => Assert.Contains(exported.Nodes, n => n.Id == e.Source));
    }

    [Fact]
    public async Task A_whole_selection_says_nothing_about_truncation_and_a_cut_one_says_why()
    {
        var whole = await new SubgraphSelector(store.Store).SelectAsync(Select(new SelectionArguments(Seeds: [Lavrov], Depth: 2)));
        var cut = await new SubgraphSelector(store.Store).SelectAsync(Select(new SelectionArguments(Seeds: [Lavrov], Depth: 2, Limit: 3)));

        Assert.Null(whole.Truncation);
        Assert.Equal(3, cut.Subgraph.Nodes.Count);
        Assert.Equal("Truncated: the node limit of 3 was reached (nearest nodes kept).", cut.Truncation);
    }

    [Fact]
    public async Task The_edge_cap_is_a_parameter_and_reaching_it_is_reported()
    {
        var neighbourhood = new Neighbourhood(store.Store);
        var whole = await neighbourhood.SelectAsync([Lavrov], 2, SubgraphSelection.DefaultLimit, SubgraphSelection.MaxEdgesPerLevel);
        var capped = await neighbourhood.SelectAsync([Lavrov], 2, SubgraphSelection.DefaultLimit, maxEdgesPerLevel: 2);

        Assert.False(whole.Truncated);
        Assert.Equal((await neighbourhood.GetAsync([Lavrov], 2, SubgraphSelection.DefaultLimit)).Edges.Select(e => e.Id), whole.Subgraph.Edges.Select(e => e.Id));
        Assert.Equal(1, capped.EdgeCapLevel);
        Assert.True(capped.Subgraph.Edges.Count < whole.Subgraph.Edges.Count);
        Assert.Equal("Truncated: more than 2 relationships at hop 1 (at most that many are read per hop).", capped.Describe(SubgraphSelection.DefaultLimit, 2));
    }

    [Fact]
    public async Task A_cable_list_selects_the_cables_and_their_neighbours()
    {
        var subgraph = (await new SubgraphSelector(store.Store).SelectAsync(Select(new SelectionArguments(Cables: [MoscowId], Depth: 1)))).Subgraph;

        Assert.Contains(subgraph.Nodes, n => n.Id == MoscowId);
        Assert.Contains(subgraph.Nodes, n => n.Id == "meeting:07MOSCOW5500-1");
        Assert.Contains(subgraph.Nodes, n => n.Id == Burns);
        Assert.DoesNotContain(subgraph.Nodes, n => n.Id == "meeting:07TOKYO5019-2");
    }

    [Fact]
    public async Task A_topic_alone_selects_its_neighbourhood_and_can_be_named()
    {
        var byId = (await new SubgraphSelector(store.Store).SelectAsync(Select(new SelectionArguments(Topic: MissileDefense)))).Subgraph;
        var byName = (await new SubgraphSelector(store.Store).SelectAsync(Select(new SelectionArguments(Topic: "Missile defense")))).Subgraph;

        Assert.Contains(byId.Nodes, n => n.Id == "meeting:07MOSCOW5500-1");
        Assert.Contains(byId.Nodes, n => n.Id == "meeting:07TOKYO5019-1");
        Assert.DoesNotContain(byId.Nodes, n => n.Id == "meeting:07TOKYO5019-2"); // about the Northern Territories only
        Assert.Equal(byId.Nodes.Select(n => n.Id), byName.Nodes.Select(n => n.Id));
    }

    [Fact]
    public async Task A_date_range_alone_selects_the_meetings_in_it()
    {
        var subgraph = (await new SubgraphSelector(store.Store).SelectAsync(Select(new SelectionArguments(From: "2007-11", To: "2007-11")))).Subgraph;

        var meetings = subgraph.Nodes.Where(n => n.Kind == NodeKind.Meeting).Select(n => n.Id).ToArray();
        Assert.Equal(["meeting:07MOSCOW5500-1"], meetings);
        Assert.Contains(subgraph.Nodes, n => n.Id == Burns);
    }

    [Fact]
    public async Task A_path_selects_the_shortest_path_between_two_people()
    {
        var subgraph = (await new SubgraphSelector(store.Store).SelectAsync(Select(new SelectionArguments(PathFrom: Burns, PathTo: Komura, Via: ["MET"])))).Subgraph;

        Assert.Equal([Burns, Lavrov, Komura], subgraph.Nodes.Select(n => n.Id).ToArray());
        Assert.Equal(2, subgraph.Edges.Count);
    }

    [Theory]
    [InlineData(null, null, "Nothing selected: give seed ids, cables, a topic, a date range, or a path.")]
    [InlineData("2007-13-01", null, "'2007-13-01' is not a date for --from (use YYYY-MM-DD, YYYY-MM or YYYY).")]
    [InlineData("2008", "2007", "The date range is empty: 2008-01-01 is after 2007-12-31.")]
    public void Bad_selections_explain_themselves_in_one_line(string? from, string? to, string message)
    {
        Assert.False(new SelectionArguments(From: from, To: to).TryCreate(out _, out var error));
        Assert.Equal(message, error);
    }

    [Fact]
    public void Unknown_kinds_and_types_are_named()
    {
        Assert.False(new SelectionArguments(Seeds: ["x"], Kinds: ["Person,Planet"]).TryCreate(out _, out var kindError));
        Assert.StartsWith("'Planet' is not a node kind", kindError);
        Assert.False(new SelectionArguments(Seeds: ["x"], RelationshipTypes: ["met", "LIKES"]).TryCreate(out _, out var typeError));
        Assert.StartsWith("'LIKES' is not a relationship type", typeError);
        Assert.False(new SelectionArguments(Seeds: ["x"], Depth: 9).TryCreate(out _, out var depthError));
        Assert.Equal("Depth must be between 0 and 6 (got 9).", depthError);
        Assert.False(new SelectionArguments(PathFrom: "a").TryCreate(out _, out var pathError));
        Assert.Equal("A path needs both ends: give a path start and a path end.", pathError);
    }

    private static SubgraphSelection Select(SelectionArguments arguments)
    {
        Assert.True(arguments.TryCreate(out var selection, out var error), error);
        return selection;
    }
}
