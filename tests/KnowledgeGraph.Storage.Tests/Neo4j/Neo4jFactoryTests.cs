using KnowledgeGraph.Graph.Stores;
using KnowledgeGraph.Storage.Neo4j;
using KnowledgeGraph.Testing;

namespace KnowledgeGraph.Storage.Tests.Neo4j;

public sealed class Neo4jFactoryTests
{
    [Fact]
    public void A_neo4j_location_makes_a_neo4j_store()
    {
        var store = GraphStoreFactory.Create("neo4j://db.example", new Neo4jSettings("reader", "secret", "graph"));
        Assert.IsType<Neo4jGraphStore>(store);
    }

    [Fact]
    public void Explicit_settings_win_over_the_environment()
    {
        var settings = new Neo4jSettings("reader", "secret", "graph").WithEnvironment();
        Assert.Equal(new Neo4jSettings("reader", "secret", "graph"), settings);
    }

    [Neo4jFact]
    public async Task The_factory_store_opens_the_test_server()
    {
        await using var store = GraphStoreFactory.Create(
            $"neo4j://{Neo4jTestServer.Uri.Host}:{Neo4jTestServer.Uri.Port}", new Neo4jSettings(Neo4jTestServer.User, Neo4jTestServer.Password));
        var info = await store.OpenAsync();
        Assert.Equal("neo4j", info.Kind);
        Assert.Equal($"http://{Neo4jTestServer.Uri.Host}:{Neo4jTestServer.Uri.Port}", info.Location);
    }

    [Neo4jFact]
    public async Task A_database_name_on_a_3x_server_is_a_clear_message()
    {
        await using var store = GraphStoreFactory.Create(Neo4jTestServer.Uri.ToString(), new Neo4jSettings(Neo4jTestServer.User, Neo4jTestServer.Password, "other"));
        var e = await Assert.ThrowsAsync<GraphStoreException>(() => store.OpenAsync());
        Assert.Contains("single database", e.Message);
    }
}
