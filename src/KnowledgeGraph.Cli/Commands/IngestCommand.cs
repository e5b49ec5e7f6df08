using System.ComponentModel;
using System.Globalization;
using KnowledgeGraph.Cables;
using KnowledgeGraph.Cli.Output;
using KnowledgeGraph.Extraction;
using KnowledgeGraph.Graph.Ingest;
using KnowledgeGraph.Storage;
using Spectre.Console;
using Spectre.Console.Cli;

namespace KnowledgeGraph.Cli.Commands;

/// <summary><c>kg ingest PATH… [--store …] [--parallel N] [--batch N]</c>: read, extract and store cables.</summary>
[Description("Read cables, extract who met whom, and store the graph (idempotent; an interrupted run resumes).")]
public sealed class IngestCommand(CableReader reader, KgConsole console) : KgCommand<IngestCommand.Settings>(console)
{
    public sealed class Settings : StoreInputSettings
    {
        [CommandOption("--parallel <N>")]
        [Description("Cables extracted in parallel (default: one per processor).")]
        public int Parallel { get; init; }

        [CommandOption("--batch <N>")]
        [Description("Cables written per store transaction (default 250).")]
        public int Batch { get; init; } = 250;

        [CommandOption("--no-learn")]
        [Description("Skip the name-learning pass (then a surname alone, or an ALL-CAPS name, resolves only within its own cable).")]
        public bool NoLearn { get; init; }
    }

    protected override async Task<int> RunAsync(Settings settings, CancellationToken cancellationToken)
    {
        if (settings.Paths.Length == 0)
        {
            throw new KgUserException("no input: give one or more cable files, directories, or - for standard input");
        }

        if (settings.Parallel < 0 || settings.Batch < 1)
        {
            throw new KgUserException(settings.Parallel < 0 ? "--parallel must be 0 or more" : "--batch must be 1 or more");
        }

        // Ctrl-C stops reading; batches already committed stay, and the next run resumes after them.
        using var interrupt = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        ConsoleCancelEventHandler onCancel = (_, e) =>
        {
            e.Cancel = true;
            interrupt.Cancel();
        };
        System.Console.CancelKeyPress += onCancel;
        try
        {
            await using var store = GraphStoreFactory.Create(settings.Store, settings.Neo4j);
            var info = await store.OpenAsync(interrupt.Token).ConfigureAwait(false);
            Console.Error.MarkupLineInterpolated($"Ingesting into {info.Kind} {info.Location} ({info.Version})");

            var options = new IngestOptions(settings.Parallel, settings.Batch);
            // The learn pass: full names from the mixed-case inputs go into one NameRegistry before anything is
            // extracted, so "Lavrov" in one cable and "LAVROV" in an ALL-CAPS one get the id of "Sergey Lavrov" seen in
            // another, whatever the order or parallelism. Not for standard input, which can be read only once.
            var learning = settings.NoLearn || settings.Paths.Contains("-")
                ? null
                : new NameLearningExtractor(
                    () => reader.Read(settings.Paths, options.EffectiveParallelism, interrupt.Token).OfType<CableParsed>().Select(p => p.Cable),
                    options.EffectiveParallelism,
                    interrupt.Token);
            if (learning is not null && !await HoldsCablesAsync(store, interrupt.Token).ConfigureAwait(false))
            {
                await Task.Run(learning.LearnNow, interrupt.Token).ConfigureAwait(false);
            }

            var pipeline = new IngestPipeline(store, learning is null ? FactExtractor.Default.Extract : learning.Extract);
            // Parsing runs on the workers too: a re-ingest of unchanged cables is little more than parsing them.
            var inputs = reader.Read(settings.Paths, options.EffectiveParallelism, interrupt.Token);
            var report = Console.Error.Profile.Capabilities.Interactive
                ? await RunWithProgressAsync(pipeline, inputs, options, EstimateInputs(settings.Paths), interrupt.Token).ConfigureAwait(false)
                : await pipeline.RunAsync(inputs, options, null, interrupt.Token).ConfigureAwait(false);

            foreach (var rejection in report.Rejections)
            {
                Console.Error.MarkupLineInterpolated($"[yellow]kg:[/] {rejection.Source}: {OneLine(rejection.Message)}");
            }

            if (learning?.LearnedFrom is { } learned)
            {
                Console.Error.MarkupLineInterpolated($"Learned names from {learned:N0} mixed-case cables ({learning.KnownNames:N0} full names known)");
            }

            WriteReport(report);
            if (report.Error is { } error)
            {
                return Fail(error + " Committed batches are kept; run the same command again to resume.");
            }

            if (report.Interrupted)
            {
                Console.Error.MarkupLine("[yellow]kg: interrupted[/]: committed batches are kept; run the same command again to resume.");
                return ExitCancelled;
            }

            return report.Written + report.Unchanged > 0 ? 0 : 1;
        }
        catch (KnowledgeGraph.Graph.Stores.GraphStoreException ex)
        {
            return Fail(ex.Message);
        }
        finally
        {
            System.Console.CancelKeyPress -= onCancel;
        }
    }

