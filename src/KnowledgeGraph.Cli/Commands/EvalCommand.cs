using System.ComponentModel;
using System.Globalization;
using System.Text.Json;
using KnowledgeGraph.Cables;
using KnowledgeGraph.Extraction;
using KnowledgeGraph.Extraction.Evaluation;
using Spectre.Console;
using Spectre.Console.Cli;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>
/// <c>kg eval --gold DIR PATH…</c>: extracts the annotated cables found in PATH… and prints precision, recall and
/// F1 for persons, countries, meeting pairs and meeting dates against the gold JSON files in DIR.
/// Names are learned from the mixed-case cables read first (as an ingest run does), then each cable is extracted.
/// </summary>
[Description("Score extraction against gold annotations: precision, recall, F1 for persons, countries, meeting pairs and dates.")]
public sealed class EvalCommand(CableReader reader, KgConsole console) : KgCommand<EvalCommand.Settings>(console)
{
    private static readonly JsonSerializerOptions JsonOptions = new() { PropertyNameCaseInsensitive = true };

    public sealed class Settings : CableInputSettings
    {
        [CommandOption("--gold <DIR>")]
        [Description("Folder of gold annotation files (*.json, one cable each).")]
        public string Gold { get; init; } = "";

        [CommandOption("--details")]
        [Description("Also list, per cable, what was missed (-) and what was extra (+).")]
        public bool Details { get; init; }
    }

    protected override Task<int> RunAsync(Settings settings, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(settings.Gold))
        {
            throw new KgUserException("--gold DIR is required: a folder of gold annotation files");
        }

        if (!Directory.Exists(settings.Gold))
        {
            throw new KgUserException($"gold folder not found: {settings.Gold}");
        }

        if (settings.Paths.Length == 0)
        {
            throw new KgUserException("no input: give the cable files or folders that hold the annotated cables");
        }

        var gold = ReadGold(settings.Gold);
        if (gold.Count == 0)
        {
            throw new KgUserException($"no gold annotations in {settings.Gold}");
        }

        var inputs = new CableInputs(reader, Console);
        var cables = inputs.Read(settings.Paths, cancellationToken)
            .Select(p => p.Cable)
            .Where(c => gold.ContainsKey(c.Id))
            .DistinctBy(c => c.Id, StringComparer.OrdinalIgnoreCase)
            .ToList();

        var registry = new NameRegistry();
        registry.LearnFrom(cables, cancellationToken: cancellationToken);
        var extractor = new FactExtractor(registry);
        var scores = cables.AsParallel().AsOrdered().WithCancellation(cancellationToken).Select(c => GoldScorer.Score(gold[c.Id], extractor.Extract(c))).ToList();
        foreach (var missing in gold.Keys.Where(k => !cables.Exists(c => c.Id.Equals(k, StringComparison.OrdinalIgnoreCase))).Order(StringComparer.Ordinal))
        {
            Console.Error.MarkupLineInterpolated($"[yellow]kg:[/] {missing}: annotated but not found in the inputs; not scored");
        }

        if (settings.Details)
        {
            WriteDetails(scores);
        }

        var table = new Table().AddColumns("metric", "precision", "recall", "F1", "tp", "fp", "fn");
        foreach (var m in GoldScorer.Total(scores))
        {
            table.AddRow(m.Metric, F(m.Precision), F(m.Recall), F(m.F1), I(m.TruePositives), I(m.FalsePositives), I(m.FalseNegatives));
        }

        Console.Out.MarkupLineInterpolated($"{scores.Count} annotated cables scored.");
        Console.Out.Write(table);
        return Task.FromResult(scores.Count > 0 ? 0 : 1);
    }

    private Dictionary<string, GoldCable> ReadGold(string folder)
    {
        var gold = new Dictionary<string, GoldCable>(StringComparer.OrdinalIgnoreCase);
        foreach (var file in Directory.EnumerateFiles(folder, "*.json").Order(StringComparer.Ordinal))
        {
            try
            {
                var g = JsonSerializer.Deserialize<GoldCable>(File.ReadAllText(file), JsonOptions);
                if (g?.Cable is { Length: > 0 })
                {
                    gold[g.Cable] = g;
                }
            }
            catch (JsonException e)
            {
                Console.Error.MarkupLineInterpolated($"[yellow]kg:[/] {file}: not a gold annotation file ({OneLine(e.Message.Split('.')[0])})");
            }
        }

        return gold;
    }

    private void WriteDetails(IEnumerable<CableScore> scores)
    {
        foreach (var s in scores)
        {
            Console.Out.MarkupLineInterpolated($"[bold]{s.Cable}[/]");
            foreach (var m in s.Misses)
            {
                Console.Out.MarkupLineInterpolated($"  [red]- {m}[/]");
            }

            foreach (var x in s.Extras)
            {
                Console.Out.MarkupLineInterpolated($"  [yellow]+ {x}[/]");
            }
        }
    }

    private static string F(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);

    private static string I(int value) => value.ToString(CultureInfo.InvariantCulture);
}
