using Microsoft.Data.Sqlite;
using KnowledgeGraph.Graph.Stores;

namespace KnowledgeGraph.Storage.Sqlite.Internal;

/// <summary>Turns SQLite result codes into one-line messages for the user.</summary>
internal static class SqliteErrors
{
    public static GraphStoreException Map(SqliteException ex, string path) => (ex.SqliteErrorCode & 0xFF) switch
    {
        5 or 6 => new GraphStoreException($"The database {path} is locked by another process writing to it; try again when it has finished.", ex),
        8 => new GraphStoreException($"The database {path} is read-only (check the file's and its folder's permissions).", ex),
        10 => new GraphStoreException($"Disk I/O error on {path}: {ex.Message}", ex),
        11 or 26 => new GraphStoreException($"{path} is not a valid knowledge-graph database (the file is corrupt or not SQLite). Move it aside and ingest again.", ex),
        13 => new GraphStoreException($"The disk holding {path} is full.", ex),
        14 => new GraphStoreException($"Cannot open {path}: the folder does not exist or is not accessible.", ex),
        3 or 23 => new GraphStoreException($"Permission denied on {path}.", ex),
        _ => new GraphStoreException($"SQLite error on {path}: {ex.Message}", ex),
    };
}
