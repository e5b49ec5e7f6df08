using System.Net;
using System.Text.Json;
using KnowledgeGraph.Graph.Model;
using KnowledgeGraph.Graph.Stores;
using KnowledgeGraph.Storage.Neo4j;

namespace KnowledgeGraph.Storage.Tests.Neo4j;

/// <summary>
/// The Query API path (Neo4j 5.19+, Aura) against recorded responses shaped like the Neo4j documentation's examples:
/// the 3.1 test server predates the Query API, so these are the only tests of that protocol.
/// </summary>
public sealed class QueryApiTests
{
    private static Neo4jGraphStore Store(RecordedNeo4j server, string? database = null) =>
        new(new Neo4jStoreOptions(new Uri("neo4j://db.example:7474"), "neo4j", "verysecret", database)
        {
            Handler = server,
            MaxRetries = 2,
            RetryDelay = TimeSpan.FromMilliseconds(1),
        });

    /// <summary>A 5.19 server: discovery, dbms.components, schema statements all answered as the docs show.</summary>
    private static HttpResponseMessage Server519(RecordedRequest request, Func<RecordedRequest, HttpResponseMessage?>? more = null)
    {
        if (more?.Invoke(request) is { } answer)
        {
            return answer;
        }

        if (request.Path == "/")
        {
            return RecordedNeo4j.Json(RecordedNeo4j.Discovery519);
        }

        var statement = RecordedNeo4j.Statement(request);
        var transaction = request.Path.Contains("/tx", StringComparison.Ordinal) ? ""","transaction":{"id":"t1","expires":"2024-10-22T15:48:29Z"}""" : "";
        if (statement.Contains("dbms.components", StringComparison.Ordinal))
        {
            return RecordedNeo4j.Json("""{"data":{"fields":["versions","edition"],"values":[[["5.19.0"],"enterprise"]]}}""", HttpStatusCode.Accepted);
        }

        if (statement.Contains("count(", StringComparison.Ordinal))
        {
            return RecordedNeo4j.Json("""{"data":{"fields":["count"],"values":[[0]]}""" + transaction + "}", HttpStatusCode.Accepted);
        }

        return RecordedNeo4j.Json("""{"data":{"fields":[],"values":[]}""" + transaction + "}", HttpStatusCode.Accepted);
    }

    [Fact]
    public async Task Discovery_prefers_the_query_api_and_creates_the_schema_with_the_5_syntax()
    {
        var server = new RecordedNeo4j(r => Server519(r));
        await using var store = Store(server, database: "graph");
        var info = await store.OpenAsync();

        Assert.Equal("Neo4j 5.19.0 enterprise", info.Version);
        Assert.Equal("http://db.example:7474", info.Location);
        Assert.Contains("/db/graph/query/v2", store.Protocol);
        var schema = server.Requests.Where(r => RecordedNeo4j.Statement(r).StartsWith("CREATE", StringComparison.Ordinal)).ToArray();
        Assert.NotEmpty(schema);
        Assert.All(schema, r => Assert.Equal("/db/graph/query/v2", r.Path));
        Assert.Contains(schema, r => RecordedNeo4j.Statement(r).Contains("FOR (n:KgNode) REQUIRE n.id IS UNIQUE", StringComparison.Ordinal));
        Assert.DoesNotContain(schema, r => RecordedNeo4j.Statement(r).Contains("ASSERT", StringComparison.Ordinal));
        Assert.All(server.Requests.Skip(1), r => Assert.StartsWith("Basic ", r.Authorization));
    }

    [Fact]
    public async Task A_4_4_server_without_query_api_uses_the_transactional_endpoint()
    {
        var server = new RecordedNeo4j(r => r.Path == "/"
            ? RecordedNeo4j.Json(RecordedNeo4j.Discovery44)
            : RecordedNeo4j.Json(JsonDocument.Parse(r.Body).RootElement.GetProperty("statements")[0].GetProperty("statement").GetString()!.Contains("dbms.components")
                ? """{"results":[{"columns":["versions","edition"],"data":[{"row":[["4.4.0"],"enterprise"],"meta":[null,null]}]}],"errors":[]}"""
                : """{"results":[{"columns":[],"data":[]}],"errors":[]}"""));
        await using var store = Store(server);
        var info = await store.OpenAsync();

        Assert.Equal("Neo4j 4.4.0 enterprise", info.Version);
        Assert.Contains("/db/neo4j/tx/commit", store.Protocol);
        Assert.All(server.Requests.Skip(1), r => Assert.Equal("/db/neo4j/tx/commit", r.Path));
    }

