using System.Globalization;
using KnowledgeGraph.Graph.Model;

namespace KnowledgeGraph.Export.Internal;

/// <summary>
/// When a node or edge is on the timeline: a Cable or Meeting on its <c>date</c> (to <c>endDate</c> when it has one),
/// a MET edge from its <c>first</c> to its <c>last</c> meeting. Anything else has no spell and is always present.
/// </summary>
internal static class SpellDates
{
    public static (string Start, string End)? OfNode(GraphNode node) =>
        Spell(node.Properties, GraphProperty.Date, GraphProperty.EndDate);

    public static (string Start, string End)? OfEdge(GraphEdge edge) =>
        Spell(edge.Properties, GraphProperty.First, GraphProperty.Last);

    private static (string, string)? Spell(IReadOnlyDictionary<string, object?> properties, string startProperty, string endProperty)
    {
        if (Date(properties, startProperty) is not { } start)
        {
            return null;
        }

        var end = Date(properties, endProperty) is { } e && e >= start ? e : start;
        return (Format(start), Format(end));
    }

    private static DateOnly? Date(IReadOnlyDictionary<string, object?> properties, string name)
    {
        if (!properties.TryGetValue(name, out var raw) || ExportValue.Normalize(raw) is not { IsList: false, Scalar: string text })
        {
            return null;
        }

        // ISO dates, and the date part of ISO date-times.
        var datePart = text.Length > 10 && text[10] == 'T' ? text[..10] : text;
        return DateOnly.TryParseExact(datePart, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
    }

    private static string Format(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
