using System.Text.Json;
using KnowledgeGraph.Testing;

namespace KnowledgeGraph.Cli.Tests;

public sealed class IngestCommandTests : IDisposable
{
    private static readonly string Seed = Path.Combine(SharedData.RepositoryRoot, "samples", "07TOKYO5019.txt");
    private readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task Ingest_reports_new_then_unchanged_and_stats_counts_the_graph()
    {
        var store = "sqlite:" + _directory.File("kg.db");
        var first = await CliRunner.RunAsync("ingest", Seed, "--store", store, "--parallel", "2", "--batch", "10");
        Assert.Equal(0, first.ExitCode);
        Assert.Matches(@"│ Cables read\s+│\s+1 │", first.Out);
        Assert.Matches(@"│ New\s+│\s+1 │", first.Out);
        Assert.Contains("Ingesting into sqlite", first.Error, StringComparison.Ordinal);

        var second = await CliRunner.RunAsync("ingest", Seed, "--store", store);
        Assert.Equal(0, second.ExitCode);
        Assert.Matches(@"│ Unchanged\s+│\s+1 │", second.Out);
        Assert.Matches(@"│ Nodes written\s+│\s+0 │", second.Out);

        var stats = await CliRunner.RunAsync("stats", "--store", store, "--json");
        Assert.Equal(0, stats.ExitCode);
        using var json = JsonDocument.Parse(stats.Out);
        Assert.Equal(1, json.RootElement.GetProperty("nodes").GetProperty("Cable").GetInt64() - CountStubs(json));
        Assert.True(json.RootElement.GetProperty("nodes").GetProperty("Person").GetInt64() > 3);
        Assert.True(json.RootElement.GetProperty("relationships").GetProperty("MET").GetInt64() >= 1);
        Assert.Equal(7, json.RootElement.GetProperty("nodes").EnumerateObject().Count());
        Assert.Equal(11, json.RootElement.GetProperty("relationships").EnumerateObject().Count());

        var table = await CliRunner.RunAsync("stats", "--store", store);
        Assert.Equal(0, table.ExitCode);
        Assert.Matches(@"│ Meeting\s+│\s+\d+ │", table.Out);
        Assert.Matches(@"│ ATTENDED\s+│\s+\d+ │", table.Out);

        // Paths and --store together: file statistics and graph statistics.
        var both = await CliRunner.RunAsync("stats", Seed, "--store", store);
        Assert.Equal(0, both.ExitCode);
        Assert.Contains("1 cables", both.Out, StringComparison.Ordinal);
        Assert.Matches(@"│ Person\s+│\s+\d+ │", both.Out);
    }

