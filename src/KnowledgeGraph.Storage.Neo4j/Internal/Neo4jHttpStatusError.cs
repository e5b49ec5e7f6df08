using System.Net;

namespace KnowledgeGraph.Storage.Neo4j.Internal;

/// <summary>An HTTP status that is not a Cypher error: authentication, a missing endpoint, a busy or failing server.</summary>
internal sealed class Neo4jHttpStatusError(HttpStatusCode status, string detail)
    : Exception($"HTTP {(int)status} {status}{(detail.Length > 0 ? ": " + detail : "")}")
{
    public HttpStatusCode Status { get; } = status;

    public bool IsTransient => Status is HttpStatusCode.BadGateway or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout
        or HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests;

    public bool IsAuthentication => Status is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden;
}
