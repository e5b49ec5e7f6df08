using System.ComponentModel;
using System.Globalization;
using KnowledgeGraph.Cables;
using KnowledgeGraph.Cables.Model;
using KnowledgeGraph.Cli.Output;
using KnowledgeGraph.Graph.Stores;
using KnowledgeGraph.Storage;
using Spectre.Console;
using Spectre.Console.Cli;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>
/// <c>kg stats PATH…</c>: counts of cables per format, origin, year and classification;
/// <c>kg stats --store STORE [--json]</c>: node and relationship counts of a stored graph. Both may be given.
/// </summary>
[Description("Count cables in files (per format, origin, year, classification), or nodes and relationships in a store (--store).")]
public sealed class StatsCommand(CableReader reader, KgConsole console) : KgCommand<StatsCommand.Settings>(console)
{
    public sealed class Settings : StoreInputSettings
    {
        [CommandOption("--top <N>")]
        [Description("Show at most N rows per table (default 20; 0 = all).")]
        public int Top { get; init; } = 20;

        [CommandOption("--json")]
        [Description("With --store: print {\"nodes\": {LABEL: n}, \"relationships\": {TYPE: n}}.")]
        public bool Json { get; init; }
    }

    protected override async Task<int> RunAsync(Settings settings, CancellationToken cancellationToken)
    {
        if (settings.Top < 0)
        {
            throw new KgUserException("--top must be 0 or more");
        }

        if (settings.Json && !settings.NamesStore)
        {
            throw new KgUserException("--json prints graph statistics: give --store too");
        }

        if (settings.NamesStore)
        {
            try
            {
                await using var store = GraphStoreFactory.Create(settings.Store, settings.Neo4j);
                var info = await store.OpenAsync(cancellationToken).ConfigureAwait(false);
                var counts = await store.GetCountsAsync(cancellationToken).ConfigureAwait(false);
                if (settings.Json)
                {
                    Console.Data.WriteLine(GraphCountsOutput.ToJson(counts));
                    Console.Data.Flush();
                }
                else
                {
                    GraphCountsOutput.Write(Console.Out, counts, $"{info.Kind} {info.Location}");
                }
            }
            catch (GraphStoreException ex)
            {
                return Fail(ex.Message);
            }

            if (settings.Paths.Length == 0)
            {
                return 0;
            }
        }

        return CountFiles(settings, cancellationToken);
    }

    private int CountFiles(Settings settings, CancellationToken cancellationToken)
    {
        var stats = new CableStatistics();
        var inputs = new CableInputs(reader, Console);
        foreach (var parsed in inputs.Read(settings.Paths, cancellationToken))
        {
            stats.Add(parsed.Cable);
        }

        Console.Out.MarkupLineInterpolated($"[bold]{stats.Total}[/] cables");
        Write("Format", stats.ByFormat, settings.Top);
        Write("Origin", stats.ByOrigin, settings.Top);
        Write("Year", stats.ByYear, settings.Top, sortByKey: true);
        Write("Classification", stats.ByClassification, settings.Top);
        inputs.WriteSummary();
        return inputs.ExitCode;
    }

    private void Write(string title, IReadOnlyDictionary<string, int> counts, int top, bool sortByKey = false)
    {
        var table = new Table().Title(title).AddColumn(title).AddColumn(new TableColumn("Cables").RightAligned());
        var rows = sortByKey
            ? counts.OrderBy(kv => kv.Key, StringComparer.Ordinal)
            : counts.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal);
        var shown = 0;
        foreach (var (key, value) in rows)
        {
            if (top > 0 && shown++ == top)
            {
                table.AddRow(Markup.Escape($"… {counts.Count - top} more"), "");
                break;
            }

            table.AddRow(Markup.Escape(key), value.ToString(CultureInfo.InvariantCulture));
        }

        Console.Out.Write(table);
    }

    /// <summary>The counts; kept apart from printing so the store issue can fill it from a store too.</summary>
    public sealed class CableStatistics
    {
        private readonly Dictionary<string, int> _format = new(StringComparer.Ordinal);
        private readonly Dictionary<string, int> _origin = new(StringComparer.Ordinal);
        private readonly Dictionary<string, int> _year = new(StringComparer.Ordinal);
        private readonly Dictionary<string, int> _classification = new(StringComparer.Ordinal);

        public int Total { get; private set; }
        public IReadOnlyDictionary<string, int> ByFormat => _format;
        public IReadOnlyDictionary<string, int> ByOrigin => _origin;
        public IReadOnlyDictionary<string, int> ByYear => _year;
        public IReadOnlyDictionary<string, int> ByClassification => _classification;

        public void Add(ParsedCable cable)
        {
            Total++;
            Count(_format, cable.Source.Format switch { CableFormat.WikiLeaksHtml => "html", CableFormat.CablesCsv => "csv", _ => "text" });
            Count(_origin, cable.Origin ?? "(unknown)");
            Count(_year, cable.Created?.Year.ToString(CultureInfo.InvariantCulture) ?? "(unknown)");
            Count(_classification, cable.Classification ?? "(unknown)");
        }

        private static void Count(Dictionary<string, int> counts, string key)
            => counts[key] = counts.GetValueOrDefault(key) + 1;
    }
}
