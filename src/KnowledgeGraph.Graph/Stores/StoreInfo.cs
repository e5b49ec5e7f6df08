namespace KnowledgeGraph.Graph.Stores;

/// <param name="Kind"><c>sqlite</c> or <c>neo4j</c>.</param>
/// <param name="Version">SQLite library version, or the Neo4j server version and edition.</param>
/// <param name="Location">File path or server URL (never with a password).</param>
public sealed record StoreInfo(string Kind, string Version, string Location);
