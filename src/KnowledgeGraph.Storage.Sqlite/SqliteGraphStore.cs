using KnowledgeGraph.Graph.Model;
using KnowledgeGraph.Graph.Stores;
using KnowledgeGraph.Storage.Sqlite.Internal;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Storage.Sqlite;

/// <summary>
/// The embedded default store: one SQLite file in WAL mode (many readers while one writer ingests), FTS5 over
/// names, aliases, subjects and cable text, an index for every query path. Every read opens a pooled
/// connection of its own; writes are serialized through one writer connection, one transaction per batch.
/// MET edges are derived here from held meetings and stored once per pair, from the ordinally smaller person
/// id to the larger (see graph-schema/README.md).
/// </summary>
public sealed partial class SqliteGraphStore : IGraphStore, IBulkLoadingStore
{
    private readonly string _path;
    private readonly string _connectionString;
    private readonly SemaphoreSlim _writeLock = new(1, 1);
    private SqliteConnection? _writer;
    private ReaderPool? _readers;
    private bool _opened;
    private bool _disposed;

    /// <param name="path">The database file; created with its schema when missing.</param>
    public SqliteGraphStore(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        _path = System.IO.Path.GetFullPath(path);
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = _path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            Pooling = true,
            DefaultTimeout = 10,
        }.ToString();
    }

    public string Path => _path;

    public Task<StoreInfo> OpenAsync(CancellationToken cancellationToken = default) => Guard(() =>
    {
        if (!Directory.Exists(System.IO.Path.GetDirectoryName(_path)))
        {
            throw new GraphStoreException($"Cannot create {_path}: the folder {System.IO.Path.GetDirectoryName(_path)} does not exist.");
        }

        var writer = new SqliteConnection(_connectionString);
        try
        {
            writer.Open();
            var tables = Scalars(writer, Sql.UserTables);
            if (tables.Count > 0 && !tables.Contains("meta"))
            {
                throw new GraphStoreException($"{_path} is a SQLite database but not a knowledge graph (it has other tables); choose another file.");
            }

            Execute(writer, Sql.WriterPragmas);
            if (tables.Contains("meta") && Scalars(writer, Sql.ReadSchemaVersion).FirstOrDefault() is { } version && version != Sql.SchemaVersion.ToString(System.Globalization.CultureInfo.InvariantCulture))
            {
                throw new GraphStoreException($"{_path} was written by another version of kg (schema {version}, this one reads {Sql.SchemaVersion}); ingest into a new file.");
            }

            using (var transaction = writer.BeginTransaction())
            {
                Execute(writer, Sql.CreateSchema, transaction);
                transaction.Commit();
            }

            var sqliteVersion = Scalars(writer, Sql.SqliteVersion).Single();
            _writer = writer;
            _readers = new ReaderPool(_path);
            _opened = true;
            return new StoreInfo("sqlite", $"SQLite {sqliteVersion}", _path);
        }
        catch
        {
            writer.Dispose();
            throw;
        }
    });

    public async Task<WriteSummary> WriteCablesAsync(IReadOnlyList<CableGraph> cables, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(cables);
        _ = _writer ?? throw NotOpen();
        if (cables.Count == 0)
        {
            return WriteSummary.None;
        }

        return await OnWriterAsync(connection =>
        {
            using var transaction = connection.BeginTransaction();
            var summary = WriteSummary.None;
            using (var writer = new CableWriter(connection))
            {
                foreach (var cable in cables)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    summary = summary.Add(writer.Write(cable));
                }

                writer.Flush();
            }

            transaction.Commit();
            return summary;
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Into an empty store, drops the secondary indexes until the returned scope is disposed, then builds them in one
    /// pass each (a sort): a first ingest then updates only the primary keys it needs to merge nodes and edges, and its
    /// cost per cable stays flat as the store grows. Reads stay correct meanwhile, only slower.
    /// </summary>
    public Task<IAsyncDisposable> BeginBulkLoadAsync(CancellationToken cancellationToken = default) => OnWriterAsync<IAsyncDisposable>(connection =>
    {
        if (Scalars(connection, Sql.AnyStoredCable).Count > 0)
        {
            return NoBulkLoad.Instance;
        }

        using var transaction = connection.BeginTransaction();
        foreach (var index in Sql.DeferredIndexes)
        {
            Execute(connection, Sql.DropIndex(index), transaction);
        }

        transaction.Commit();
        return new BulkLoad(this);
    }, cancellationToken);

    private Task<bool> EndBulkLoadAsync() => OnWriterAsync(connection =>
    {
        using var transaction = connection.BeginTransaction();
        Execute(connection, Sql.CreateIndexes, transaction);
        transaction.Commit();
        return true;
    });

    /// <summary>Runs work on the writer connection, one writer at a time, with SQLite failures made user-facing.</summary>
    private async Task<T> OnWriterAsync<T>(Func<SqliteConnection, T> work, CancellationToken cancellationToken = default)
    {
        var connection = _writer ?? throw NotOpen();
        await _writeLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return await Guard(() => work(connection)).ConfigureAwait(false);
        }
        finally
        {
            _writeLock.Release();
        }
    }

    private sealed class BulkLoad(SqliteGraphStore store) : IAsyncDisposable
    {
        private int _ended;

        public async ValueTask DisposeAsync()
        {
            if (Interlocked.Exchange(ref _ended, 1) == 0)
            {
                await store.EndBulkLoadAsync().ConfigureAwait(false);
            }
        }
    }

    private sealed class NoBulkLoad : IAsyncDisposable
    {
        public static readonly NoBulkLoad Instance = new();

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        await _writeLock.WaitAsync().ConfigureAwait(false);
        try
        {
            if (_writer is not null)
            {
                // Fold the WAL back into the file so a finished ingest leaves one file behind.
                try
                {
                    Execute(_writer, "PRAGMA wal_checkpoint(TRUNCATE);");
                }
                catch (SqliteException)
                {
                    // Another process still reads; the checkpoint happens later.
                }

                await _writer.DisposeAsync().ConfigureAwait(false);
                _writer = null;
            }

            _readers?.Dispose();
        }
        finally
        {
            _writeLock.Release();
        }

        _writeLock.Dispose();
    }

    /// <summary>A read-only connection with its prepared statements, from the pool; dispose it to give it back.</summary>
    private PooledReader OpenReader() => _opened && _readers is not null ? _readers.Rent() : throw NotOpen();

    private static InvalidOperationException NotOpen() => new("Call OpenAsync before using the store.");

    /// <summary>Runs store work, turning SQLite failures into user-facing <see cref="GraphStoreException"/>s.</summary>
    private Task<T> Guard<T>(Func<T> work)
    {
        try
        {
            return Task.FromResult(work());
        }
        catch (SqliteException ex)
        {
            return Task.FromException<T>(SqliteErrors.Map(ex, _path));
        }
    }

    private static void Execute(SqliteConnection connection, string sql, SqliteTransaction? transaction = null)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        command.ExecuteNonQuery();
    }

    private static List<string> Scalars(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var values = new List<string>();
        while (reader.Read())
        {
            values.Add(reader.GetValue(0).ToString() ?? "");
        }

        return values;
    }
}
