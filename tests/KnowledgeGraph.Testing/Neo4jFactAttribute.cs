using Xunit;

namespace KnowledgeGraph.Testing;

/// <summary>A fact that needs the Neo4j test server: skipped when it is not running, unless under CI, where it runs (and fails).</summary>
public sealed class Neo4jFactAttribute : FactAttribute
{
    public Neo4jFactAttribute()
    {
        if (!Ci.IsCi && !Neo4jTestServer.IsRunning)
        {
            Skip = Neo4jTestServer.MissingMessage;
        }
    }
}

/// <summary>A theory that needs the Neo4j test server; see <see cref="Neo4jFactAttribute"/>.</summary>
public sealed class Neo4jTheoryAttribute : TheoryAttribute
{
    public Neo4jTheoryAttribute()
    {
        if (!Ci.IsCi && !Neo4jTestServer.IsRunning)
        {
            Skip = Neo4jTestServer.MissingMessage;
        }
    }
}
