using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using KnowledgeGraph.Graph.Stores;
using Polly;
using Polly.Retry;

namespace KnowledgeGraph.Storage.Neo4j.Internal;

/// <summary>
/// A connection to one Neo4j server: discovers which HTTP API it offers (Query API preferred, then the
/// transactional endpoint of 4.x/5.x, then 3.x's), checks version and credentials, and runs statements with
/// retries of transient failures over one keep-alive HttpClient. Failures become <see cref="GraphStoreException"/>
/// with a message for the user (never Cypher or a stack trace).
/// </summary>
internal sealed class Neo4jConnection : IDisposable
{
    private readonly HttpClient _http;
    private readonly ResiliencePipeline _retry;
    private readonly Neo4jStoreOptions _options;

    private Neo4jConnection(Neo4jStoreOptions options, HttpClient http, Neo4jProtocol protocol, ServerVersion version, string edition)
    {
        _options = options;
        _http = http;
        Protocol = protocol;
        Version = version;
        Edition = edition;
        _retry = BuildRetry(options);
    }

    public Neo4jProtocol Protocol { get; }

    public ServerVersion Version { get; }

    public string Edition { get; }

    /// <summary>The server root, for messages and <see cref="StoreInfo"/> (no credentials).</summary>
    public string Location => _options.HttpRoot.ToString().TrimEnd('/');

    public static async Task<Neo4jConnection> OpenAsync(Neo4jStoreOptions options, CancellationToken cancellationToken)
    {
        Uri root;
        try
        {
            root = options.HttpRoot;
        }
        catch (ArgumentException e)
        {
            throw new GraphStoreException(e.Message, e);
        }

        var location = root.ToString().TrimEnd('/');
        var http = CreateClient(options, root);
        try
        {
            var retry = BuildRetry(options);
            var (protocol, advertisedVersion) = await retry.ExecuteAsync(
                async ct => await DiscoverAsync(http, root, options.Database, ct), cancellationToken);

            // dbms.components() exists from 3.0 on, needs valid credentials, and names the edition on every version.
            var components = await retry.ExecuteAsync(
                async ct => await protocol.RunAsync([new CypherStatement(Cypher.ServerComponents)], ct), cancellationToken);
            var row = components[0].Rows.FirstOrDefault();
            var version = ServerVersion.Parse(row?[0] switch
            {
                string[] versions => versions.FirstOrDefault(),
                string v => v,
                _ => advertisedVersion,
            } ?? advertisedVersion);
            var edition = row?[1] as string ?? "unknown";
            if (!version.IsSupported)
            {
                throw new GraphStoreException($"Neo4j {version.Text} at {location} is not supported: kg needs Neo4j 3.1 or later.");
            }

            return new Neo4jConnection(options, http, protocol, version, edition);
        }
        catch (Exception e) when (e is not GraphStoreException and not OperationCanceledException || e is TaskCanceledException { InnerException: TimeoutException })
        {
            http.Dispose();
            throw Translate(e, location, options.User);
        }
        catch
        {
            http.Dispose();
            throw;
        }
    }

    /// <summary>Runs the statements in one transaction, retrying transient failures (writes are idempotent).</summary>
    public async Task<IReadOnlyList<CypherResult>> RunAsync(IReadOnlyList<CypherStatement> statements, CancellationToken cancellationToken)
    {
        if (statements.Count == 0)
        {
            return [];
        }

        try
        {
            return await _retry.ExecuteAsync(async ct => await Protocol.RunAsync(statements, ct), cancellationToken);
        }
        catch (Exception e) when (e is not GraphStoreException and not OperationCanceledException || e is TaskCanceledException { InnerException: TimeoutException })
        {
            throw Translate(e, Location, _options.User);
        }
    }

    public async Task<CypherResult> RunAsync(CypherStatement statement, CancellationToken cancellationToken) =>
        (await RunAsync([statement], cancellationToken))[0];

    public void Dispose() => _http.Dispose();