    [Fact]
    public async Task Reads_send_values_as_parameters_and_parse_plain_json_rows()
    {
        var server = new RecordedNeo4j(r => Server519(r, request =>
            RecordedNeo4j.Statement(request).Contains("UNWIND $ids", StringComparison.Ordinal)
                ? RecordedNeo4j.Json("""
                    {"data":{"fields":["labels","props"],"values":[[["Person","KgNode"],
                      {"id":"person:sergei-lavrov","name":"Sergei Lavrov","aliases":["Lavrov"],"mentionCount":3,"confidence":1.0,
                       "_label":"Sergei Lavrov","_sources":["07TOKYO5019"]}]]},
                     "bookmarks":["FB:kcwQ/wTfJf8rS1WY+GiIKXsCXgmQ"]}
                    """, HttpStatusCode.Accepted)
                : null));
        await using var store = Store(server);
        await store.OpenAsync();

        var node = Assert.Single(await store.GetNodesAsync(["person:sergei-lavrov", "person:nobody"]));

        Assert.Equal(NodeKind.Person, node.Kind);
        Assert.Equal("Sergei Lavrov", node.Label);
        Assert.Equal(3L, node.Properties["mentionCount"]);
        Assert.Equal(1.0, node.Properties["confidence"]);
        Assert.Equal(new[] { "Lavrov" }, node.Properties["aliases"]);
        Assert.DoesNotContain("_sources", node.Properties.Keys);
        var sent = JsonDocument.Parse(server.Requests.Last().Body).RootElement;
        Assert.Equal(["person:sergei-lavrov", "person:nobody"], sent.GetProperty("parameters").GetProperty("ids").EnumerateArray().Select(e => e.GetString()));
        Assert.DoesNotContain("sergei", sent.GetProperty("statement").GetString());
    }

    [Fact]
    public async Task A_batch_write_runs_in_one_explicit_transaction_that_keeps_the_cluster_affinity()
    {
        var server = new RecordedNeo4j(r => Server519(r, request => request.Path switch
        {
            "/db/neo4j/query/v2/tx" => RecordedNeo4j.Json(
                """{"data":{"fields":[],"values":[]},"bookmarks":[],"transaction":{"id":"lyU","expires":"2024-10-22T15:48:29Z"}}""",
                HttpStatusCode.Accepted, affinity: "MTAuOC41Ljc6MTc0NzQ="),
            "/db/neo4j/query/v2/tx/lyU" => RecordedNeo4j.Json(
                RecordedNeo4j.Statement(request).Contains("RETURN count(r) AS met", StringComparison.Ordinal)
                    ? """{"data":{"fields":["met"],"values":[[1]]},"transaction":{"id":"lyU","expires":"2024-10-22T15:48:29Z"}}"""
                    : """{"data":{"fields":[],"values":[]},"transaction":{"id":"lyU","expires":"2024-10-22T15:48:29Z"}}""",
                HttpStatusCode.Accepted),
            "/db/neo4j/query/v2/tx/lyU/commit" => RecordedNeo4j.Json("""{"bookmarks":["FB:kcwQ/wTfJf8rS1WY+GiIKXsCXgmQ"]}""", HttpStatusCode.Accepted),
            _ => null,
        }));
        await using var store = Store(server);
        await store.OpenAsync();
        var before = server.Requests.Count;

        var summary = await store.WriteCablesAsync([SampleGraphs.Cable("07TOKYO1", "h1", "2007-10-23", ["person:a", "person:b"], ["topic:energy"])]);

        var requests = server.Requests.Skip(before).ToArray();
        Assert.Equal("/db/neo4j/query/v2/tx", requests[0].Path);
        Assert.Null(requests[0].Affinity);
        Assert.All(requests[1..^1], r => Assert.Equal(("/db/neo4j/query/v2/tx/lyU", "MTAuOC41Ljc6MTc0NzQ="), (r.Path, r.Affinity)));
        Assert.Equal(("/db/neo4j/query/v2/tx/lyU/commit", "MTAuOC41Ljc6MTc0NzQ="), (requests[^1].Path, requests[^1].Affinity));
        Assert.DoesNotContain(requests, r => r.Method == "DELETE");
        Assert.Equal(1, summary.Cables);
        Assert.Equal(1 + 8, summary.Relationships); // MET from the server's answer + the cable's 8 edges
    }

