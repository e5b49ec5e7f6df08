using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace KnowledgeGraph.Testing;

/// <summary>
/// Coordinates of the Neo4j test server that <c>scripts/neo4j-test-server.sh</c> starts (and
/// <c>scripts/test.sh</c> starts around the suite). Environment variables override the script's defaults:
/// <c>KG_TEST_NEO4J_URI</c>, <c>KG_TEST_NEO4J_HTTP_PORT</c>, <c>KG_TEST_NEO4J_USER</c>, <c>KG_TEST_NEO4J_PASSWORD</c>.
/// There is one database on the server and test assemblies run in parallel processes, so a test that
/// writes takes the server with <see cref="AcquireAsync"/>: a cross-process lock plus an emptied database.
/// </summary>
public static class Neo4jTestServer
{
    private static readonly Lazy<bool> Running = new(Probe);

    public static Uri Uri { get; } = new(Env("KG_TEST_NEO4J_URI", $"http://127.0.0.1:{Env("KG_TEST_NEO4J_HTTP_PORT", "17474")}"));

    public static string User { get; } = Env("KG_TEST_NEO4J_USER", "neo4j");

    public static string Password { get; } = Env("KG_TEST_NEO4J_PASSWORD", "kg-test-password");

    /// <summary>True when the server answers an authenticated request (probed once per process).</summary>
    public static bool IsRunning => Running.Value;

    public static string MissingMessage =>
        $"The Neo4j test server is not running at {Uri} (start it with scripts/neo4j-test-server.sh start, or run scripts/test.sh).";

    /// <summary>Waits for exclusive use of the server (across processes), then empties its database.</summary>
    public static async Task<IAsyncDisposable> AcquireAsync(CancellationToken cancellationToken = default)
    {
        var lease = await Neo4jServerLock.TakeAsync(cancellationToken);
        try
        {
            await ClearAsync(cancellationToken);
            return lease;
        }
        catch
        {
            await lease.DisposeAsync();
            throw;
        }
    }

    /// <summary>Deletes every node and relationship (schema stays), in bounded transactions.</summary>
    public static async Task ClearAsync(CancellationToken cancellationToken = default)
    {
        using var http = CreateClient();
        while (true)
        {
            using var json = await RunAsync(http, "MATCH (n) WITH n LIMIT 20000 DETACH DELETE n RETURN count(*) AS deleted", cancellationToken);
            var deleted = json.RootElement.GetProperty("results")[0].GetProperty("data")[0].GetProperty("row")[0].GetInt64();
            if (deleted == 0)
            {
                return;
            }
        }
    }

    /// <summary>Runs one statement through the server's transactional endpoint (test setup only).</summary>
    public static async Task<JsonDocument> RunAsync(string statement, CancellationToken cancellationToken = default)
    {
        using var http = CreateClient();
        return await RunAsync(http, statement, cancellationToken);
    }

    private static HttpClient CreateClient()
    {
        var http = new HttpClient { BaseAddress = Uri, Timeout = TimeSpan.FromMinutes(2) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(
            "Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{User}:{Password}")));
        http.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        return http;
    }

    private static async Task<JsonDocument> RunAsync(HttpClient http, string statement, CancellationToken cancellationToken)
    {
        var body = JsonSerializer.Serialize(new { statements = new[] { new { statement } } });
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        using var response = await http.PostAsync(await CommitPathAsync(http, cancellationToken), content, cancellationToken);
        response.EnsureSuccessStatusCode();
        var json = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(cancellationToken), cancellationToken: cancellationToken);
        if (json.RootElement.GetProperty("errors").GetArrayLength() > 0)
        {
            var error = json.RootElement.GetProperty("errors")[0].ToString();
            json.Dispose();
            throw new InvalidOperationException("Neo4j test server: " + error);
        }

        return json;
    }

    // 3.x advertises a "data" link; 4.x/5.x (KG_TEST_NEO4J_URI pointing elsewhere) the default database's tx endpoint.
    private static async Task<string> CommitPathAsync(HttpClient http, CancellationToken cancellationToken)
    {
        using var root = JsonDocument.Parse(await http.GetStringAsync("", cancellationToken));
        return root.RootElement.TryGetProperty("data", out _) ? "db/data/transaction/commit" : "db/neo4j/tx/commit";
    }

    private static string Env(string name, string fallback) =>
        Environment.GetEnvironmentVariable(name) is { Length: > 0 } value ? value : fallback;

    private static bool Probe()
    {
        try
        {
            using var http = CreateClient();
            http.Timeout = TimeSpan.FromSeconds(5);
            using var response = http.GetAsync("").GetAwaiter().GetResult();
            return response.IsSuccessStatusCode;
        }
        catch (HttpRequestException)
        {
            return false;
        }
        catch (TaskCanceledException)
        {
            return false;
        }
    }
}
