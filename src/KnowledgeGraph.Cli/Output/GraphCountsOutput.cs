using System.Globalization;
using System.Text.Json;
using KnowledgeGraph.Graph.Stores;
using Spectre.Console;

namespace KnowledgeGraph.Cli.Output;

/// <summary>Graph statistics: two tables for people, or <c>{"nodes": {LABEL: n}, "relationships": {TYPE: n}}</c> for programs.</summary>
public static class GraphCountsOutput
{
    public static string ToJson(GraphCounts counts) => JsonSerializer.Serialize(new Dictionary<string, IReadOnlyDictionary<string, long>>
    {
        ["nodes"] = Sorted(counts.Nodes),
        ["relationships"] = Sorted(counts.Relationships),
    });

    public static void Write(IAnsiConsole console, GraphCounts counts, string location)
    {
        console.MarkupLineInterpolated($"[bold]{counts.Nodes.Values.Sum()}[/] nodes, [bold]{counts.Relationships.Values.Sum()}[/] relationships in {location}");
        console.Write(Table("Label", "Nodes", counts.Nodes));
        console.Write(Table("Type", "Relationships", counts.Relationships));
    }

    private static Table Table(string key, string title, IReadOnlyDictionary<string, long> counts)
    {
        var table = new Table().Title(title).AddColumn(key).AddColumn(new TableColumn("Count").RightAligned());
        foreach (var (name, count) in Sorted(counts))
        {
            table.AddRow(Markup.Escape(name), count.ToString(CultureInfo.InvariantCulture));
        }

        return table;
    }

    private static SortedDictionary<string, long> Sorted(IReadOnlyDictionary<string, long> counts) => new(counts.ToDictionary(), StringComparer.Ordinal);
}
