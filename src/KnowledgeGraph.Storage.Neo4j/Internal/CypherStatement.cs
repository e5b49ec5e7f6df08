namespace KnowledgeGraph.Storage.Neo4j.Internal;

/// <summary>One Cypher statement with its parameters. Text comes only from <see cref="Cypher"/>; every value is a parameter.</summary>
internal sealed record CypherStatement(string Text, IReadOnlyDictionary<string, object?> Parameters)
{
    public CypherStatement(string text)
        : this(text, new Dictionary<string, object?>())
    {
    }
}
