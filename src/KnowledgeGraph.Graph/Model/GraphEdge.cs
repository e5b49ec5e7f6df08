namespace KnowledgeGraph.Graph.Model;

/// <summary>A relationship. <paramref name="Id"/> is deterministic (<c>{Type}:{Source}->{Target}</c>, plus a discriminator where the same pair can be related twice).</summary>
public sealed record GraphEdge(string Id, string Type, string Source, string Target, IReadOnlyDictionary<string, object?> Properties)
{
    /// <summary>The deterministic id of the relationship of <paramref name="type"/> from <paramref name="source"/> to <paramref name="target"/>.</summary>
    public static string IdFor(string type, string source, string target) => $"{type}:{source}->{target}";

    public T? Get<T>(string property) => Properties.TryGetValue(property, out var v) && v is T t ? t : default;
}
