using KnowledgeGraph.Graph.Model;

namespace KnowledgeGraph.Storage.Neo4j.Internal;

/// <summary>Turns returned rows back into graph values: underscore properties are the store's bookkeeping and stay inside.</summary>
internal static class GraphRows
{
    public static bool IsShared(NodeKind kind) => kind is NodeKind.Person or NodeKind.Country or NodeKind.Organization or NodeKind.Topic or NodeKind.Post;

    /// <summary>A node from <see cref="Cypher.NodeColumns"/> at <paramref name="offset"/>.</summary>
    public static GraphNode Node(object?[] row, int offset = 0)
    {
        var labels = row[offset] as string[] ?? [];
        var stored = row[offset + 1] as IReadOnlyDictionary<string, object?> ?? new Dictionary<string, object?>();
        NodeKind? kind = null;
        foreach (var label in labels)
        {
            if (Enum.TryParse<NodeKind>(label, ignoreCase: false, out var k) && Enum.IsDefined(k))
            {
                kind = k;
                break;
            }
        }

        var id = stored.GetValueOrDefault(GraphProperty.Id) as string ?? "";
        var display = stored.GetValueOrDefault("_label") as string ?? id;
        return new GraphNode(id, kind ?? NodeKind.Cable, display, Visible(stored));
    }

    /// <summary>An edge from <see cref="Cypher.EdgeColumns"/>.</summary>
    public static GraphEdge Edge(object?[] row)
    {
        var stored = row[4] as IReadOnlyDictionary<string, object?> ?? new Dictionary<string, object?>();
        return new GraphEdge((string)row[0]!, (string)row[1]!, (string)row[2]!, (string)row[3]!, Visible(stored));
    }

    /// <summary>Properties without bookkeeping, null values, and with property values kept as typed arrays.</summary>
    public static Dictionary<string, object?> Visible(IReadOnlyDictionary<string, object?> stored)
    {
        var visible = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (key, value) in stored)
        {
            if (!key.StartsWith('_') && value is not null)
            {
                visible[key] = value;
            }
        }

        return visible;
    }

    /// <summary>The property map sent to the server: nulls left out (absent reads the same as null).</summary>
    public static Dictionary<string, object?> Storable(IReadOnlyDictionary<string, object?> properties, params string[] except)
    {
        var map = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (key, value) in properties)
        {
            if (value is not null && !except.Contains(key) && !key.StartsWith('_'))
            {
                map[key] = value;
            }
        }

        return map;
    }

    public static long Long(object? value) => value switch
    {
        long l => l,
        double d => (long)d,
        _ => 0,
    };
}
