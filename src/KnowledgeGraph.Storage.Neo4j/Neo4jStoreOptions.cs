namespace KnowledgeGraph.Storage.Neo4j;

/// <summary>Where and how to reach Neo4j over HTTP.</summary>
/// <param name="ServerUri">The server's HTTP root: <c>http://host:7474</c> or <c>https://…</c> (<c>neo4j://</c> means http, <c>neo4j+s://</c> https).</param>
/// <param name="Database">Database name (4.x and later); null means the server default <c>neo4j</c>. 3.x has a single database.</param>
public sealed record Neo4jStoreOptions(Uri ServerUri, string User = "neo4j", string? Password = null, string? Database = null)
{
    /// <summary>Rows per <c>UNWIND $rows</c> batch statement.</summary>
    public int BatchRows { get; init; } = 2000;

    /// <summary>Per-request timeout.</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(100);

    /// <summary>Retries of transient failures (connection refused/reset, 502/503/504, Neo.TransientError.*).</summary>
    public int MaxRetries { get; init; } = 4;

    /// <summary>First retry delay; doubles each attempt, with jitter.</summary>
    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromMilliseconds(250);

    /// <summary>Replaces the HTTP stack (tests serve recorded Query API responses through it).</summary>
    public HttpMessageHandler? Handler { get; init; }

    /// <summary>The HTTP(S) root for a <c>neo4j://</c>, <c>neo4j+s://</c>, <c>http://</c> or <c>https://</c> URI.</summary>
    public Uri HttpRoot
    {
        get
        {
            var scheme = ServerUri.Scheme.ToLowerInvariant() switch
            {
                "http" or "neo4j" or "bolt" => "http",
                "https" or "neo4j+s" or "neo4j+ssc" or "bolt+s" => "https",
                var other => throw new ArgumentException($"'{other}' is not a Neo4j HTTP scheme (use http://, https://, neo4j:// or neo4j+s://)."),
            };
            var builder = new UriBuilder(ServerUri) { Scheme = scheme, UserName = "", Password = "", Path = "/", Query = "", Fragment = "" };
            if (ServerUri.IsDefaultPort || ServerUri.Port <= 0)
            {
                builder.Port = scheme == "https" ? 7473 : 7474;
            }

            return builder.Uri;
        }
    }
}
