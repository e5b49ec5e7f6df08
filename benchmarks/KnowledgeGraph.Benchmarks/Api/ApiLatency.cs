using System.Diagnostics;
using System.Globalization;
using KnowledgeGraph.Api;
using KnowledgeGraph.Graph.Model;
using KnowledgeGraph.Graph.Stores;
using KnowledgeGraph.Storage.Sqlite;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Logging;

namespace KnowledgeGraph.Benchmarks.Api;

/// <summary>
/// <c>dotnet run -c Release -- api-latency [CABLES] [--db PATH] [--requests N]</c>: latency percentiles of the two
/// core GraphQL queries, in process through the whole HTTP pipeline (ASP.NET Core test server, no sockets), on the
/// embedded store loaded with <see cref="ApiCorpus"/> or on an existing database (<c>--db</c>, e.g. the 250k synthetic
/// store). Prints wall-clock percentiles and the process CPU time per request, and the person and topic it asked about.
/// </summary>
internal static class ApiLatency
{
    public static async Task RunAsync(int cables, string? db, int iterations)
    {
        var built = Stopwatch.StartNew();
        SqliteGraphStore store;
        string path;
        if (db is null)
        {
            (store, path) = await ApiCorpus.OpenAsync(cables);
        }
        else
        {
            path = Path.GetFullPath(db);
            if (!File.Exists(path))
            {
                throw new FileNotFoundException($"No database at {path}.");
            }

            store = new SqliteGraphStore(path);
            await store.OpenAsync();
        }

        await using var _ = store;
        var counts = await store.GetCountsAsync();
        Console.WriteLine($"store {path}: {counts.Nodes.Values.Sum():N0} nodes, {counts.Relationships.Values.Sum():N0} relationships (ready in {built.Elapsed.TotalSeconds:0.0} s)");
        var (person, name, topic) = await SubjectAsync(store);
        Console.WriteLine($"asking about {name} ({person}) and {topic}");

        var app = KgWebApp.Create(new KgServeOptions { RateLimitPerMinute = 0 }, store, b =>
        {
            b.WebHost.UseTestServer();
            // appsettings.json says Information; one log line per request would be measured with the query.
            b.Logging.ClearProviders();
        });
        await app.StartAsync();
        using var client = app.GetTestClient();

        await MeasureAsync(client, "person(name){metWith}", Queries.MetWith(name), iterations);
        await MeasureAsync(client, "meetings(filter:{participant,topic})", Queries.Meetings(person, topic), iterations);
        await app.StopAsync();
    }

    /// <summary>Lavrov and one of his topics when the store has him (the synthetic corpora do), else the most mentioned person who met someone.</summary>
    private static async Task<(string Id, string Name, string Topic)> SubjectAsync(IGraphStore store)
    {
        var lavrov = await store.GetNodesAsync([ApiCorpus.Lavrov]);
        var person = lavrov.FirstOrDefault();
        if (person is null)
        {
            var top = await store.FindNodesAsync(new NodeQuery(NodeKind.Person, new PageRequest(50)));
            foreach (var candidate in top.Items)
            {
                var met = await store.GetEdgesAsync(new EdgeQuery([candidate.Id], EdgeDirection.Both, [RelationshipType.Met], 1));
                if (met.Count > 0)
                {
                    person = candidate;
                    break;
                }
            }
        }

        if (person is null)
        {
            throw new InvalidOperationException("The store holds nobody who met anyone.");
        }

        var meetings = await store.FindMeetingsAsync(new MeetingQuery(new PageRequest(100), Participant: person.Id));
        var about = await store.GetEdgesAsync(new EdgeQuery(meetings.Items.Select(m => m.Id).ToList(), EdgeDirection.Outgoing, [RelationshipType.About]));
        var topic = about.GroupBy(e => e.Target).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => g.Key).FirstOrDefault()
            ?? throw new InvalidOperationException($"{person.Id} attended no meeting with a topic.");
        var name = person.Properties.TryGetValue(GraphProperty.Name, out var n) && n is string s ? s : person.Label;
        return (person.Id, name, topic);
    }

    private static async Task MeasureAsync(HttpClient client, string name, string body, int iterations)
    {
        for (var i = 0; i < Math.Min(100, iterations); i++)
        {
            await SendAsync(client, body);
        }

        var times = new double[iterations];
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var wall = Stopwatch.StartNew();
        for (var i = 0; i < iterations; i++)
        {
            var started = Stopwatch.GetTimestamp();
            await SendAsync(client, body);
            times[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        }

        var cpuMs = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds / iterations;
        var wallMs = wall.Elapsed.TotalMilliseconds / iterations;
        Array.Sort(times);
        double P(double p) => times[Math.Min(times.Length - 1, (int)Math.Ceiling(p * times.Length) - 1)];
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name}: p50 {P(0.50):0.00} ms, p95 {P(0.95):0.00} ms, p99 {P(0.99):0.00} ms, mean {wallMs:0.00} ms wall / {cpuMs:0.00} ms CPU per request ({iterations} requests)"));
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
