using System.ComponentModel;
using KnowledgeGraph.Cables;
using KnowledgeGraph.Cables.Model;
using KnowledgeGraph.Cli.Output;
using KnowledgeGraph.Extraction;
using Spectre.Console;
using Spectre.Console.Cli;

namespace KnowledgeGraph.Cli.Commands;

/// <summary><c>kg extract PATH… [--json]</c>: parse cables and print them (JSON Lines, or a readable summary).</summary>
[Description("Parse cables (text, WikiLeaks HTML, cables.csv) and print them: a readable summary, or JSON Lines with --json.")]
public sealed class ExtractCommand(CableReader reader, KgConsole console) : KgCommand<ExtractCommand.Settings>(console)
{
    public sealed class Settings : CableInputSettings
    {
        [CommandOption("--json")]
        [Description("Write one JSON object per cable (JSON Lines, camelCase) to standard output.")]
        public bool Json { get; init; }

        [CommandOption("--parallel <N>")]
        [Description("Cables parsed and extracted in parallel (default: one per processor); the output order is the input order either way.")]
        public int Parallel { get; init; }
    }

    protected override Task<int> RunAsync(Settings settings, CancellationToken cancellationToken)
    {
        if (settings.Parallel < 0)
        {
            throw new KgUserException("--parallel must be 0 or more");
        }

        var inputs = new CableInputs(reader, Console);
        var parallel = settings.Parallel > 0 ? settings.Parallel : Environment.ProcessorCount;
        Func<CableParsed, string?> map = settings.Json ? static p => ToJsonLine(p.Cable) : static _ => null;
        foreach (var (parsed, line) in inputs.Read(settings.Paths, parallel, map, cancellationToken))
        {
            var cable = parsed.Cable;
            if (line is not null)
            {
                Console.Data.WriteLine(line);
                continue;
            }

            var date = cable.Created?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "????-??-??";
            Console.Out.MarkupLineInterpolated(
                $"[bold]{cable.Id}[/] {date} {cable.Origin ?? "?"} [dim]{cable.Classification ?? "?"}[/] {Shorten(cable.Subject, 90)}");
            Console.Out.MarkupLineInterpolated(
                $"  [dim]{cable.Paragraphs.Count} paragraphs, {cable.Tags.Count} tags ({string.Join(' ', cable.Tags.Select(t => t.Value))}), {cable.References.Count} references, signed {string.Join(", ", cable.Signers)}{(cable.IsPartial ? ", partial" : "")}[/]");
        }

        Console.Data.Flush();
        inputs.WriteSummary();
        return Task.FromResult(inputs.ExitCode);
    }

    /// <summary>Extraction and serialization both run on the worker threads; only the writing stays in order on one.</summary>
    private static string ToJsonLine(ParsedCable cable)
    {
        var facts = FactExtractor.Default.Extract(cable);
        return CableJson.ToLine(cable, w => FactsJson.Write(w, facts));
    }

    private static string Shorten(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
}
