using KnowledgeGraph.Export.Internal;
using KnowledgeGraph.Graph.Model;

namespace KnowledgeGraph.Export;

/// <summary>
/// The typed attributes of an export: every node and edge property present in the source, with one type each,
/// ordered by name (ordinal) so declarations are deterministic. Types are learnt from the values: a property that
/// holds both whole and fractional numbers is a double; one that holds different kinds of value is a string.
/// <para>
/// The flat formats (GraphML, GEXF, JSON) put the graph's own fields beside the properties: nodes get
/// <c>id</c>, <c>label</c> (display name) and <c>type</c> (the node kind); edges get <c>id</c>, <c>source</c>,
/// <c>target</c>, <c>type</c> (the relationship type), and in GEXF <c>label</c> and <c>kind</c>. A property named like
/// one of those is exported with a leading underscore (a Meeting's <c>kind</c> becomes <c>_kind</c>); a property
/// named <c>id</c> is the node's id and is not repeated.
/// </para>
/// </summary>
public sealed record ExportSchema(IReadOnlyList<PropertyColumn> NodeProperties, IReadOnlyList<PropertyColumn> EdgeProperties)
{
    /// <summary>Reads the source once (nodes, then edges) and keeps only property names and types.</summary>
    public static async Task<ExportSchema> InferAsync(ExportSource source, CancellationToken cancellationToken = default)
    {
        var nodeTypes = new Dictionary<string, (ScalarType Type, bool IsList)>(StringComparer.Ordinal);
        await foreach (var node in source.Nodes(cancellationToken).WithCancellation(cancellationToken))
        {
            Observe(nodeTypes, node.Properties);
        }

        var edgeTypes = new Dictionary<string, (ScalarType Type, bool IsList)>(StringComparer.Ordinal);
        await foreach (var edge in source.Edges(cancellationToken).WithCancellation(cancellationToken))
        {
            Observe(edgeTypes, edge.Properties);
        }

        return new ExportSchema(Columns(nodeTypes, ExportNames.NodeFields), Columns(edgeTypes, ExportNames.EdgeFields));
    }

    private static void Observe(Dictionary<string, (ScalarType Type, bool IsList)> types, IReadOnlyDictionary<string, object?> properties)
    {
        foreach (var (name, raw) in properties)
        {
            if (name == GraphProperty.Id || ExportValue.Normalize(raw) is not { } value)
            {
                continue;
            }

            var observed = (value.Type, value.IsList);
            if (value.IsList && value.List!.Count == 0)
            {
                // An empty list says nothing about its element type: keep what is known, else assume strings.
                types.TryAdd(name, (ScalarType.String, true));
                continue;
            }

            types[name] = types.TryGetValue(name, out var known) ? Unite(known, observed) : observed;
        }
    }

    private static (ScalarType, bool) Unite((ScalarType Type, bool IsList) a, (ScalarType Type, bool IsList) b)
    {
        var type = a.Type == b.Type ? a.Type
            : (a.Type, b.Type) is (ScalarType.Long, ScalarType.Double) or (ScalarType.Double, ScalarType.Long) ? ScalarType.Double
            : ScalarType.String;
        return (type, a.IsList || b.IsList);
    }

    private static PropertyColumn[] Columns(Dictionary<string, (ScalarType Type, bool IsList)> types, IReadOnlySet<string> reserved) =>
        types.OrderBy(t => t.Key, StringComparer.Ordinal)
            .Select(t => new PropertyColumn(t.Key, ExportNames.ForProperty(t.Key, reserved), t.Value.Type, t.Value.IsList))
            .ToArray();
}
