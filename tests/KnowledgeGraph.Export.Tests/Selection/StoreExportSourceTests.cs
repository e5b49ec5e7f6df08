using KnowledgeGraph.Export.Selection;
using KnowledgeGraph.Export.Tests.Support;
using KnowledgeGraph.Graph.Model;
using static KnowledgeGraph.Testing.Fixtures.CableFixtures;

namespace KnowledgeGraph.Export.Tests.Selection;

public sealed class StoreExportSourceTests : IAsyncLifetime
{
    private SeedStore store = null!;

    public async Task InitializeAsync() => store = await SeedStore.CreateAsync();

    public async Task DisposeAsync() => await store.DisposeAsync();

    [Fact]
    public async Task Streams_the_nodes_in_id_order_and_every_edge_among_them_once()
    {
        var selected = (await new SubgraphSelector(store.Store).SelectAsync(new SubgraphSelection([Lavrov], Depth: 2))).Subgraph;

        var source = StoreExportSource.Create(store.Store, selected.Nodes.Select(n => n.Id).Reverse());
        var nodes = await source.Nodes().ToListAsync();
        var edges = await source.Edges().ToListAsync();

        Assert.Equal(selected.Nodes.Select(n => n.Id).Order(StringComparer.Ordinal), nodes.Select(n => n.Id));
        var ids = nodes.Select(n => n.Id).ToHashSet();
        Assert.All(edges, e => Assert.True(ids.Contains(e.Source) && ids.Contains(e.Target)));
        Assert.Equal(edges.Count, edges.Select(e => e.Id).Distinct().Count());
        Assert.Superset(selected.Edges.Select(e => e.Id).ToHashSet(), edges.Select(e => e.Id).ToHashSet());
    }

    [Fact]
    public async Task Exports_from_the_store_are_byte_identical_across_runs()
    {
        var ids = (await new SubgraphSelector(store.Store).SelectAsync(new SubgraphSelection([Lavrov], Depth: 3))).Subgraph.Nodes.Select(n => n.Id).ToArray();

        var first = new MemoryStream();
        var second = new MemoryStream();
        await GraphExporters.For(ExportFormat.Gexf).WriteAsync(StoreExportSource.Create(store.Store, ids), first);
        await GraphExporters.For(ExportFormat.Gexf).WriteAsync(StoreExportSource.Create(store.Store, ids.Reverse()), second);

        Assert.Equal(first.ToArray(), second.ToArray());
        Assert.Contains(NodeKind.Meeting.ToString(), System.Text.Encoding.UTF8.GetString(first.ToArray()));
    }
}
