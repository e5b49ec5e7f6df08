using System.Text.Json;
using KnowledgeGraph.Testing;

namespace KnowledgeGraph.Cli.Tests;

/// <summary>
/// <c>--neo4j-uri</c>, <c>--neo4j-user</c>, <c>--neo4j-password</c>, <c>--neo4j-database</c> through the real commands
/// against the Neo4j test server. One class, so the one test that sets environment variables runs alone among them.
/// </summary>
public sealed class Neo4jOptionsTests : IDisposable
{
    private static readonly string Seed = Path.Combine(SharedData.RepositoryRoot, "samples", "07TOKYO5019.txt");
    private readonly TempDirectory _directory = new();

    private static string Uri => Neo4jTestServer.Uri.ToString().TrimEnd('/');

    private static string[] Connection(string password) =>
        ["--store", "neo4j", "--neo4j-uri", Uri, "--neo4j-user", Neo4jTestServer.User, "--neo4j-password", password];

    public void Dispose() => _directory.Dispose();

    [Neo4jFact]
    public async Task Ingest_stats_and_export_reach_the_server_named_by_the_options()
    {
        await using var lease = await Neo4jTestServer.AcquireAsync();

        var ingest = await CliRunner.RunAsync(["ingest", Seed, .. Connection(Neo4jTestServer.Password)]);
        Assert.Equal(0, ingest.ExitCode);
        Assert.Contains($"Ingesting into neo4j {Uri}", ingest.Error, StringComparison.Ordinal);
        Assert.Matches(@"│ New\s+│\s+1 │", ingest.Out);

        // --neo4j-uri alone implies the Neo4j store.
        var stats = await CliRunner.RunAsync("stats", "--json", "--neo4j-uri", Uri, "--neo4j-password", Neo4jTestServer.Password);
        Assert.Equal(0, stats.ExitCode);
        using var json = JsonDocument.Parse(stats.Out);
        Assert.True(json.RootElement.GetProperty("nodes").GetProperty("Person").GetInt64() > 3);

        var file = _directory.File("lavrov.json");
        var export = await CliRunner.RunAsync(["export", "--seed", "person:sergei-lavrov", "--format", "json", "-o", file, .. Connection(Neo4jTestServer.Password)]);
        Assert.Equal(0, export.ExitCode);
        Assert.Contains("person:sergei-lavrov", await File.ReadAllTextAsync(file), StringComparison.Ordinal);
    }

    [Neo4jTheory]
    [InlineData("ingest")]
    [InlineData("export")]
    [InlineData("serve")]
    [InlineData("stats")]
    public async Task A_wrong_user_or_password_from_the_options_is_one_line(string command)
    {
        string[] extra = command switch
        {
            "ingest" => [Seed],
            "export" => ["--seed", "person:sergei-lavrov", "-o", _directory.File("x.json")],
            "serve" => ["--urls", "http://127.0.0.1:0"],
            _ => [],
        };
        var result = await CliRunner.RunAsync([command, .. extra, .. Connection("not-the-password"), "--neo4j-user", "someone-else"]);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("rejected user 'someone-else'", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
    }

    [Neo4jFact]
    public async Task Options_win_over_the_environment()
    {
        var saved = (Environment.GetEnvironmentVariable("KG_NEO4J_USER"), Environment.GetEnvironmentVariable("KG_NEO4J_PASSWORD"), Environment.GetEnvironmentVariable("KG_NEO4J_URI"));
        try
        {
            Environment.SetEnvironmentVariable("KG_NEO4J_USER", "nobody");
            Environment.SetEnvironmentVariable("KG_NEO4J_PASSWORD", "wrong");
            Environment.SetEnvironmentVariable("KG_NEO4J_URI", "http://127.0.0.1:9");

            var fromEnvironment = await CliRunner.RunAsync("stats", "--store", "neo4j", "--neo4j-uri", Uri);
            Assert.Equal(2, fromEnvironment.ExitCode);
            Assert.Contains("rejected user 'nobody'", fromEnvironment.Error, StringComparison.Ordinal);

            var fromOptions = await CliRunner.RunAsync(["stats", "--json", .. Connection(Neo4jTestServer.Password)]);
            Assert.Equal(0, fromOptions.ExitCode);
            Assert.StartsWith("{", fromOptions.Out.TrimStart(), StringComparison.Ordinal);
        }
        finally
        {
            Environment.SetEnvironmentVariable("KG_NEO4J_USER", saved.Item1);
            Environment.SetEnvironmentVariable("KG_NEO4J_PASSWORD", saved.Item2);
            Environment.SetEnvironmentVariable("KG_NEO4J_URI", saved.Item3);
        }
    }

    [Theory]
    [InlineData("sqlite:kg.db", "http://127.0.0.1:7474", "is a SQLite file")]
    [InlineData("neo4j://127.0.0.1:7474", "http://127.0.0.1:7475", "name different servers")]
    [InlineData("neo4j", "sqlite:kg.db", "is not a Neo4j address")]
    public async Task Contradicting_store_options_are_one_line_errors(string store, string uri, string message)
    {
        foreach (var command in new[] { "ingest", "stats" })
        {
            var result = await CliRunner.RunAsync(command, Seed, "--store", store, "--neo4j-uri", uri);
            Assert.Equal(2, result.ExitCode);
            Assert.Contains(message, result.Error, StringComparison.Ordinal);
        }
    }
}
