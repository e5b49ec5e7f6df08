namespace KnowledgeGraph.Storage.Neo4j.Internal;

/// <summary>An error the server reported for a statement (<c>errors</c> array of either HTTP API).</summary>
internal sealed class Neo4jServerError(string code, string message) : Exception($"{code}: {message}")
{
    public string Code { get; } = code;

    public string ServerMessage { get; } = message;

    /// <summary>Transient errors (deadlocks, leader switches, memory pressure) succeed when retried.</summary>
    public bool IsTransient => Code.StartsWith("Neo.TransientError.", StringComparison.Ordinal);

    public bool IsAuthentication => Code.StartsWith("Neo.ClientError.Security.", StringComparison.Ordinal);
}
