using System.IO.Compression;
using System.Xml.Linq;
using KnowledgeGraph.Graph.Mapping;
using KnowledgeGraph.Storage.Sqlite;
using static KnowledgeGraph.Testing.Fixtures.CableFixtures;

namespace KnowledgeGraph.Cli.Tests;

/// <summary><c>kg export</c> in process over a real SQLite store holding the seed and Moscow cables.</summary>
public sealed class ExportCommandTests : IAsyncLifetime
{
    private readonly string directory = Directory.CreateTempSubdirectory("kg-export-cli-").FullName;

    private string Store => "sqlite:" + Path.Combine(directory, "kg.db");

    public async Task InitializeAsync()
    {
        await using var store = new SqliteGraphStore(Path.Combine(directory, "kg.db"));
        await store.OpenAsync();
        await store.WriteCablesAsync([CableGraphBuilder.Default.Build(Seed()), CableGraphBuilder.Default.Build(Moscow())]);
    }

    public Task DisposeAsync()
    {
        Directory.Delete(directory, recursive: true);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Writes_the_neighbourhood_of_a_seed_as_graphml()
    {
        var file = Path.Combine(directory, "lavrov.graphml");

        var result = await CliRunner.RunAsync("export", "--store", Store, "--seed", Lavrov, "--depth", "2", "--format", "graphml", "-o", file);

        Assert.Equal(0, result.ExitCode);
        Assert.Matches(@"Exported \d+ nodes and \d+ relationships as graphml to ", result.Error);
        XNamespace ns = "http://graphml.graphdrawing.org/xmlns";
        var ids = XDocument.Load(file).Descendants(ns + "node").Select(n => n.Attribute("id")!.Value).ToArray();
        Assert.Contains(Komura, ids);
        Assert.False(File.Exists(file + ".partial"));
    }

    [Fact]
    public async Task Csv_goes_to_a_folder_or_to_a_zip()
    {
        var folder = Path.Combine(directory, "import");
        var zip = Path.Combine(directory, "import.zip");

        var toFolder = await CliRunner.RunAsync("export", "--store", Store, "--cables", MoscowId, "--format", "csv", "-o", folder);
        var toZip = await CliRunner.RunAsync("export", "--store", Store, "--cables", MoscowId, "--format", "csv", "-o", zip);

        Assert.Equal((0, 0), (toFolder.ExitCode, toZip.ExitCode));
        Assert.StartsWith("id:ID,:LABEL", File.ReadAllText(Path.Combine(folder, "nodes.csv")));
        Assert.StartsWith(":START_ID,:END_ID,:TYPE,id", File.ReadAllText(Path.Combine(folder, "relationships.csv")));
        using var archive = ZipFile.OpenRead(zip);
        Assert.Equal(["nodes.csv", "relationships.csv"], archive.Entries.Select(e => e.FullName).ToArray());
    }

    [Theory]
    [InlineData(new[] { "--seed", "x", "--format", "pdf", "-o", "out" }, "'pdf' is not an export format (one of graphml|gexf|csv|json|cytoscape|cypher).")]
    [InlineData(new[] { "--seed", "x" }, "Say where to write with -o PATH (e.g. -o subgraph.graphml, or - for standard output).")]
    [InlineData(new[] { "--from", "yesterday", "-o", "out" }, "'yesterday' is not a date for --from (use YYYY-MM-DD, YYYY-MM or YYYY).")]
    [InlineData(new[] { "-o", "out" }, "Nothing selected: give seed ids, cables, a topic, a date range, or a path.")]
    public async Task Bad_options_are_one_line_errors(string[] options, string message)
    {
        var result = await CliRunner.RunAsync(["export", "--store", Store, .. options]);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("kg: error: " + message, result.Error.Trim());
    }

    [Fact]
    public async Task A_missing_store_is_named_and_nothing_matching_writes_nothing()
    {
        var missing = await CliRunner.RunAsync("export", "--store", "sqlite:" + Path.Combine(directory, "none.db"), "--seed", Lavrov, "-o", Path.Combine(directory, "x.graphml"));
        var nothing = await CliRunner.RunAsync("export", "--store", Store, "--seed", "person:nobody", "-o", Path.Combine(directory, "y.graphml"));

        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("There is no graph at", missing.Error);
        Assert.False(File.Exists(Path.Combine(directory, "none.db")));
        Assert.Equal(1, nothing.ExitCode);
        Assert.Contains("nothing matched the selection", nothing.Error);
        Assert.False(File.Exists(Path.Combine(directory, "y.graphml")));
    }
}
