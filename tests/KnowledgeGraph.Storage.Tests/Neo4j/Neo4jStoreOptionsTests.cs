using KnowledgeGraph.Storage.Neo4j;
using KnowledgeGraph.Storage.Neo4j.Internal;

namespace KnowledgeGraph.Storage.Tests.Neo4j;

public sealed class Neo4jStoreOptionsTests
{
    [Theory]
    [InlineData("neo4j://localhost:7474", "http://localhost:7474/")]
    [InlineData("neo4j://db.example", "http://db.example:7474/")]
    [InlineData("http://user:secret@db.example:17474/browser/", "http://db.example:17474/")]
    [InlineData("https://abc.databases.neo4j.io", "https://abc.databases.neo4j.io:7473/")]
    [InlineData("neo4j+s://abc.databases.neo4j.io:443", "https://abc.databases.neo4j.io/")]
    public void Maps_store_uris_to_the_http_root(string uri, string root) =>
        Assert.Equal(root, new Neo4jStoreOptions(new Uri(uri)).HttpRoot.ToString());

    [Fact]
    public void Refuses_other_schemes() =>
        Assert.Throws<ArgumentException>(() => new Neo4jStoreOptions(new Uri("ftp://db.example")).HttpRoot);

    [Theory]
    [InlineData("3.1.1", true, false)]
    [InlineData("3.0.12", false, false)]
    [InlineData("4.3.9", true, false)]
    [InlineData("4.4.0", true, true)]
    [InlineData("5.26.0", true, true)]
    [InlineData("2025.01.0", true, true)]
    [InlineData("2.3.3", false, false)]
    public void Knows_which_versions_are_supported_and_their_constraint_syntax(string version, bool supported, bool forRequire)
    {
        var parsed = ServerVersion.Parse(version);
        Assert.Equal((supported, forRequire), (parsed.IsSupported, parsed.HasForRequireSyntax));
    }

    [Fact]
    public void Schema_files_hold_one_syntax_each()
    {
        var old = Neo4jSchema.StatementsFor(ServerVersion.Parse("3.1.1"));
        var current = Neo4jSchema.StatementsFor(ServerVersion.Parse("5.26.0"));
        Assert.Equal(old.Count, current.Count);
        Assert.All(old, s => Assert.DoesNotContain("REQUIRE", s));
        Assert.Contains(old, s => s.Contains("ASSERT n.id IS UNIQUE", StringComparison.Ordinal));
        Assert.All(current, s => Assert.Contains("IF NOT EXISTS", s));
        Assert.All(current.Concat(old), s => Assert.DoesNotContain("//", s));
    }
}
