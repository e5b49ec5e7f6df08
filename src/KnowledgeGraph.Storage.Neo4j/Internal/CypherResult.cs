namespace KnowledgeGraph.Storage.Neo4j.Internal;

/// <summary>The rows one statement returned, values already converted by <see cref="JsonValues"/>.</summary>
internal sealed record CypherResult(IReadOnlyList<string> Columns, IReadOnlyList<object?[]> Rows)
{
    public static readonly CypherResult Empty = new([], []);

    public int Column(string name)
    {
        for (var i = 0; i < Columns.Count; i++)
        {
            if (Columns[i] == name)
            {
                return i;
            }
        }

        throw new InvalidOperationException($"Neo4j result has no column '{name}'.");
    }
}
