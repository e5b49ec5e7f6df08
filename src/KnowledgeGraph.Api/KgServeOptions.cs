namespace KnowledgeGraph.Api;

/// <summary>
/// Everything <c>kg serve</c> can be told. Read from <c>appsettings.json</c> (section <c>Kg</c>), then
/// environment variables (<c>KG_API_KEY</c>, …), then command-line options: later sources win.
/// See <see cref="KgServeOptionsLoader"/> for the names.
/// </summary>
public sealed record KgServeOptions
{
    /// <summary><c>sqlite:PATH</c>, <c>neo4j://HOST:7474</c>, … (parsed by the store factory).</summary>
    public string? Store { get; init; }

    public string Urls { get; init; } = "http://127.0.0.1:5080";

    /// <summary>Bearer key. Mutations are refused unless one is set and presented.</summary>
    public string? ApiKey { get; init; }

    /// <summary>Require the key for read queries too (and every other endpoint except health).</summary>
    public bool ProtectReads { get; init; }

    public int MaxDepth { get; init; } = 15; // GraphiQL's introspection query is 15 levels deep

    public int MaxComplexity { get; init; } = 20_000;

    public int MaxPageSize { get; init; } = 100;

    public int DefaultPageSize { get; init; } = 20;

    /// <summary>Largest neighbourhood (nodes) one request may ask for.</summary>
    public int MaxNeighbourhoodNodes { get; init; } = 2_000;

    public int MaxNeighbourhoodDepth { get; init; } = 4;

    public int MaxPathHops { get; init; } = 8;

    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(30);

    public long MaxRequestBodyBytes { get; init; } = 1_048_576;

    /// <summary>Requests per minute per client address; 0 turns rate limiting off.</summary>
    public int RateLimitPerMinute { get; init; } = 1_200;

    /// <summary>Origins allowed by CORS; empty (the default) sends no CORS headers at all. <c>*</c> allows any.</summary>
    public IReadOnlyList<string> CorsOrigins { get; init; } = [];

    public bool Introspection { get; init; } = true;

    /// <summary>Folder holding the built explorer and GraphiQL; defaults to <c>wwwroot</c> beside the assembly.</summary>
    public string? WebRoot { get; init; }
}
