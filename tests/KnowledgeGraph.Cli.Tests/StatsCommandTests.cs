using KnowledgeGraph.Testing;

namespace KnowledgeGraph.Cli.Tests;

public sealed class StatsCommandTests
{
    [Fact]
    public async Task Counts_per_format_origin_year_and_classification()
    {
        var seed = Path.Combine(SharedData.RepositoryRoot, "samples", "07TOKYO5019.txt");
        var result = await CliRunner.RunAsync("stats", seed, seed);
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("2 cables", result.Out, StringComparison.Ordinal);
        Assert.Matches(@"│ text\s+│\s+2 │", result.Out);
        Assert.Matches(@"│ Embassy Tokyo\s+│\s+2 │", result.Out);
        Assert.Matches(@"│ 2007\s+│\s+2 │", result.Out);
        Assert.Matches(@"│ CONFIDENTIAL\s+│\s+2 │", result.Out);
    }

    [SharedDataFact]
    public async Task Corpus_statistics()
    {
        var result = await CliRunner.RunAsync("stats", SharedData.CablegateHtml!, "--top", "3");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("1295 cables", result.Out, StringComparison.Ordinal);
        Assert.Matches(@"│ html\s+│\s+1295 │", result.Out);
        Assert.Contains("Read 1295 cables; 0 inputs rejected.", result.Error, StringComparison.Ordinal);
    }
}
