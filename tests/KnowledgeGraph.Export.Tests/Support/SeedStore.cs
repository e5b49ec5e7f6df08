using KnowledgeGraph.Graph.Mapping;
using KnowledgeGraph.Graph.Stores;
using KnowledgeGraph.Storage.Sqlite;
using KnowledgeGraph.Testing.Fixtures;

namespace KnowledgeGraph.Export.Tests.Support;

/// <summary>A real embedded (SQLite) store in a temp folder holding the seed cable and the Moscow cable that references it.</summary>
internal sealed class SeedStore(IGraphStore store, TempDirectory directory) : IAsyncDisposable
{
    public IGraphStore Store { get; } = store;

    public string Path { get; } = System.IO.Path.Combine(directory.Path, "kg.db");

    public static async Task<SeedStore> CreateAsync()
    {
        var directory = new TempDirectory();
        var store = new SqliteGraphStore(System.IO.Path.Combine(directory.Path, "kg.db"));
        await store.OpenAsync();
        await store.WriteCablesAsync([CableGraphBuilder.Default.Build(CableFixtures.Seed()), CableGraphBuilder.Default.Build(CableFixtures.Moscow())]);
        return new SeedStore(store, directory);
    }

    public async ValueTask DisposeAsync()
    {
        await Store.DisposeAsync();
        directory.Dispose();
    }
}
