namespace KnowledgeGraph.Graph.Stores;

/// <summary>What a write did: cables written, and nodes/relationships created or updated.</summary>
public sealed record WriteSummary(int Cables, int Nodes, int Relationships)
{
    public static readonly WriteSummary None = new(0, 0, 0);
    public WriteSummary Add(WriteSummary other) => new(Cables + other.Cables, Nodes + other.Nodes, Relationships + other.Relationships);
}
