using System.Text.Json;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace KnowledgeGraph.Storage.Sqlite.Internal;

/// <summary>
/// A write-path statement prepared once on the writer connection and re-bound for every row: values bind by
/// position (no name lookup, no command or reader objects per execution), so a bulk ingest pays SQLite's own cost
/// and little else. Text may hold several statements; they run in order with the same parameters.
/// Errors surface as <see cref="SqliteException"/>, like every other store call.
/// </summary>
internal sealed class Statement : IDisposable
{
    private readonly sqlite3 _db;
    private readonly List<(sqlite3_stmt Handle, int[] Slots)> _parts = [];

    /// <param name="parameters">Parameter names in the order <see cref="Execute"/> and <see cref="Rows"/> take values.</param>
    public Statement(SqliteConnection connection, string sql, string[] parameters)
    {
        _db = connection.Handle ?? throw new InvalidOperationException("The connection is not open.");
        var rest = sql.Trim();
        try
        {
            while (rest.Length > 0)
            {
                Check(raw.sqlite3_prepare_v2(_db, rest, out var handle, out var tail));
                rest = (tail ?? "").Trim();
                if (handle is null || handle.IsInvalid)
                {
                    continue;
                }

                var slots = new int[raw.sqlite3_bind_parameter_count(handle)];
                for (var i = 0; i < slots.Length; i++)
                {
                    var name = raw.sqlite3_bind_parameter_name(handle, i + 1).utf8_to_string();
                    slots[i] = Array.IndexOf(parameters, name);
                    if (slots[i] < 0)
                    {
                        throw new ArgumentException($"The statement uses {name}, which is not among its parameters.", nameof(parameters));
                    }
                }

                _parts.Add((handle, slots));
            }
        }
        catch
        {
            Dispose();
            throw;
        }
    }

    /// <summary>Runs every statement; returns the rows changed by the last one.</summary>
    public int Execute(params object?[] values)
    {
        foreach (var (handle, slots) in _parts)
        {
            Bind(handle, slots, values);
            try
            {
                int rc;
                while ((rc = raw.sqlite3_step(handle)) == raw.SQLITE_ROW)
                {
                }

                Check(rc);
            }
            finally
            {
                raw.sqlite3_reset(handle);
            }
        }

        return raw.sqlite3_changes(_db);
    }

    /// <summary>The rows of a one-statement query, every column as text (null stays null).</summary>
    public List<string?[]> Rows(params object?[] values)
    {
        var (handle, slots) = _parts[0];
        Bind(handle, slots, values);
        var rows = new List<string?[]>();
        try
        {
            int rc;
            while ((rc = raw.sqlite3_step(handle)) == raw.SQLITE_ROW)
            {
                var row = new string?[raw.sqlite3_column_count(handle)];
                for (var i = 0; i < row.Length; i++)
                {
                    row[i] = raw.sqlite3_column_type(handle, i) == raw.SQLITE_NULL ? null : raw.sqlite3_column_text(handle, i).utf8_to_string();
                }

                rows.Add(row);
            }

            Check(rc);
        }
        finally
        {
            raw.sqlite3_reset(handle);
        }

        return rows;
    }

    private void Bind(sqlite3_stmt handle, int[] slots, object?[] values)
    {
        for (var i = 0; i < slots.Length; i++)
        {
            var index = i + 1;
            var rc = values[slots[i]] switch
            {
                null => raw.sqlite3_bind_null(handle, index),
                string s => raw.sqlite3_bind_text(handle, index, s),
                long l => raw.sqlite3_bind_int64(handle, index, l),
                int n => raw.sqlite3_bind_int64(handle, index, n),
                bool b => raw.sqlite3_bind_int64(handle, index, b ? 1 : 0),
                double d => raw.sqlite3_bind_double(handle, index, d),
                float f => raw.sqlite3_bind_double(handle, index, f),
                string[] list => raw.sqlite3_bind_text(handle, index, JsonSerializer.Serialize(list)),
                var other => throw new ArgumentException($"Cannot bind a {other.GetType().Name}."),
            };
            Check(rc);
        }
    }

    private void Check(int rc)
    {
        if (rc is not (raw.SQLITE_OK or raw.SQLITE_DONE or raw.SQLITE_ROW))
        {
            SqliteException.ThrowExceptionForRC(rc, _db);
        }
    }

    public void Dispose()
    {
        foreach (var (handle, _) in _parts)
        {
            handle.Dispose();
        }

        _parts.Clear();
    }
}
