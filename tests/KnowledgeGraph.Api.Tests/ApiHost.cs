using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using KnowledgeGraph.Graph.Stores;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Logging;

namespace KnowledgeGraph.Api.Tests;

/// <summary>The real application (<see cref="KgWebApp"/>) on ASP.NET Core's in-memory test server, over a real store.</summary>
public sealed class ApiHost : IAsyncDisposable
{
    public const string Key = "test-key-0123456789";

    private readonly WebApplication app;

    private ApiHost(WebApplication app, HttpClient client)
    {
        this.app = app;
        Client = client;
    }

    public HttpClient Client { get; }

    public static async Task<ApiHost> StartAsync(IGraphStore store, KgServeOptions? options = null)
    {
        options ??= new KgServeOptions { ApiKey = Key };
        var app = KgWebApp.Create(options, store, builder =>
        {
            builder.WebHost.UseTestServer();
            builder.Logging.SetMinimumLevel(LogLevel.Warning);
        });
        await app.StartAsync();
        return new ApiHost(app, app.GetTestClient());
    }

    /// <summary>POSTs a GraphQL request and returns status and parsed body.</summary>
    public async Task<(int Status, JsonElement Body)> PostAsync(string query, object? variables = null, string? key = null, string accept = "application/graphql-response+json")
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query, variables }), Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.ParseAdd(accept);
        if (key is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        }

        return await SendAsync(request);
    }

    public async Task<(int Status, JsonElement Body)> SendAsync(HttpRequestMessage request)
    {
        using var response = await Client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        var body = text.Length > 0 && text.TrimStart().StartsWith('{') ? JsonDocument.Parse(text).RootElement.Clone() : default;
        return ((int)response.StatusCode, body);
    }

    /// <summary>Runs a query that must succeed without errors and returns its <c>data</c>.</summary>
    public async Task<JsonElement> QueryAsync(string query, object? variables = null)
    {
        var (status, body) = await PostAsync(query, variables);
        Assert.True(status == 200 && !body.TryGetProperty("errors", out _), $"HTTP {status}: {body}");
        return body.GetProperty("data");
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
