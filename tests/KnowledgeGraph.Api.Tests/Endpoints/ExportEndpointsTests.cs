using System.IO.Compression;
using System.Net;
using System.Text.Json;
using System.Xml.Linq;
using KnowledgeGraph.Api.Endpoints;
using KnowledgeGraph.Api.Hosting;
using KnowledgeGraph.Export;
using KnowledgeGraph.Graph.Mapping;
using KnowledgeGraph.Graph.Stores;
using KnowledgeGraph.Storage.Sqlite;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using static KnowledgeGraph.Testing.Fixtures.CableFixtures;

namespace KnowledgeGraph.Api.Tests.Endpoints;

/// <summary><c>GET /api/export</c> through the real HTTP pipeline (TestServer refuses synchronous writes, like Kestrel) over a real SQLite store.</summary>
public sealed class ExportEndpointsTests : IAsyncLifetime
{
    private readonly string directory = Directory.CreateTempSubdirectory("kg-export-api-").FullName;
    private IGraphStore store = null!;
    private WebApplication app = null!;
    private HttpClient client = null!;

    public async Task InitializeAsync()
    {
        store = new SqliteGraphStore(Path.Combine(directory, "kg.db"));
        await store.OpenAsync();
        await store.WriteCablesAsync([CableGraphBuilder.Default.Build(Seed()), CableGraphBuilder.Default.Build(Moscow())]);

        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseTestServer();
        builder.Services.AddSingleton(store);
        builder.Services.AddKgOpenApi();
        app = builder.Build();
        app.MapExportApi();
        app.MapKgOpenApi();
        await app.StartAsync();
        client = app.GetTestClient();
    }

    public async Task DisposeAsync()
    {
        client.Dispose();
        await app.DisposeAsync();
        await store.DisposeAsync();
        Directory.Delete(directory, recursive: true);
    }

    [Fact]
    public async Task Graphml_download_holds_the_neighbourhood_with_content_type_and_file_name()
    {
        using var response = await client.GetAsync($"/api/export?seed={Uri.EscapeDataString(Lavrov)}&depth=2&format=graphml");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/graphml+xml", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal("kg-subgraph.graphml", response.Content.Headers.ContentDisposition.FileNameStar ?? response.Content.Headers.ContentDisposition.FileName);
        var graphml = XDocument.Load(await response.Content.ReadAsStreamAsync());
        XNamespace ns = "http://graphml.graphdrawing.org/xmlns";
        var nodeIds = graphml.Descendants(ns + "node").Select(n => n.Attribute("id")!.Value).ToArray();
        Assert.Contains(Lavrov, nodeIds);
        Assert.Contains(Komura, nodeIds);
        Assert.NotEmpty(graphml.Descendants(ns + "edge"));
    }

    [Fact]
    public async Task A_truncated_export_says_so_in_a_header_and_a_whole_one_does_not()
    {
        using var whole = await client.GetAsync($"/api/export?seed={Uri.EscapeDataString(Lavrov)}&depth=2&format=json");
        using var cut = await client.GetAsync($"/api/export?seed={Uri.EscapeDataString(Lavrov)}&depth=2&limit=2&format=json");

        Assert.Equal(HttpStatusCode.OK, whole.StatusCode);
        Assert.False(whole.Headers.Contains(SubgraphExport.TruncationHeader));
        Assert.Equal(HttpStatusCode.OK, cut.StatusCode);
        Assert.Equal("Truncated: the node limit of 2 was reached (nearest nodes kept).", Assert.Single(cut.Headers.GetValues(SubgraphExport.TruncationHeader)));
        using var json = JsonDocument.Parse(await cut.Content.ReadAsStringAsync());
        Assert.Equal(2, json.RootElement.GetProperty("nodes").GetArrayLength());
    }

    [Theory]
    [InlineData("gexf", "application/gexf+xml", "kg-subgraph.gexf")]
    [InlineData("json", "application/json", "kg-subgraph.json")]
    [InlineData("cytoscape", "application/json", "kg-subgraph.cyjs")]
    [InlineData("cypher", "text/plain", "kg-subgraph.cypher")]
    [InlineData("csv", "application/zip", "kg-subgraph.zip")]
    public async Task Every_format_streams_with_its_own_type_and_name(string format, string mediaType, string fileName)
    {
        using var response = await client.GetAsync($"/api/export?cables={MoscowId}&format={format}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(fileName, response.Content.Headers.ContentDisposition!.FileNameStar ?? response.Content.Headers.ContentDisposition.FileName);
        var body = await response.Content.ReadAsByteArrayAsync();
        switch (format)
        {
            case "csv":
                using (var zip = new ZipArchive(new MemoryStream(body)))
                {
                    Assert.Equal(["nodes.csv", "relationships.csv"], zip.Entries.Select(e => e.FullName).ToArray());
                }

                break;
            case "json" or "cytoscape":
                using (var json = JsonDocument.Parse(body))
                {
                    Assert.Contains(MoscowId, json.RootElement.ToString());
                }

                break;
            default:
                Assert.Contains(MoscowId, System.Text.Encoding.UTF8.GetString(body));
                break;
        }
    }

    [Theory]
    [InlineData("format=pdf&seed=x", "'pdf' is not an export format (one of graphml|gexf|csv|json|cytoscape|cypher).")]
    [InlineData("format=graphml", "Nothing selected: give seed ids, cables, a topic, a date range, or a path.")]
    [InlineData("from=2007-13-40", "'2007-13-40' is not a date for --from (use YYYY-MM-DD, YYYY-MM or YYYY).")]
    [InlineData("seed=x&kinds=Planet", "'Planet' is not a node kind (one of Cable, Person, Country, Organization, Topic, Meeting, Post).")]
    public async Task Bad_requests_get_a_problem_with_a_one_line_reason(string query, string detail)
    {
        using var response = await client.GetAsync("/api/export?" + query);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(detail, problem.RootElement.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task The_endpoint_is_documented_in_openapi_and_scalar_serves_its_own_script()
    {
        using var document = JsonDocument.Parse(await client.GetStringAsync(OpenApiExtensions.DocumentPath));
        var operation = document.RootElement.GetProperty("paths").GetProperty(ExportEndpoints.Path).GetProperty("get");
        var parameters = operation.GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("name").GetString()).ToArray();
        Assert.Contains("format", parameters);
        Assert.Contains("seed", parameters);
        Assert.Contains("depth", parameters);
        Assert.Contains("pathFrom", parameters);
        Assert.Equal("ExportSubgraph", operation.GetProperty("operationId").GetString());

        var page = await client.GetStringAsync(OpenApiExtensions.ReferencePath + "/");
        Assert.Contains("openapi/v1.json", page);
        Assert.DoesNotMatch("src=\"https?://", page);
        using var script = await client.GetAsync(OpenApiExtensions.ReferencePath + "/scalar.js");
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
    }
}
