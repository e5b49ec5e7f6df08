using KnowledgeGraph.Graph.Stores;

namespace KnowledgeGraph.Storage.Tests;

public sealed class StoreLocationTests
{
    [Theory]
    [InlineData("sqlite:kg.db", StoreKind.Sqlite, "kg.db")]
    [InlineData("SQLITE:/data/graph.db", StoreKind.Sqlite, "/data/graph.db")]
    [InlineData("sqlite://kg.db", StoreKind.Sqlite, "kg.db")]
    [InlineData("graph.db", StoreKind.Sqlite, "graph.db")]
    [InlineData("./out/graph.db", StoreKind.Sqlite, "./out/graph.db")]
    [InlineData(@"C:\data\kg.db", StoreKind.Sqlite, @"C:\data\kg.db")]
    [InlineData("neo4j://localhost:7474", StoreKind.Neo4j, "http://localhost:7474")]
    [InlineData("neo4j://db.example.org", StoreKind.Neo4j, "http://db.example.org:7474")]
    [InlineData("http://127.0.0.1:17474", StoreKind.Neo4j, "http://127.0.0.1:17474")]
    [InlineData("https://xyz.databases.neo4j.io", StoreKind.Neo4j, "https://xyz.databases.neo4j.io:443")]
    [InlineData("https://host:7473/", StoreKind.Neo4j, "https://host:7473")]
    public void Parses_store_values(string value, StoreKind kind, string target)
    {
        var location = StoreLocation.Parse(value);
        Assert.Equal(kind, location.Kind);
        Assert.Equal(target, location.Target);
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("sqlite:", "needs a file path")]
    [InlineData("mysql://localhost", "Unknown store scheme 'mysql:'")]
    [InlineData("bolt://localhost:7687", "Unknown store scheme 'bolt:'")]
    [InlineData("neo4j://", "not a valid URL")]
    public void Rejects_bad_values_with_a_message(string value, string message)
    {
        var ex = Assert.Throws<GraphStoreException>(() => StoreLocation.Parse(value));
        Assert.Contains(message, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_default_is_an_embedded_kg_db()
    {
        Assert.Equal(new StoreLocation(StoreKind.Sqlite, "kg.db"), StoreLocation.Parse(StoreLocation.Default));
    }

    [Fact]
    public void The_factory_makes_a_sqlite_store_for_sqlite_locations()
    {
        var store = GraphStoreFactory.Create(new StoreLocation(StoreKind.Sqlite, "unused.db"));
        Assert.IsType<KnowledgeGraph.Storage.Sqlite.SqliteGraphStore>(store);
    }
}
