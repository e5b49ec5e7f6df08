namespace KnowledgeGraph.Graph.Model;

/// <summary>A relationship. <paramref name="Id"/> is deterministic (<c>{Type}:{Source}->{Target}</c>, plus a discriminator where the same pair can be related twice).</summary>
public sealed record GraphEdge(string Id, string Type, string Source, string Target, IReadOnlyDictionary<string, object?> Properties)
{
    public T? Get<T>(string property) => Properties.TryGetValue(property, out var v) && v is T t ? t : default;
}
