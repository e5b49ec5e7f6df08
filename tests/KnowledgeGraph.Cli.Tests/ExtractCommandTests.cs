using System.Text.Json;
using KnowledgeGraph.Testing;

namespace KnowledgeGraph.Cli.Tests;

public sealed class ExtractCommandTests
{
    private static readonly string Seed = Path.Combine(SharedData.RepositoryRoot, "samples", "07TOKYO5019.txt");

    [Fact]
    public async Task Json_lines_carry_the_contract_fields_in_camel_case()
    {
        var result = await CliRunner.RunAsync("extract", Seed, "--json");
        Assert.Equal(0, result.ExitCode);
        var line = Assert.Single(result.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        using var json = JsonDocument.Parse(line);
        var root = json.RootElement;
        Assert.Equal("07TOKYO5019", root.GetProperty("cable").GetString());
        Assert.Equal("2007-10-26", root.GetProperty("date").GetString());
        Assert.Equal("Embassy Tokyo", root.GetProperty("origin").GetString());
        Assert.Equal("CONFIDENTIAL", root.GetProperty("classification").GetString());
        Assert.StartsWith("RUSSIAN FM LAVROV MEETING", root.GetProperty("subject").GetString(), StringComparison.Ordinal);
        Assert.Equal(["PREL", "PGOV", "ENRG", "JA", "RU"], root.GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal(["07TOKYO2690", "07TOKYO4661"], root.GetProperty("references").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal("J. Thomas Schieffer", root.GetProperty("classifiedBy")[0].GetProperty("name").GetString());
        Assert.Equal(["SCHIEFFER"], root.GetProperty("signers").EnumerateArray().Select(t => t.GetString()));
        var paragraphs = root.GetProperty("paragraphs").EnumerateArray().ToList();
        Assert.Equal([1, 2, 3, 4, 5, 6], paragraphs.Select(p => p.GetProperty("number").GetInt32()));
        Assert.All(paragraphs, p => Assert.Equal("C", p.GetProperty("marking").GetString()));
        var body = root.GetProperty("body").GetString()!;
        var p2 = paragraphs[1];
        Assert.Equal(p2.GetProperty("text").GetString(), body[p2.GetProperty("start").GetInt32()..p2.GetProperty("end").GetInt32()]);
        Assert.Equal("JP", root.GetProperty("tagDetails")[3].GetProperty("countryCode").GetString());
        Assert.Contains("Read 1 cable; 0 inputs rejected.", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Readable_summary_without_json()
    {
        var result = await CliRunner.RunAsync("extract", Seed);
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("07TOKYO5019 2007-10-26 Embassy Tokyo CONFIDENTIAL RUSSIAN FM LAVROV", result.Out, StringComparison.Ordinal);
        Assert.Contains("6 paragraphs", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_inputs_are_one_line_each_and_the_run_goes_on()
    {
        var dir = Directory.CreateTempSubdirectory("kg-cli-").FullName;
        try
        {
            var empty = Path.Combine(dir, "empty.txt");
            File.WriteAllText(empty, "");
            var result = await CliRunner.RunAsync("extract", empty, Path.Combine(dir, "missing.txt"), Seed, "--json");
            Assert.Equal(0, result.ExitCode);
            var errors = result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            Assert.Equal($"kg: {empty}: empty file", errors[0]);
            Assert.EndsWith("missing.txt: no such file or directory", errors[1], StringComparison.Ordinal);
            Assert.Equal("Read 1 cable; 2 inputs rejected.", errors[2]);
            Assert.Single(result.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries));
            Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }

    [Fact]
    public async Task Exit_code_is_non_zero_only_when_nothing_could_be_read()
    {
        var result = await CliRunner.RunAsync("extract", "/nonexistent/cable.txt");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("Read 0 cables; 1 input rejected.", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task No_input_and_unknown_options_are_user_errors()
    {
        var none = await CliRunner.RunAsync("extract");
        Assert.Equal(2, none.ExitCode);
        Assert.Equal("kg: error: no input: give one or more cable files, directories, or - for standard input", none.Error.Trim());
        var bogus = await CliRunner.RunAsync("extract", Seed, "--bogus");
        Assert.Equal(2, bogus.ExitCode);
    }
}
