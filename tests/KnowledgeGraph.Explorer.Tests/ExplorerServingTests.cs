using System.Net;
using KnowledgeGraph.Api.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace KnowledgeGraph.Explorer.Tests;

/// <summary>The embedded front end as <c>MapExplorer</c> serves it, over real HTTP.</summary>
public sealed class ExplorerServingTests : IAsyncLifetime
{
    private LoopbackServer _server = null!;
    private HttpClient _http = null!;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        app.MapGet("/api/ping", () => "pong");
        app.MapExplorer();
        _server = await LoopbackServer.StartAsync(app);
        _http = new HttpClient { BaseAddress = _server.Address };
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task Root_serves_the_explorer_page()
    {
        using var response = await _http.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("id=\"search-input\"", html, StringComparison.Ordinal);
        Assert.Contains("/app/explorer-", html, StringComparison.Ordinal);
        Assert.Equal("no-cache", response.Headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task Client_side_routes_fall_back_to_the_explorer_and_service_paths_do_not()
    {
        var view = await _http.GetStringAsync("/view/some-shared-link?q=Lavrov");
        Assert.Contains("id=\"search-input\"", view, StringComparison.Ordinal);

        Assert.Equal("pong", await _http.GetStringAsync("/api/ping"));
        foreach (var path in new[] { "/api/nothing-here", "/healthz/x", "/graphql/x", "/app/missing.js" })
        {
            using var response = await _http.GetAsync(path);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }

        using var post = await _http.PostAsync("/some/route", new StringContent("x"));
        Assert.Equal(HttpStatusCode.MethodNotAllowed, post.StatusCode);
    }

    [Fact]
    public async Task Hashed_assets_are_cached_for_good_with_their_content_type()
    {
        var html = await _http.GetStringAsync("/");
        var script = System.Text.RegularExpressions.Regex.Match(html, "/app/explorer-[^\"]+\\.js").Value;
        using var response = await _http.GetAsync(script);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/javascript", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("immutable", response.Headers.CacheControl?.ToString() ?? "", StringComparison.Ordinal);
        Assert.Contains("cytoscape", await response.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task GraphiQL_is_served_from_the_app_not_a_CDN()
    {
        var html = await _http.GetStringAsync("/graphiql/");
        Assert.Contains("id=\"graphiql\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("unpkg", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("jsdelivr", html, StringComparison.OrdinalIgnoreCase);
        Assert.True(ExplorerFiles.Provider.GetFileInfo(ExplorerFiles.GraphiQLPage).Exists);
        Assert.Equal(html, await _http.GetStringAsync("/graphiql/index.html"));
    }

    [Fact]
    public void Pages_reference_only_local_assets()
    {
        foreach (var page in new[] { ExplorerFiles.ExplorerPage, ExplorerFiles.GraphiQLPage })
        {
            using var reader = new StreamReader(ExplorerFiles.Provider.GetFileInfo(page).CreateReadStream());
            var html = reader.ReadToEnd();
            Assert.DoesNotMatch("(src|href)=\"(https?:)?//", html);
        }
    }
}