    private static HttpClient CreateClient(Neo4jStoreOptions options, Uri root)
    {
        // One pooled, keep-alive connection set for the store's lifetime; recycled so DNS changes are seen.
        var handler = options.Handler ?? new SocketsHttpHandler
        {
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            PooledConnectionIdleTimeout = TimeSpan.FromMinutes(1),
            MaxConnectionsPerServer = 8,
            AutomaticDecompression = System.Net.DecompressionMethods.All,
        };
        var http = new HttpClient(handler, disposeHandler: options.Handler is null) { BaseAddress = root, Timeout = options.RequestTimeout };
        http.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        http.DefaultRequestHeaders.UserAgent.Add(new ProductInfoHeaderValue("kg", "1.0"));
        if (options.Password is not null)
        {
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(
                "Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{options.User}:{options.Password}")));
        }

        return http;
    }

    private static async Task<(Neo4jProtocol Protocol, string? Version)> DiscoverAsync(HttpClient http, Uri root, string? database, CancellationToken cancellationToken)
    {
        using var response = await http.GetAsync(root, cancellationToken);
        using var json = await HttpJson.ReadAsync(response, cancellationToken);
        var discovery = json.RootElement;
        string? Text(JsonElement e, string name) => e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
        var version = Text(discovery, "neo4j_version");
        var db = string.IsNullOrEmpty(database) ? "neo4j" : database;

        if (Text(discovery, "query") is { } query)
        {
            return (new QueryApi(http, Resolve(root, query.Replace("{databaseName}", Uri.EscapeDataString(db), StringComparison.Ordinal))), version);
        }

        if (Text(discovery, "transaction") is { } transaction)
        {
            return (new TransactionalEndpoint(http, Resolve(root, transaction.Replace("{databaseName}", Uri.EscapeDataString(db), StringComparison.Ordinal).TrimEnd('/') + "/commit")), version);
        }

        if (Text(discovery, "data") is { } data)
        {
            if (!string.IsNullOrEmpty(database) && database != "neo4j" && database != "graph.db")
            {
                throw new GraphStoreException($"Neo4j 3.x at {root} has a single database; remove the database name '{database}'.");
            }

            // 3.x: the data root names the version (authenticated) and the transaction endpoint.
            using var dataResponse = await http.GetAsync(Resolve(root, data), cancellationToken);
            using var dataJson = await HttpJson.ReadAsync(dataResponse, cancellationToken);
            var tx = Text(dataJson.RootElement, "transaction") ?? data.TrimEnd('/') + "/transaction";
            return (new TransactionalEndpoint(http, Resolve(root, tx.TrimEnd('/') + "/commit")), Text(dataJson.RootElement, "neo4j_version"));
        }

        throw new GraphStoreException($"{root} answered, but not like a Neo4j server (no Query API, transaction or data endpoint advertised at /).");
    }

    // The server advertises absolute URLs as it sees itself (localhost inside a container): keep only the path.
    private static Uri Resolve(Uri root, string advertised) =>
        new(root, Uri.TryCreate(advertised, UriKind.Absolute, out var absolute) ? absolute.PathAndQuery : advertised);

    private static ResiliencePipeline BuildRetry(Neo4jStoreOptions options) => new ResiliencePipelineBuilder()
        .AddRetry(new RetryStrategyOptions
        {
            ShouldHandle = new PredicateBuilder()
                .Handle<HttpRequestException>()
                .Handle<TaskCanceledException>(e => e.InnerException is TimeoutException)
                .Handle<Neo4jServerError>(e => e.IsTransient)
                .Handle<Neo4jHttpStatusError>(e => e.IsTransient),
            MaxRetryAttempts = Math.Max(0, options.MaxRetries),
            Delay = options.RetryDelay,
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
        })
        .Build();

    private static GraphStoreException Translate(Exception e, string location, string user) => e switch
    {
        Neo4jServerError { Code: "Neo.ClientError.Security.CredentialsExpired" } =>
            new GraphStoreException($"Neo4j at {location}: the password of user '{user}' has expired and must be changed first.", e),
        Neo4jServerError { IsAuthentication: true } or Neo4jHttpStatusError { IsAuthentication: true } =>
            new GraphStoreException($"Neo4j at {location} rejected user '{user}' and its password (check --neo4j-user / --neo4j-password or KG_NEO4J_USER / KG_NEO4J_PASSWORD).", e),
        Neo4jServerError { Code: "Neo.ClientError.Database.DatabaseNotFound" } =>
            new GraphStoreException($"Neo4j at {location} has no such database (check --neo4j-database or KG_NEO4J_DATABASE).", e),
        Neo4jServerError server =>
            new GraphStoreException($"Neo4j at {location} refused a statement ({server.Code}).", e),
        Neo4jHttpStatusError { Status: System.Net.HttpStatusCode.NotFound } =>
            new GraphStoreException($"Neo4j at {location} does not offer the expected HTTP endpoint (wrong URL or unsupported version).", e),
        Neo4jHttpStatusError status =>
            new GraphStoreException($"Neo4j at {location} failed: {status.Message}", e),
        HttpRequestException http =>
            new GraphStoreException($"Neo4j at {location} is unreachable: {http.Message}", e),
        TaskCanceledException =>
            new GraphStoreException($"Neo4j at {location} did not answer in time.", e),
        JsonException or KeyNotFoundException or InvalidOperationException =>
            new GraphStoreException($"{location} answered with something that is not a Neo4j response.", e),
        _ => new GraphStoreException($"Neo4j at {location} failed: {e.Message}", e),
    };
}
