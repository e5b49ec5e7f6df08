using KnowledgeGraph.Graph.Model;

namespace KnowledgeGraph.Graph.Mapping;

/// <summary>Collects one cable's nodes and edges in first-seen order, one node per id and one edge per id.</summary>
internal sealed class Accumulator(string cableId)
{
    private readonly Dictionary<string, GraphNode> _nodes = new(StringComparer.Ordinal);
    private readonly List<string> _nodeOrder = [];
    private readonly Dictionary<string, GraphEdge> _edges = new(StringComparer.Ordinal);
    private readonly List<string> _edgeOrder = [];

    public string CableId { get; } = cableId;

    public IReadOnlyList<GraphNode> Nodes => _nodeOrder.Select(id => _nodes[id]).ToArray();

    public IReadOnlyList<GraphEdge> Edges => _edgeOrder.Select(id => _edges[id]).ToArray();

    /// <summary>Adds a node, or replaces a placeholder added by <see cref="EnsureNode"/> with the full one.</summary>
    public void Node(string id, NodeKind kind, PropertyBag properties)
    {
        if (!_nodes.ContainsKey(id))
        {
            _nodeOrder.Add(id);
        }
        else if (_nodes[id].Kind == NodeKind.Cable && kind == NodeKind.Cable && id != CableId)
        {
            return;
        }

        _nodes[id] = Create(id, kind, properties);
    }

    /// <summary>Adds a minimal node for an edge endpoint the facts did not list as an entity; a full entry wins.</summary>
    public void EnsureNode(string id, NodeKind kind, PropertyBag properties)
    {
        if (!_nodes.ContainsKey(id))
        {
            _nodeOrder.Add(id);
            _nodes[id] = Create(id, kind, properties);
        }
    }

    /// <summary>A node's label is its <c>name</c> property, or its id when it has none (both stores derive it the same way).</summary>
    private static GraphNode Create(string id, NodeKind kind, PropertyBag properties)
    {
        var props = properties.ToDictionary();
        return new GraphNode(id, kind, props.TryGetValue(GraphProperty.Name, out var name) && name is string s ? s : id, props);
    }

    /// <summary>Gives an entity the cable's MENTIONS edge if it has none yet (it is mentioned by being a participant, a topic, …).</summary>
    public void EnsureMentioned(string id)
    {
        var edgeId = GraphEdge.IdFor(RelationshipType.Mentions, CableId, id);
        if (!_edges.ContainsKey(edgeId))
        {
            Edge(RelationshipType.Mentions, CableId, id, new PropertyBag().Set(GraphProperty.Cable, CableId).Set(GraphProperty.Count, 1L));
        }
    }

    /// <summary>Adds an edge; the first one added for a (type, source, target) wins.</summary>
    public void Edge(string type, string source, string target, PropertyBag properties)
    {
        var id = GraphEdge.IdFor(type, source, target);
        if (_edges.ContainsKey(id))
        {
            return;
        }

        _edgeOrder.Add(id);
        _edges[id] = new GraphEdge(id, type, source, target, properties.ToDictionary());
    }
}