    [Theory]
    [InlineData(false, true)]
    [InlineData(true, false)]
    public async Task A_name_seen_in_one_cable_resolves_a_capitals_surname_in_another(bool noLearn, bool resolved)
    {
        // An ALL-CAPS readout written for this test: OTSUKI alone is no cue in capitals, the seed names Kotaro Otsuki.
        var capitals = _directory.File("07TOKYO9999.txt");
        File.WriteAllText(capitals, "O 031200Z NOV 07\nFM AMEMBASSY TOKYO\nTO SECSTATE WASHDC\n\nU N C L A S TOKYO 009999\n\nE.O. 12958: N/A\n"
            + "TAGS: PREL JA RU\nSUBJECT: MOFA READOUT OF THE LAVROV VISIT\n\n1. (U) OTSUKI TOLD POLOFF ON NOVEMBER 2 THAT THE TALKS HAD GONE WELL.\n\nSCHIEFFER\n");
        var location = _directory.File("kg.db");
        string[] args = ["ingest", capitals, Seed, "--store", "sqlite:" + location, "--parallel", "2"];
        var result = await CliRunner.RunAsync(noLearn ? [.. args, "--no-learn"] : args);
        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Equal(!noLearn, result.Error.Contains("Learned names from 1 mixed-case cables", StringComparison.Ordinal));

        await using var store = KnowledgeGraph.Storage.GraphStoreFactory.Create("sqlite:" + location);
        await store.OpenAsync();
        var meetings = await store.FindMeetingsAsync(new KnowledgeGraph.Graph.Stores.MeetingQuery(new KnowledgeGraph.Graph.Stores.PageRequest(), Participant: "person:kotaro-otsuki"));
        Assert.Equal(resolved ? 2 : 1, meetings.Items.Count); // the seed's own briefing, and the capitals readout when names were learned

        // nothing changed: the learn pass is skipped
        var again = await CliRunner.RunAsync(args);
        Assert.Matches(@"│ Unchanged\s+│\s+2 │", again.Out);
        Assert.DoesNotContain("Learned names", again.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Names_are_learned_when_a_new_cable_comes_into_a_store_that_already_holds_cables()
    {
        // The seed first, alone; then an ALL-CAPS cable naming only OTSUKI: the learn pass runs only because that
        // cable is new, and it learns Kotaro Otsuki again from the (unchanged) seed among the inputs.
        var location = _directory.File("kg.db");
        var first = await CliRunner.RunAsync(["ingest", Seed, "--store", "sqlite:" + location]);
        Assert.True(first.ExitCode == 0, first.Error);
        var capitals = _directory.File("07TOKYO9998.txt");
        File.WriteAllText(capitals, "O 031200Z NOV 07\nFM AMEMBASSY TOKYO\nTO SECSTATE WASHDC\n\nU N C L A S TOKYO 009998\n\nE.O. 12958: N/A\n"
            + "TAGS: PREL JA RU\nSUBJECT: MOFA READOUT\n\n1. (U) OTSUKI TOLD POLOFF ON NOVEMBER 2 THAT THE TALKS HAD GONE WELL.\n\nSCHIEFFER\n");

        var second = await CliRunner.RunAsync(["ingest", Seed, capitals, "--store", "sqlite:" + location]);

        Assert.True(second.ExitCode == 0, second.Error);
        Assert.Contains("Learned names from 1 mixed-case cables", second.Error, StringComparison.Ordinal);
        Assert.Matches(@"│ New\s+│\s+1 │", second.Out);
        await using var store = KnowledgeGraph.Storage.GraphStoreFactory.Create("sqlite:" + location);
        await store.OpenAsync();
        var meetings = await store.FindMeetingsAsync(new KnowledgeGraph.Graph.Stores.MeetingQuery(new KnowledgeGraph.Graph.Stores.PageRequest(), Participant: "person:kotaro-otsuki"));
        Assert.Equal(2, meetings.Items.Count);
    }

    private static long CountStubs(JsonDocument json) =>
        json.RootElement.GetProperty("relationships").GetProperty("REFERENCES").GetInt64();

    [Theory]
    [InlineData("mysql://x", "Unknown store scheme 'mysql:'")]
    [InlineData("sqlite:/no/such/folder/kg.db", "does not exist")]
    public async Task A_bad_store_is_one_line_and_a_non_zero_exit(string store, string message)
    {
        var result = await CliRunner.RunAsync("ingest", Seed, "--store", store);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains(message, result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);

        var stats = await CliRunner.RunAsync("stats", "--store", store);
        Assert.Equal(2, stats.ExitCode);
        Assert.Contains(message, stats.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_corrupt_database_is_a_clear_message()
    {
        var path = _directory.File("kg.db");
        await File.WriteAllTextAsync(path, new string('z', 10000));
        var result = await CliRunner.RunAsync("stats", "--store", "sqlite:" + path);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("not a valid knowledge-graph database", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_options_are_user_errors()
    {
        Assert.Equal(2, (await CliRunner.RunAsync("ingest", Seed, "--batch", "0")).ExitCode);
        Assert.Equal(2, (await CliRunner.RunAsync("ingest")).ExitCode);
        var json = await CliRunner.RunAsync("stats", Seed, "--json");
        Assert.Equal(2, json.ExitCode);
        Assert.Contains("give --store too", json.Error, StringComparison.Ordinal);
    }
}
