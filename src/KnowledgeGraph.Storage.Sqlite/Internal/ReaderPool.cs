using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Storage.Sqlite.Internal;

/// <summary>
/// Open read-only connections, each keeping its prepared statements, reused from read to read: a GraphQL request
/// makes several small reads, and opening a connection and compiling the SQL again each time cost more than the
/// reads themselves. Readers see every committed write (WAL); the writer connection stays separate.
/// </summary>
internal sealed class ReaderPool(string path) : IDisposable
{
    /// <summary>Idle readers kept; more are opened under load and closed when returned.</summary>
    private const int MaxIdle = 16;

    private readonly string _connectionString = new SqliteConnectionStringBuilder
    {
        DataSource = path,
        Mode = SqliteOpenMode.ReadOnly,
        Cache = SqliteCacheMode.Private,
        Pooling = false,
        DefaultTimeout = 10,
    }.ToString();

    private readonly ConcurrentBag<PooledReader> _idle = [];
    private bool _disposed;

    public PooledReader Rent()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        return _idle.TryTake(out var reader) ? reader : PooledReader.Open(_connectionString, this);
    }

    public void Return(PooledReader reader)
    {
        if (_disposed || _idle.Count >= MaxIdle)
        {
            reader.Close();
            return;
        }

        _idle.Add(reader);
    }

    public void Dispose()
    {
        _disposed = true;
        while (_idle.TryTake(out var reader))
        {
            reader.Close();
        }
    }
}
