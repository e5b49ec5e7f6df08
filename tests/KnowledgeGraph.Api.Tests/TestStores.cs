using KnowledgeGraph.Cables;
using KnowledgeGraph.Extraction;
using KnowledgeGraph.Graph.Mapping;
using KnowledgeGraph.Graph.Stores;
using KnowledgeGraph.Storage.Neo4j;
using KnowledgeGraph.Storage.Sqlite;
using KnowledgeGraph.Testing;

namespace KnowledgeGraph.Api.Tests;

/// <summary>
/// The real stores the API tests run against: SQLite in a temporary file always, and the Neo4j test server
/// (scripts/neo4j-test-server.sh) when it runs, or always under CI, where its absence fails the tests.
/// </summary>
internal static class TestStores
{
    public const string Sqlite = "sqlite";
    public const string Neo4j = "neo4j";
    public const string Default = Sqlite;

    public static IEnumerable<object[]> Kinds => Neo4jTestServer.IsRunning || Ci.IsCi ? [[Sqlite], [Neo4j]] : [[Sqlite]];

    public static string SeedPath => Path.Combine(SharedData.RepositoryRoot, "samples", "07TOKYO5019.txt");

    public static async Task<(IGraphStore Store, IAsyncDisposable? Lease)> OpenAsync(string kind)
    {
        switch (kind)
        {
            case Sqlite:
                var file = Path.Combine(Path.GetTempPath(), $"kg-api-tests-{Guid.NewGuid():N}.db");
                var sqlite = new SqliteGraphStore(file);
                await sqlite.OpenAsync();
                return (sqlite, new TempFile(file));
            case Neo4j:
                var lease = await Neo4jTestServer.AcquireAsync();
                var neo4j = new Neo4jGraphStore(new Neo4jStoreOptions(Neo4jTestServer.Uri, Neo4jTestServer.User, Neo4jTestServer.Password));
                await neo4j.OpenAsync();
                return (neo4j, lease);
            default:
                throw new ArgumentOutOfRangeException(nameof(kind), kind, null);
        }
    }

    /// <summary>The seed cable through the real pipeline (reader → extractor → graph builder → store), plus <see cref="TestGraph"/>.</summary>
    public static async Task LoadAsync(IGraphStore store)
    {
        var graphs = new CableReader().Read([SeedPath])
            .OfType<CableParsed>()
            .Select(parsed => CableGraphBuilder.Default.Build(FactExtractor.Default.Extract(parsed.Cable)))
            .ToList();
        Assert.Single(graphs);
        await store.WriteCablesAsync([.. graphs, TestGraph.Build()]);
    }

    private sealed class TempFile(string path) : IAsyncDisposable
    {
        public ValueTask DisposeAsync()
        {
            foreach (var f in new[] { path, path + "-wal", path + "-shm" })
            {
                File.Delete(f);
            }

            return ValueTask.CompletedTask;
        }
    }
}
