using KnowledgeGraph.Graph.Stores;

namespace KnowledgeGraph.Storage;

public enum StoreKind
{
    Sqlite,
    Neo4j,
}

/// <summary>
/// Where the graph lives, parsed from a <c>--store</c> value: <c>sqlite:PATH</c> (or a bare path), <c>neo4j://HOST:PORT</c>
/// (Neo4j's HTTP port, 7474 by default), or an <c>http://</c> / <c>https://</c> URL of a Neo4j server.
/// </summary>
/// <param name="Target">The SQLite file path, or the Neo4j HTTP base URL (<c>http://host:7474</c>).</param>
public sealed record StoreLocation(StoreKind Kind, string Target)
{
    public const string Default = "sqlite:kg.db";

    /// <summary>Parses a <c>--store</c> value; a message names what is wrong.</summary>
    /// <exception cref="GraphStoreException">Empty value or unknown scheme.</exception>
    public static StoreLocation Parse(string value)
    {
        var text = value?.Trim() ?? "";
        if (text.Length == 0)
        {
            throw new GraphStoreException($"--store is empty; use sqlite:PATH, neo4j://HOST:PORT or http(s)://HOST:PORT (default {Default}).");
        }

        var colon = text.IndexOf(':', StringComparison.Ordinal);
        // No scheme, or a Windows drive letter (C:\…): a SQLite file path.
        if (colon < 0 || (colon == 1 && char.IsAsciiLetter(text[0]) && text.Length > 2 && text[2] is '\\' or '/'))
        {
            return new StoreLocation(StoreKind.Sqlite, text);
        }

        var scheme = text[..colon].ToLowerInvariant();
        switch (scheme)
        {
            case "sqlite":
                var path = text[(colon + 1)..];
                if (path.StartsWith("//", StringComparison.Ordinal))
                {
                    path = path[2..]; // sqlite://kg.db reads as sqlite:kg.db
                }

                return path.Length == 0
                    ? throw new GraphStoreException("--store sqlite: needs a file path, e.g. sqlite:kg.db.")
                    : new StoreLocation(StoreKind.Sqlite, path);
            case "neo4j" or "http" or "https":
                if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || uri.Host.Length == 0)
                {
                    throw new GraphStoreException($"--store {text} is not a valid URL; use e.g. neo4j://localhost:7474 or https://host:7473.");
                }

                // neo4j://HOST:PORT names the HTTP endpoint (the driver's Bolt protocol is not used).
                var port = scheme == "neo4j" && (uri.Port < 0 || uri.IsDefaultPort) ? 7474 : uri.Port;
                var http = scheme == "https" ? "https" : "http";
                return new StoreLocation(StoreKind.Neo4j, $"{http}://{uri.Host}:{port}{uri.AbsolutePath.TrimEnd('/')}");
            default:
                throw new GraphStoreException($"Unknown store scheme '{scheme}:' in --store {text}; use sqlite:PATH, neo4j://HOST:PORT or http(s)://HOST:PORT.");
        }
    }

    public override string ToString() => Kind == StoreKind.Sqlite ? $"sqlite:{Target}" : Target;
}
