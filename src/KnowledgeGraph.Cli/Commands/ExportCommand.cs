using System.ComponentModel;
using System.Globalization;
using KnowledgeGraph.Export;
using KnowledgeGraph.Export.Selection;
using KnowledgeGraph.Graph.Stores;
using KnowledgeGraph.Storage;
using Spectre.Console;
using Spectre.Console.Cli;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>
/// <c>kg export</c>: select a subgraph (seeds and depth, cables, a topic, a date range, or a path) and write it as
/// GraphML, GEXF, neo4j-admin CSV (a folder, or a zip when the path ends in .zip), node-link JSON, Cytoscape.js JSON
/// or a Cypher script.
/// </summary>
[Description("Export a subgraph as GraphML, GEXF, neo4j-admin CSV, node-link JSON, Cytoscape.js JSON or a Cypher script.")]
public sealed class ExportCommand(KgConsole console) : KgCommand<ExportCommand.Settings>(console)
{
    public sealed class Settings : StoreSettings
    {
        [CommandOption("-s|--seed <ID>")]
        [Description("Seed node id to start from; repeat for several.")]
        public string[] Seeds { get; init; } = [];

        [CommandOption("-d|--depth <N>")]
        [Description("Hops around the seeds (0-6, default 1).")]
        public int? Depth { get; init; }

        [CommandOption("--limit <N>")]
        [Description("Most nodes exported, nearest first (default 100000).")]
        public int? Limit { get; init; }

        [CommandOption("--topic <TOPIC>")]
        [Description("Topic id or name: alone, its neighbourhood; with seeds, meetings must be about it.")]
        public string? Topic { get; init; }

        [CommandOption("--from <DATE>")]
        [Description("Start of the date range (YYYY-MM-DD, YYYY-MM or YYYY).")]
        public string? From { get; init; }

        [CommandOption("--to <DATE>")]
        [Description("End of the date range (YYYY-MM-DD, YYYY-MM or YYYY).")]
        public string? To { get; init; }

        [CommandOption("--cables <IDS>")]
        [Description("Cable ids to start from (comma-separated or repeated).")]
        public string[] Cables { get; init; } = [];

        [CommandOption("--kinds <KINDS>")]
        [Description("Node kinds to keep besides the seeds (Cable, Person, Country, Organization, Topic, Meeting, Post).")]
        public string[] Kinds { get; init; } = [];

        [CommandOption("--types <TYPES>")]
        [Description("Relationship types to follow (ATTENDED, ABOUT, MET, …).")]
        public string[] RelationshipTypes { get; init; } = [];

        [CommandOption("--min-confidence <X>")]
        [Description("Drop nodes and relationships whose confidence is below X (0-1).")]
        public double? MinConfidence { get; init; }

        [CommandOption("--path-from <ID>")]
        [Description("Export the shortest path from this node (with --path-to).")]
        public string? PathFrom { get; init; }

        [CommandOption("--path-to <ID>")]
        [Description("End of the shortest path.")]
        public string? PathTo { get; init; }

        [CommandOption("--max-hops <N>")]
        [Description("Longest path in hops (1-10, default 4).")]
        public int? MaxHops { get; init; }

        [CommandOption("--via <TYPES>")]
        [Description("Relationship types a path may use.")]
        public string[] Via { get; init; } = [];

        [CommandOption("-f|--format <FORMAT>")]
        [Description("graphml (default), gexf, csv, json, cytoscape or cypher.")]
        public string Format { get; init; } = "graphml";

        [CommandOption("-o|--output <PATH>")]
        [Description("File to write (- for standard output); for csv a folder, or a zip when PATH ends in .zip.")]
        public string? Output { get; init; }
    }

    protected override async Task<int> RunAsync(Settings settings, CancellationToken cancellationToken)
    {
        if (!ExportFormatInfo.TryParse(settings.Format, out var format))
        {
            throw new KgUserException($"'{settings.Format}' is not an export format (one of {ExportFormatInfo.Names}).");
        }

        if (string.IsNullOrWhiteSpace(settings.Output))
        {
            throw new KgUserException($"Say where to write with -o PATH (e.g. -o subgraph{format.FileExtension}, or - for standard output).");
        }

        var toStdout = settings.Output == "-";
        if (toStdout && format.Format == ExportFormat.Csv)
        {
            throw new KgUserException("CSV is two files: give -o FOLDER or -o FILE.zip.");
        }

        var arguments = new SelectionArguments(
            settings.Seeds, settings.Depth, settings.Limit, settings.Topic, settings.From, settings.To, settings.Cables, settings.Kinds,
            settings.RelationshipTypes, settings.MinConfidence, settings.PathFrom, settings.PathTo, settings.MaxHops, settings.Via);
        if (!arguments.TryCreate(out var selection, out var error))
        {
            throw new KgUserException(error!);
        }

        try
        {
            var location = GraphStoreFactory.Resolve(settings.Store, settings.Neo4j);
            if (location.Kind == StoreKind.Sqlite && !File.Exists(location.Target))
            {
                throw new KgUserException($"There is no graph at {location.Target}: run kg ingest first, or give --store.");
            }

            await using var store = GraphStoreFactory.Create(location, settings.Neo4j);
            await store.OpenAsync(cancellationToken);
            var (subgraph, truncation) = await new SubgraphExport(store).SelectAsync(selection, cancellationToken);
            if (truncation is not null)
            {
                Console.Error.MarkupLineInterpolated($"[yellow]kg: {truncation}[/]");
            }

            if (subgraph.Nodes.Count == 0)
            {
                Console.Error.MarkupLine("[yellow]kg: nothing matched the selection; no file written.[/]");
                return 1;
            }

            if (toStdout)
            {
                await using var stdout = System.Console.OpenStandardOutput();
                await SubgraphExport.WriteAsync(subgraph, format.Format, stdout, cancellationToken);
                return 0;
            }

            await SubgraphExport.WriteToPathAsync(subgraph, format.Format, settings.Output, cancellationToken);
            Console.Error.MarkupLineInterpolated(
                $"Exported [bold]{subgraph.Nodes.Count.ToString("N0", CultureInfo.InvariantCulture)}[/] nodes and [bold]{subgraph.Edges.Count.ToString("N0", CultureInfo.InvariantCulture)}[/] relationships as {format.Name} to {settings.Output}");
            return 0;
        }
        catch (GraphStoreException e)
        {
            return Fail(e.Message);
        }
    }
}