    private static async Task<bool> HoldsCablesAsync(KnowledgeGraph.Graph.Stores.IGraphStore store, CancellationToken cancellationToken)
    {
        var counts = await store.GetCountsAsync(cancellationToken).ConfigureAwait(false);
        return counts.Nodes.GetValueOrDefault(nameof(KnowledgeGraph.Graph.Model.NodeKind.Cable)) > 0;
    }

    private Task<IngestReport> RunWithProgressAsync(IngestPipeline pipeline, IEnumerable<CableReadResult> inputs, IngestOptions options, int? expected, CancellationToken cancellationToken)
        => Console.Error.Progress()
            .AutoClear(false)
            .Columns(
                new TaskDescriptionColumn(),
                new ProgressBarColumn(),
                new PercentageColumn(),
                new CablesPerSecondColumn(),
                new ElapsedTimeColumn(),
                new RemainingTimeColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask("Ingesting", maxValue: expected ?? 1);
                task.IsIndeterminate = expected is null;
                var progress = new Progress<IngestProgress>(p =>
                {
                    if (p.Read > task.MaxValue)
                    {
                        task.MaxValue = p.Read;
                    }

                    task.Value = p.Done;
                    task.Description = $"{p.Done:N0} cables ({p.New:N0} new, {p.Updated:N0} updated, {p.Unchanged:N0} unchanged, {p.Rejected:N0} rejected)";
                });
                var report = await pipeline.RunAsync(inputs, options, progress, cancellationToken).ConfigureAwait(false);
                task.MaxValue = Math.Max(1, report.Read);
                task.Value = report.Read;
                task.StopTask();
                return report;
            });

    /// <summary>Files under the inputs, for the ETA; null when unknown (standard input, or a cables.csv holding many cables).</summary>
    private static int? EstimateInputs(IReadOnlyList<string> paths)
    {
        var files = 0;
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                foreach (var file in Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories))
                {
                    if (file.EndsWith(".csv", StringComparison.OrdinalIgnoreCase))
                    {
                        return null;
                    }

                    files++;
                }
            }
            else if (path == "-" || path.EndsWith(".csv", StringComparison.OrdinalIgnoreCase))
            {
                return null;
            }
            else
            {
                files++;
            }
        }

        return files;
    }

    private void WriteReport(IngestReport report)
    {
        var seconds = Math.Max(report.Elapsed.TotalSeconds, 0.001);
        var table = new Table().Title("Ingest").AddColumn("").AddColumn(new TableColumn("Count").RightAligned());
        void Row(string name, long value) => table.AddRow(name, value.ToString("N0", CultureInfo.InvariantCulture));
        Row("Cables read", report.Read);
        Row("Rejected", report.Rejected);
        Row("New", report.New);
        Row("Updated", report.Updated);
        Row("Unchanged", report.Unchanged);
        Row("Nodes written", report.Nodes);
        Row("Relationships written", report.Relationships);
        Console.Out.Write(table);
        Console.Out.MarkupLineInterpolated(
            $"{report.Read:N0} cables in {report.Elapsed.TotalSeconds:0.0} s ({(report.Read / seconds).ToString("0", CultureInfo.InvariantCulture)} cables/s).");
    }
}
