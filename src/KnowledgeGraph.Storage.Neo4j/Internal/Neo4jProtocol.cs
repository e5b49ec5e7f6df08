namespace KnowledgeGraph.Storage.Neo4j.Internal;

/// <summary>One of Neo4j's HTTP APIs. Every call runs its statements in one transaction: all or nothing.</summary>
internal abstract class Neo4jProtocol
{
    /// <summary>A short name for reports (<c>tx</c> endpoint or <c>query/v2</c>).</summary>
    public abstract string Name { get; }

    public abstract Task<IReadOnlyList<CypherResult>> RunAsync(IReadOnlyList<CypherStatement> statements, CancellationToken cancellationToken);
}
