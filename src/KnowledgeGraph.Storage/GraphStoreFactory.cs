using KnowledgeGraph.Graph.Stores;
using KnowledgeGraph.Storage.Neo4j;
using KnowledgeGraph.Storage.Sqlite;

namespace KnowledgeGraph.Storage;

/// <summary>
/// The one place that turns a <c>--store</c> value into a store. Precedence: the explicit value, then the
/// <c>KG_STORE</c> environment variable, then <c>KG_NEO4J_URI</c> (a Neo4j server), then
/// <see cref="StoreLocation.Default"/> (<c>sqlite:kg.db</c>). The keyword <c>neo4j</c> names the server of
/// <c>--neo4j-uri</c> (<see cref="Neo4jSettings.Uri"/>), else <c>KG_NEO4J_URI</c>, else <c>neo4j://localhost:7474</c>;
/// a <c>--neo4j-uri</c> alone implies it. Neo4j credentials: see <see cref="Neo4jSettings"/>.
/// The store is returned unopened; callers call <see cref="IGraphStore.OpenAsync"/>.
/// </summary>
public static class GraphStoreFactory
{
    public const string StoreVariable = "KG_STORE";

    /// <summary>The <c>--store</c> value that means "the Neo4j server of the Neo4j settings".</summary>
    public const string Neo4jKeyword = "neo4j";

    private const string DefaultNeo4jUri = "neo4j://localhost:7474";

    /// <summary>The location a command should use for <paramref name="store"/> (null = not given on the command line).</summary>
    /// <param name="neo4j">Neo4j options from the command line; only its <see cref="Neo4jSettings.Uri"/> is used here.</param>
    /// <exception cref="GraphStoreException">A bad value, or <c>--store</c> and <c>--neo4j-uri</c> that disagree.</exception>
    public static StoreLocation Resolve(string? store, Neo4jSettings? neo4j = null)
    {
        var uriOption = string.IsNullOrWhiteSpace(neo4j?.Uri) ? null : neo4j.Uri;
        if (store is null)
        {
            if (uriOption is not null)
            {
                return ParseNeo4j(uriOption);
            }

            store = Environment.GetEnvironmentVariable(StoreVariable);
            if (string.IsNullOrWhiteSpace(store))
            {
                store = Environment.GetEnvironmentVariable(Neo4jSettings.UriVariable);
            }

            if (string.IsNullOrWhiteSpace(store))
            {
                store = StoreLocation.Default;
            }
        }

        if (string.Equals(store.Trim(), Neo4jKeyword, StringComparison.OrdinalIgnoreCase))
        {
            var env = Environment.GetEnvironmentVariable(Neo4jSettings.UriVariable);
            return ParseNeo4j(uriOption ?? (string.IsNullOrWhiteSpace(env) ? DefaultNeo4jUri : env));
        }

        var location = StoreLocation.Parse(store);
        if (uriOption is not null)
        {
            if (location.Kind != StoreKind.Neo4j)
            {
                throw new GraphStoreException($"--neo4j-uri names a Neo4j server but --store {store} is a SQLite file: use --store neo4j, or leave --store out.");
            }

            if (ParseNeo4j(uriOption) != location)
            {
                throw new GraphStoreException($"--store {store} and --neo4j-uri {uriOption} name different servers: give one (--store neo4j --neo4j-uri URL).");
            }
        }

        return location;
    }

    public static IGraphStore Create(string? store, Neo4jSettings? neo4j = null) => Create(Resolve(store, neo4j), neo4j);

    /// <param name="neo4j">User, password and database given as options; gaps are filled from the environment.</param>
    public static IGraphStore Create(StoreLocation location, Neo4jSettings? neo4j = null) => location.Kind switch
    {
        StoreKind.Sqlite => new SqliteGraphStore(location.Target),
        StoreKind.Neo4j => CreateNeo4j(location, (neo4j ?? new Neo4jSettings()).WithEnvironment()),
        _ => throw new ArgumentOutOfRangeException(nameof(location)),
    };

    private static Neo4jGraphStore CreateNeo4j(StoreLocation location, Neo4jSettings settings) =>
        new(new Neo4jStoreOptions(new Uri(location.Target), settings.User ?? "neo4j", settings.Password, settings.Database));

    private static StoreLocation ParseNeo4j(string uri)
    {
        var location = StoreLocation.Parse(uri);
        return location.Kind == StoreKind.Neo4j
            ? location
            : throw new GraphStoreException($"--neo4j-uri {uri} is not a Neo4j address; use neo4j://HOST:PORT or http(s)://HOST:PORT.");
    }
}
