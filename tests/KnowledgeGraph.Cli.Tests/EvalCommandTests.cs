using System.Globalization;
using System.Text.RegularExpressions;
using KnowledgeGraph.Testing;

namespace KnowledgeGraph.Cli.Tests;

/// <summary><c>kg eval</c> end to end: the dev gold set meets the issue's targets; bad input is one line.</summary>
public sealed partial class EvalCommandTests
{
    private static readonly string Samples = Path.Combine(SharedData.RepositoryRoot, "samples");
    private static readonly string DevGold = Path.Combine(SharedData.RepositoryRoot, "tests", "gold", "dev");

    [SharedDataFact]
    public async Task Dev_set_meets_the_targets()
    {
        var result = await CliRunner.RunAsync(["eval", "--gold", DevGold, .. GoldCableFiles(DevGold)]);
        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Contains("30 annotated cables scored.", result.Out, StringComparison.Ordinal);
        var f1 = F1ByMetric(result.Out);
        Assert.Equal(["persons", "countries", "meeting pairs", "meeting dates"], f1.Keys);
        // the issue's targets, on all 30 dev cables; meeting dates have none there: 0.80 is this project's floor
        Assert.True(f1["persons"] >= 0.92, $"persons F1 {f1["persons"]}");
        Assert.True(f1["countries"] >= 0.90, $"countries F1 {f1["countries"]}");
        Assert.True(f1["meeting pairs"] >= 0.80, $"meeting pairs F1 {f1["meeting pairs"]}");
        Assert.True(f1["meeting dates"] >= 0.80, $"meeting dates F1 {f1["meeting dates"]}");
    }

    [Fact]
    public async Task Details_list_what_was_missed_and_what_was_extra()
    {
        var gold = Directory.CreateTempSubdirectory("kg-gold-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(gold, "07TOKYO5019.json"), """
                { "cable": "07TOKYO5019", "persons": ["Sergei Lavrov", "Masahiko Komura", "Nobody Inparticular"],
                  "countries": ["JP", "RU"], "meetingPairs": [["Sergei Lavrov", "Masahiko Komura"]], "meetingDates": ["2007-10-23"] }
                """);
            File.WriteAllText(Path.Combine(gold, "broken.json"), "{ not json");
            var result = await CliRunner.RunAsync("eval", "--gold", gold, Samples, "--details");
            Assert.True(result.ExitCode == 0, result.Error);
            Assert.Contains("1 annotated cables scored.", result.Out, StringComparison.Ordinal);
            Assert.Contains("- person Nobody Inparticular", result.Out, StringComparison.Ordinal);
            Assert.Contains("+ person Kotaro Otsuki", result.Out, StringComparison.Ordinal);
            Assert.Contains("broken.json: not a gold annotation file", result.Error, StringComparison.Ordinal);
            Assert.DoesNotContain("- meeting pairs", result.Out, StringComparison.Ordinal); // Lavrov and Komura found
            Assert.Contains("+ meeting pairs Nobutaka Machimura + Sergei Lavrov", result.Out, StringComparison.Ordinal); // not annotated here
            var f1 = F1ByMetric(result.Out);
            Assert.InRange(f1["persons"], 0.1, 0.99); // one gold name missed, the cable's other persons extra
        }
        finally
        {
            Directory.Delete(gold, recursive: true);
        }
    }

    [Fact]
    public async Task A_missing_gold_folder_is_a_one_line_error()
    {
        var missing = Path.Combine(Path.GetTempPath(), "kg-no-such-gold-" + Guid.NewGuid().ToString("N"));
        var result = await CliRunner.RunAsync("eval", "--gold", missing, Samples);
        Assert.Equal(2, result.ExitCode);
        Assert.Equal($"kg: error: gold folder not found: {missing}", result.Error.Trim());
        Assert.Equal("", result.Out);
    }

    [Fact]
    public async Task A_gold_folder_without_annotations_is_a_one_line_error()
    {
        var empty = Directory.CreateTempSubdirectory("kg-gold-").FullName;
        try
        {
            var result = await CliRunner.RunAsync("eval", "--gold", empty, Samples);
            Assert.Equal(2, result.ExitCode);
            Assert.Equal($"kg: error: no gold annotations in {empty}", result.Error.Trim());
        }
        finally
        {
            Directory.Delete(empty);
        }
    }

    /// <summary>The cable files of a gold folder (WikiLeaks pages in ../shared, the seed in samples/): faster than the whole corpus.</summary>
    private static string[] GoldCableFiles(string gold)
        => [.. Directory.EnumerateFiles(gold, "*.json").Select(f => Path.GetFileNameWithoutExtension(f))
            .Select(id => File.Exists(Path.Combine(Samples, id + ".txt")) ? Path.Combine(Samples, id + ".txt") : Path.Combine(SharedData.CablegateHtml!, id + ".html"))];

    /// <summary>metric → F1 from the printed table (rows: metric, precision, recall, F1, tp, fp, fn).</summary>
    private static Dictionary<string, double> F1ByMetric(string output)
    {
        var result = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (Match m in TableRow().Matches(output))
        {
            result[m.Groups["metric"].Value.Trim()] = double.Parse(m.Groups["f1"].Value, CultureInfo.InvariantCulture);
        }

        return result;
    }

    [GeneratedRegex(@"(?<metric>persons|countries|meeting pairs|meeting dates)\W+(?<p>\d\.\d{3})\W+(?<r>\d\.\d{3})\W+(?<f1>\d\.\d{3})")]
    private static partial Regex TableRow();
}
