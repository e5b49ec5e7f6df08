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
/// Names are learned from every cable read first (as an ingest run does), then each cable is extracted.
/// </summary>
internal sealed class EvalCommand : Command<EvalCommand.Settings>
{
    private static readonly JsonSerializerOptions JsonOptions = new() { PropertyNameCaseInsensitive = true };

    public sealed class Settings : CommandSettings
    {
        [CommandOption("--gold <DIR>")]
        [Description("Folder of gold annotation files (*.json, one cable each).")]
        public string Gold { get; init; } = "";

        [CommandArgument(0, "<PATH>")]
        [Description("Cable files or folders (text, WikiLeaks HTML, cables.csv) holding the annotated cables.")]
        public string[] Paths { get; init; } = [];

        [CommandOption("--details")]
        [Description("Also list, per cable, what was missed and what was extra.")]
        public bool Details { get; init; }

        public override ValidationResult Validate()
            => string.IsNullOrWhiteSpace(Gold) ? ValidationResult.Error("--gold DIR is required.")
                : !Directory.Exists(Gold) ? ValidationResult.Error($"gold folder not found: {Gold}")
                : ValidationResult.Success();
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var gold = new Dictionary<string, GoldCable>(StringComparer.OrdinalIgnoreCase);
        foreach (var file in Directory.EnumerateFiles(settings.Gold, "*.json").Order(StringComparer.Ordinal))
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
                AnsiConsole.MarkupLineInterpolated($"[red]{file}[/]: not a gold annotation file ({e.Message.Split('.')[0]}).");
            }
        }

        if (gold.Count == 0)
        {
            AnsiConsole.MarkupLineInterpolated($"[red]No gold annotations in {settings.Gold}.[/]");
            return 1;
        }

        var reader = new CableReader();
        var cables = reader.Read(settings.Paths, cancellationToken)
            .Select(r => r switch
            {
                CableParsed p => p.Cable,
                CableRejected j => Reject(j),
                _ => null,
            })
            .Where(c => c is not null && gold.ContainsKey(c.Id))
            .Select(c => c!)
            .GroupBy(c => c.Id, StringComparer.OrdinalIgnoreCase).Select(g => g.First())
            .ToList();

        // Learn names from the mixed-case cables first, so ALL-CAPS cables benefit (the order of inputs does not matter).
        var registry = new NameRegistry();
        var extractor = new FactExtractor(registry);
        foreach (var facts in cables.AsParallel().AsOrdered().Select(FactExtractor.Default.Extract).ToList())
        {
            if (!FactExtractor.IsAllCaps(facts.Cable))
            {
                registry.Learn(facts);
            }
        }

        var scores = cables.AsParallel().AsOrdered().Select(c => GoldScorer.Score(gold[c.Id], extractor.Extract(c))).ToList();
        foreach (var missing in gold.Keys.Where(k => !cables.Any(c => c.Id.Equals(k, StringComparison.OrdinalIgnoreCase))).Order(StringComparer.Ordinal))
        {
            AnsiConsole.MarkupLineInterpolated($"[yellow]{missing}[/]: annotated but not found in the inputs; not scored.");
        }

        if (settings.Details)
        {
            foreach (var s in scores)
            {
                AnsiConsole.MarkupLineInterpolated($"[bold]{s.Cable}[/]");
                foreach (var m in s.Misses)
                {
                    AnsiConsole.MarkupLineInterpolated($"  [red]- {m}[/]");
                }

                foreach (var x in s.Extras)
                {
                    AnsiConsole.MarkupLineInterpolated($"  [yellow]+ {x}[/]");
                }
            }
        }

        var table = new Table().AddColumns("metric", "precision", "recall", "F1", "tp", "fp", "fn");
        foreach (var m in GoldScorer.Total(scores))
        {
            table.AddRow(m.Metric, F(m.Precision), F(m.Recall), F(m.F1), I(m.TruePositives), I(m.FalsePositives), I(m.FalseNegatives));
        }

        AnsiConsole.MarkupLineInterpolated($"{scores.Count} annotated cables scored.");
        AnsiConsole.Write(table);
        return scores.Count > 0 ? 0 : 1;
    }

    private static Cables.Model.ParsedCable? Reject(CableRejected rejected)
    {
        AnsiConsole.MarkupLineInterpolated($"[red]{rejected.Source}[/]: {rejected.Message}");
        return null;
    }

    private static string F(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);

    private static string I(int value) => value.ToString(CultureInfo.InvariantCulture);
}
