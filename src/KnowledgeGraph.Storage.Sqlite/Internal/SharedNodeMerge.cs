using KnowledgeGraph.Graph.Model;

namespace KnowledgeGraph.Storage.Sqlite.Internal;

/// <summary>
/// One shared node (Person, Country, Organization, Topic, Post) as the cables of a batch merge into it:
/// read from the store once, merged in memory cable after cable (the newest value wins, aliases are united in
/// first-seen order), written once when the batch flushes, and only if its properties changed.
/// </summary>
internal sealed class SharedNodeMerge(string id, NodeKind kind, string? storedJson)
{
    private readonly Dictionary<string, object?> _merged = storedJson is null ? new(StringComparer.Ordinal) : PropertyJson.Read(storedJson);

    public string Id { get; } = id;

    public NodeKind Kind { get; private set; } = kind;

    public string? StoredJson { get; } = storedJson;

    /// <summary>Cables of this batch that newly contribute the node (its <c>mentionCount</c> grows by as many).</summary>
    public int NewSources { get; set; }

    public IReadOnlyDictionary<string, object?> Properties => _merged;

    public void Apply(GraphNode node)
    {
        Kind = node.Kind;
        foreach (var (key, value) in node.Properties)
        {
            if (key == GraphProperty.MentionCount || value is null)
            {
                continue;
            }

            if (key == GraphProperty.Aliases && _merged.TryGetValue(key, out var old) && old is string[] oldAliases && value is IEnumerable<string> newAliases)
            {
                _merged[key] = oldAliases.Concat(newAliases.Where(a => !oldAliases.Contains(a, StringComparer.Ordinal))).ToArray();
            }
            else
            {
                _merged[key] = value;
            }
        }
    }
}
