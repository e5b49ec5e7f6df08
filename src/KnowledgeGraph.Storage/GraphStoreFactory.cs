using KnowledgeGraph.Graph.Stores;
using KnowledgeGraph.Storage.Neo4j;
using KnowledgeGraph.Storage.Sqlite;

namespace KnowledgeGraph.Storage;

/// <summary>
/// The one place that turns a <c>--store</c> value into a store. Precedence: the explicit value, then the
/// <c>KG_STORE</c> environment variable, then <c>KG_NEO4J_URI</c> (a Neo4j server), then
/// <see cref="StoreLocation.Default"/> (<c>sqlite:kg.db</c>). Neo4j credentials: see <see cref="Neo4jSettings"/>.
/// The store is returned unopened; callers call <see cref="IGraphStore.OpenAsync"/>.
/// </summary>
public static class GraphStoreFactory
{
    public const string StoreVariable = "KG_STORE";

    /// <summary>The location a command should use for <paramref name="store"/> (null = not given on the command line).</summary>
    public static StoreLocation Resolve(string? store)
    {
        if (store is not null)
        {
            return StoreLocation.Parse(store);
        }

        var env = Environment.GetEnvironmentVariable(StoreVariable);
        if (string.IsNullOrWhiteSpace(env))
        {
            env = Environment.GetEnvironmentVariable(Neo4jSettings.UriVariable);
        }

        return StoreLocation.Parse(string.IsNullOrWhiteSpace(env) ? StoreLocation.Default : env);
    }

    public static IGraphStore Create(string? store, Neo4jSettings? neo4j = null) => Create(Resolve(store), neo4j);

    /// <param name="neo4j">User, password and database given as options; gaps are filled from the environment.</param>
    public static IGraphStore Create(StoreLocation location, Neo4jSettings? neo4j = null) => location.Kind switch
    {
        StoreKind.Sqlite => new SqliteGraphStore(location.Target),
        StoreKind.Neo4j => CreateNeo4j(location, (neo4j ?? new Neo4jSettings()).WithEnvironment()),
        _ => throw new ArgumentOutOfRangeException(nameof(location)),
    };

    private static Neo4jGraphStore CreateNeo4j(StoreLocation location, Neo4jSettings settings) =>
        new(new Neo4jStoreOptions(new Uri(location.Target), settings.User ?? "neo4j", settings.Password, settings.Database));
}
