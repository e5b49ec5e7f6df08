using System.Net;
using System.Text;
using System.Text.Json;

namespace KnowledgeGraph.Storage.Tests.Neo4j;

/// <summary>
/// Serves recorded Neo4j HTTP responses (shaped like the examples of the Neo4j Query API and HTTP API documentation)
/// to the store, and records what the store sent. The Query API cannot run on the 3.1 test server, so this is how
/// its code path is exercised.
/// </summary>
internal sealed class RecordedNeo4j : HttpMessageHandler
{
    private readonly Func<RecordedRequest, HttpResponseMessage> _respond;

    public RecordedNeo4j(Func<RecordedRequest, HttpResponseMessage> respond) => _respond = respond;

    public List<RecordedRequest> Requests { get; } = [];

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? "" : await request.Content.ReadAsStringAsync(cancellationToken);
        var recorded = new RecordedRequest(request.Method.Method, request.RequestUri!.AbsolutePath, body,
            request.Headers.TryGetValues("neo4j-cluster-affinity", out var a) ? a.First() : null,
            request.Headers.Authorization?.ToString());
        Requests.Add(recorded);
        return _respond(recorded);
    }

    public static HttpResponseMessage Json(string json, HttpStatusCode status = HttpStatusCode.OK, string? affinity = null)
    {
        var response = new HttpResponseMessage(status) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        if (affinity is not null)
        {
            response.Headers.TryAddWithoutValidation("neo4j-cluster-affinity", affinity);
        }

        return response;
    }

    /// <summary>Discovery of a 5.19 server (from the Query API documentation's example).</summary>
    public const string Discovery519 = """
        {
          "bolt_routing": "neo4j://localhost:7687",
          "query": "http://localhost:7474/db/{databaseName}/query/v2",
          "dbms/cluster": "http://localhost:7474/dbms/cluster",
          "db/cluster": "http://localhost:7474/db/{databaseName}/cluster",
          "transaction": "http://localhost:7474/db/{databaseName}/tx",
          "bolt_direct": "bolt://localhost:7687",
          "neo4j_version": "5.19.0",
          "neo4j_edition": "enterprise"
        }
        """;

    /// <summary>Discovery of a 4.4 server (from the HTTP API documentation's example).</summary>
    public const string Discovery44 = """
        {
          "bolt_direct": "bolt://localhost:7687",
          "bolt_routing": "neo4j://localhost:7687",
          "transaction": "http://localhost:7474/db/{databaseName}/tx",
          "neo4j_version": "4.4.0",
          "neo4j_edition": "enterprise"
        }
        """;

    public static string Statement(RecordedRequest request) =>
        request.Body.Length == 0 ? "" : JsonDocument.Parse(request.Body).RootElement.TryGetProperty("statement", out var s) ? s.GetString() ?? "" : "";
}

internal sealed record RecordedRequest(string Method, string Path, string Body, string? Affinity, string? Authorization);
