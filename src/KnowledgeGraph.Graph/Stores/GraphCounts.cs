namespace KnowledgeGraph.Graph.Stores;

/// <summary>Counts by node label and relationship type; serialized as <c>{"nodes": {…}, "relationships": {…}}</c>.</summary>
public sealed record GraphCounts(IReadOnlyDictionary<string, long> Nodes, IReadOnlyDictionary<string, long> Relationships);
