using KnowledgeGraph.Api;
using KnowledgeGraph.Api.Endpoints;
using KnowledgeGraph.Api.Web;
using KnowledgeGraph.Cables;
using KnowledgeGraph.Extraction;
using KnowledgeGraph.Graph.Mapping;
using KnowledgeGraph.Graph.Model;
using KnowledgeGraph.Storage.Sqlite;
using KnowledgeGraph.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Playwright;

namespace KnowledgeGraph.Explorer.Tests.Browser;

/// <summary>
/// The real application for browser tests: an embedded SQLite store holding samples/07TOKYO5019.txt, read,
/// extracted and mapped by the real pipeline, served by <see cref="KgWebApp"/> (GraphQL, export, explorer)
/// on a loopback port, and one headless Chromium shared by the tests of a class.
/// </summary>
public sealed class SeedExplorerApp : IAsyncLifetime
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "kg-explorer-" + Guid.NewGuid().ToString("N"));
    private SqliteGraphStore? _store;
    private LoopbackServer? _server;
    private IPlaywright? _playwright;

    public Uri Address => _server!.Address;

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        if (!Chromium.IsInstalled && !Ci.IsCi)
        {
            return; // every test using this fixture is skipped
        }

        Directory.CreateDirectory(_directory);
        _store = new SqliteGraphStore(Path.Combine(_directory, "kg.db"));
        await _store.OpenAsync();
        await _store.WriteCablesAsync(ReadSeed());

        var app = KgWebApp.Create(new KgServeOptions { Urls = "http://127.0.0.1:0" }, _store);
        // KgWebApp maps GraphQL and health; map export and the explorer too unless it already does.
        var routes = ((IEndpointRouteBuilder)app).DataSources.SelectMany(d => d.Endpoints).OfType<RouteEndpoint>().Select(e => e.RoutePattern.RawText).ToList();
        if (!routes.Contains(ExportEndpoints.Path))
        {
            app.MapExportApi();
        }

        if (!routes.Contains("{*path:nonfile}"))
        {
            app.MapExplorer();
        }

        _server = await LoopbackServer.StartAsync(app);
        (_playwright, Browser) = await Chromium.LaunchAsync();
    }

    private static List<CableGraph> ReadSeed()
    {
        var sample = Path.Combine(SharedData.RepositoryRoot, "samples", "07TOKYO5019.txt");
        var graphs = new List<CableGraph>();
        foreach (var result in new CableReader().Read([sample]))
        {
            var parsed = Assert.IsType<CableParsed>(result);
            graphs.Add(CableGraphBuilder.Default.Build(FactExtractor.Default.Extract(parsed.Cable)));
        }

        return graphs;
    }

    public async Task<IPage> NewPageAsync(int width = 1366, int height = 800)
    {
        var context = await Browser.NewContextAsync(new() { ViewportSize = new() { Width = width, Height = height }, AcceptDownloads = true });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(30_000);
        return page;
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        if (_store is not null)
        {
            await _store.DisposeAsync();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }
}
