using KnowledgeGraph.Graph.Stores;
using KnowledgeGraph.Storage.Sqlite;
using KnowledgeGraph.Storage.Tests.Contract;
using KnowledgeGraph.Testing;

namespace KnowledgeGraph.Storage.Tests.Sqlite;

/// <summary>The store contract against the embedded SQLite store, one fresh database file per test.</summary>
public sealed class SqliteStoreContractTests : GraphStoreContract, IDisposable
{
    private readonly TempDirectory _directory = new();
    private int _files;

    protected override string ExpectedKind => "sqlite";

    protected override Task<IGraphStore> CreateEmptyStoreAsync() =>
        Task.FromResult<IGraphStore>(new SqliteGraphStore(_directory.File($"kg{Interlocked.Increment(ref _files)}.db")));

    public void Dispose() => _directory.Dispose();
}
