namespace KnowledgeGraph.Graph.Model;

/// <summary>
/// A node as both stores hold it. <paramref name="Label"/> is the display name (a person's name, a cable's id).
/// Property values are restricted to what Neo4j 3.1 can store: string, long, double, bool and
/// lists of string or long. Dates are ISO strings (<c>2007-10-23</c>), which sort correctly.
/// Property names per kind are listed in <see cref="GraphProperty"/>.
/// </summary>
public sealed record GraphNode(string Id, NodeKind Kind, string Label, IReadOnlyDictionary<string, object?> Properties)
{
    public T? Get<T>(string property) => Properties.TryGetValue(property, out var v) && v is T t ? t : default;
}
