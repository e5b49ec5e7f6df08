using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Storage.Sqlite.Internal;

/// <summary>
/// One read-only connection of the <see cref="ReaderPool"/> and its prepared statements by SQL text (statement texts
/// never depend on data, see <see cref="Sql"/>). Disposing hands it back to the pool.
/// </summary>
internal sealed class PooledReader : IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly ReaderPool _pool;
    private readonly Dictionary<string, SqliteCommand> _commands = new(StringComparer.Ordinal);

    private PooledReader(SqliteConnection connection, ReaderPool pool)
    {
        _connection = connection;
        _pool = pool;
    }

    public SqliteConnection Connection => _connection;

    public static PooledReader Open(string connectionString, ReaderPool pool)
    {
        var connection = new SqliteConnection(connectionString);
        try
        {
            connection.Open();
            using var pragmas = connection.CreateCommand();
            pragmas.CommandText = Sql.ReaderPragmas;
            pragmas.ExecuteNonQuery();
            return new PooledReader(connection, pool);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>The prepared statement for <paramref name="sql"/> with these parameter values (owned by this reader: do not dispose it).</summary>
    public SqliteCommand Command(string sql, params ReadOnlySpan<(string Name, object? Value)> parameters)
    {
        if (!_commands.TryGetValue(sql, out var command))
        {
            command = _connection.CreateCommand();
            command.CommandText = sql;
            _commands[sql] = command;
        }

        foreach (var (name, value) in parameters)
        {
            var index = command.Parameters.IndexOf(name);
            if (index >= 0)
            {
                command.Parameters[index].Value = value ?? DBNull.Value;
            }
            else
            {
                command.Parameters.AddWithValue(name, value ?? DBNull.Value);
            }
        }

        return command;
    }

    public void Dispose() => _pool.Return(this);

    internal void Close()
    {
        foreach (var command in _commands.Values)
        {
            command.Dispose();
        }

        _connection.Dispose();
    }
}
