namespace KnowledgeGraph.Extraction.Gazetteer;

/// <summary>A topic of the stable vocabulary; the node id is <c>topic:{Key}</c>.</summary>
internal sealed record TopicEntry(string Key, string Name)
{
    public string Id => "topic:" + Key;
}