    [Fact]
    public async Task A_statement_error_rolls_the_transaction_back_and_reports_the_code_without_cypher()
    {
        var server = new RecordedNeo4j(r => Server519(r, request => request.Path switch
        {
            "/db/neo4j/query/v2/tx" => RecordedNeo4j.Json("""{"data":{"fields":[],"values":[]},"transaction":{"id":"tx1","expires":"2024-10-22T15:48:29Z"}}""", HttpStatusCode.Accepted),
            "/db/neo4j/query/v2/tx/tx1" when request.Method == "POST" => RecordedNeo4j.Json(
                """{"errors":[{"code":"Neo.ClientError.Statement.SyntaxError","message":"Invalid input 'T': expected <init> (line 1, column 1 (offset: 0))"}]}""",
                HttpStatusCode.BadRequest),
            "/db/neo4j/query/v2/tx/tx1" => RecordedNeo4j.Json("{}"),
            _ => null,
        }));
        await using var store = Store(server);
        await store.OpenAsync();

        var e = await Assert.ThrowsAsync<GraphStoreException>(() => store.WriteCablesAsync([SampleGraphs.Cable("07TOKYO1", "h1", "2007-10-23", ["person:a"], [])]));

        Assert.Contains("Neo.ClientError.Statement.SyntaxError", e.Message);
        Assert.DoesNotContain("UNWIND", e.Message);
        Assert.Contains(server.Requests, r => r.Method == "DELETE" && r.Path == "/db/neo4j/query/v2/tx/tx1");
        Assert.DoesNotContain(server.Requests, r => r.Path.EndsWith("/commit", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_transient_failure_is_retried()
    {
        var failures = 0;
        HttpResponseMessage? FailOnce(RecordedRequest request)
        {
            if (failures > 0 || !RecordedNeo4j.Statement(request).Contains("count(n) AS count", StringComparison.Ordinal))
            {
                return null;
            }

            failures++;
            return RecordedNeo4j.Json("""{"errors":[{"code":"Neo.TransientError.Transaction.DeadlockDetected","message":"deadlock"}]}""", HttpStatusCode.BadRequest);
        }

        var server = new RecordedNeo4j(r => Server519(r, FailOnce));
        await using var store = Store(server);
        await store.OpenAsync();

        var counts = await store.GetCountsAsync();

        Assert.Equal(Enum.GetValues<NodeKind>().Length, counts.Nodes.Count);
        Assert.Equal(1, failures);
        Assert.Equal(2, server.Requests.Count(r => r.Path == "/db/neo4j/query/v2/tx"));
    }

    [Fact]
    public async Task Wrong_credentials_are_a_clear_message()
    {
        var server = new RecordedNeo4j(r => r.Path == "/"
            ? RecordedNeo4j.Json(RecordedNeo4j.Discovery519)
            : RecordedNeo4j.Json("""{"errors":[{"code":"Neo.ClientError.Security.Unauthorized","message":"The client is unauthorized due to authentication failure."}]}""", HttpStatusCode.Unauthorized));
        await using var store = Store(server);

        var e = await Assert.ThrowsAsync<GraphStoreException>(() => store.OpenAsync());

        Assert.Contains("rejected user 'neo4j'", e.Message);
        Assert.DoesNotContain("verysecret", e.Message);
    }

    [Fact]
    public async Task An_old_server_is_refused()
    {
        var server = new RecordedNeo4j(r => r.Path switch
        {
            "/" => RecordedNeo4j.Json("""{"management":"http://localhost:7474/db/manage/","data":"http://localhost:7474/db/data/"}"""),
            "/db/data/" => RecordedNeo4j.Json("""{"transaction":"http://localhost:7474/db/data/transaction","neo4j_version":"2.3.3"}"""),
            _ => RecordedNeo4j.Json("""{"results":[{"columns":["versions","edition"],"data":[{"row":[["2.3.3"],"community"]}]}],"errors":[]}"""),
        });
        await using var store = Store(server);

        var e = await Assert.ThrowsAsync<GraphStoreException>(() => store.OpenAsync());

        Assert.Contains("Neo4j 2.3.3", e.Message);
        Assert.Contains("3.1 or later", e.Message);
    }

    [Fact]
    public async Task Something_else_answering_is_not_mistaken_for_neo4j()
    {
        var server = new RecordedNeo4j(_ => RecordedNeo4j.Json("""{"status":"ok"}"""));
        await using var store = Store(server);

        var e = await Assert.ThrowsAsync<GraphStoreException>(() => store.OpenAsync());

        Assert.Contains("not like a Neo4j server", e.Message);
    }
}
