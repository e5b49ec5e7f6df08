using KnowledgeGraph.Graph.Stores;
using KnowledgeGraph.Storage.Sqlite;

namespace KnowledgeGraph.Storage;

/// <summary>
/// The one place that turns a <c>--store</c> value into a store. Precedence: the explicit value, then the
/// <c>KG_STORE</c> environment variable, then <see cref="StoreLocation.Default"/> (<c>sqlite:kg.db</c>).
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
        return StoreLocation.Parse(string.IsNullOrWhiteSpace(env) ? StoreLocation.Default : env);
    }

    public static IGraphStore Create(string? store) => Create(Resolve(store));

    public static IGraphStore Create(StoreLocation location) => location.Kind switch
    {
        StoreKind.Sqlite => new SqliteGraphStore(location.Target),
        // Neo4j plugs in here (KnowledgeGraph.Storage.Neo4j).
        StoreKind.Neo4j => throw new GraphStoreException($"The Neo4j store ({location.Target}) is not available in this build."),
        _ => throw new ArgumentOutOfRangeException(nameof(location)),
    };
}
