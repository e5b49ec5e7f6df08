using KnowledgeGraph.Graph.Model;

namespace KnowledgeGraph.Graph.Queries;

/// <summary>
/// Narrows a neighbourhood. Every field narrows; null fields are ignored. The seed nodes are always kept.
/// </summary>
/// <param name="Kinds">Node kinds to keep (besides the seeds).</param>
/// <param name="RelationshipTypes">Relationship types to follow.</param>
/// <param name="From">Dated nodes (meetings, cables) before this are dropped; MET edges must overlap the range.</param>
/// <param name="To">Dated nodes after this are dropped.</param>
/// <param name="Topic">Meetings must be ABOUT this topic id; MET edges must list it among their topics.</param>
/// <param name="MinConfidence">Nodes and edges that carry a confidence below this are dropped.</param>
public sealed record NeighbourhoodFilter(
    IReadOnlyCollection<NodeKind>? Kinds = null,
    IReadOnlyCollection<string>? RelationshipTypes = null,
    DateOnly? From = null,
    DateOnly? To = null,
    string? Topic = null,
    double? MinConfidence = null)
{
    public static readonly NeighbourhoodFilter None = new();

    internal bool Keeps(GraphNode node)
    {
        if (Kinds is { Count: > 0 } && !Kinds.Contains(node.Kind))
        {
            return false;
        }

        if (MinConfidence is { } min && GraphValue.Double(node.Properties, GraphProperty.Confidence) is { } c && c < min)
        {
            return false;
        }

        if ((From is not null || To is not null) && node.Kind is NodeKind.Meeting or NodeKind.Cable)
        {
            var date = GraphValue.Date(node.Properties, GraphProperty.Date);
            if (date is null || date < From || date > To)
            {
                return false;
            }
        }

        return true;
    }

    internal bool Keeps(GraphEdge edge)
    {
        if (MinConfidence is { } min && GraphValue.Double(edge.Properties, GraphProperty.Confidence) is { } c && c < min)
        {
            return false;
        }

        if (edge.Type == RelationshipType.Met)
        {
            if (Topic is not null && !GraphValue.Strings(edge.Properties, GraphProperty.Topics).Contains(Topic))
            {
                return false;
            }

            var first = GraphValue.Date(edge.Properties, GraphProperty.First);
            var last = GraphValue.Date(edge.Properties, GraphProperty.Last);
            if ((To is { } to && first is { } f && f > to) || (From is { } from && last is { } l && l < from))
            {
                return false;
            }
        }

        return true;
    }
}
