using System.Diagnostics;
using System.Globalization;
using KnowledgeGraph.Api;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Logging;

namespace KnowledgeGraph.Benchmarks.Api;

/// <summary>
/// <c>dotnet run -c Release -- api-latency [CABLES]</c>: latency percentiles of the two core GraphQL queries, in
/// process through the whole HTTP pipeline (ASP.NET Core test server, no sockets), on the embedded store loaded
/// with <see cref="ApiCorpus"/>. Prints the corpus path so <c>kg serve</c> can be pointed at it for wrk.
/// </summary>
internal static class ApiLatency
{
    public const string MetWithQuery = """{"query":"{ person(name: \"Lavrov\") { id name metWith(first: 20) { person { id name } meetingCount topics { name } firstMet lastMet } } }"}""";

    public static async Task RunAsync(int cables, int iterations = 500)
    {
        var built = Stopwatch.StartNew();
        var (store, path) = await ApiCorpus.OpenAsync(cables);
        await using var _ = store;
        var counts = await store.GetCountsAsync();
        Console.WriteLine($"store {path}: {counts.Nodes.Values.Sum():N0} nodes, {counts.Relationships.Values.Sum():N0} relationships (ready in {built.Elapsed.TotalSeconds:0.0} s)");

        var app = KgWebApp.Create(new KgServeOptions { RateLimitPerMinute = 0 }, store, b =>
        {
            b.WebHost.UseTestServer();
            b.Logging.SetMinimumLevel(LogLevel.Warning);
        });
        await app.StartAsync();
        using var client = app.GetTestClient();

        var topic = "topic:synthetic-07";
        var meetingsQuery = "{\"query\":\"{ meetings(filter: { participant: \\\"" + ApiCorpus.Lavrov + "\\\", topic: \\\"" + topic
            + "\\\" }, first: 20) { totalCount edges { node { id date participants { id name } topics { name } cable { id subject } evidence { text } } } } }\"}";
        await MeasureAsync(client, "person(name){metWith}", MetWithQuery, iterations);
        await MeasureAsync(client, "meetings(filter:{participant,topic})", meetingsQuery, iterations);
        await app.StopAsync();
    }

    private static async Task MeasureAsync(HttpClient client, string name, string body, int iterations)
    {
        for (var i = 0; i < 50; i++)
        {
            await SendAsync(client, body);
        }

        var times = new double[iterations];
        for (var i = 0; i < iterations; i++)
        {
            var started = Stopwatch.GetTimestamp();
            await SendAsync(client, body);
            times[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        }

        Array.Sort(times);
        double P(double p) => times[Math.Min(times.Length - 1, (int)Math.Ceiling(p * times.Length) - 1)];
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name}: p50 {P(0.50):0.00} ms, p95 {P(0.95):0.00} ms, p99 {P(0.99):0.00} ms ({iterations} requests)"));
    }

    private static async Task SendAsync(HttpClient client, string body)
    {
        using var content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");
        using var response = await client.PostAsync("/graphql", content);
        var text = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode || text.Contains("\"errors\"", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"query failed: {(int)response.StatusCode} {text}");
        }
    }
}
