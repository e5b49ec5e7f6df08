namespace KnowledgeGraph.Graph.Stores;

/// <summary>A window into an ordered result: <see cref="Offset"/> is the position of the first item.</summary>
public sealed record PageRequest(int First = 20, int Offset = 0);

public sealed record Page<T>(IReadOnlyList<T> Items, long TotalCount, int Offset)
{
    public bool HasNextPage => Offset + Items.Count < TotalCount;
}
