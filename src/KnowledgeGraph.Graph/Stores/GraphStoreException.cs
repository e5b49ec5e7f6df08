namespace KnowledgeGraph.Graph.Stores;

/// <summary>A store failure with a message fit for the user (no stack trace, no Cypher, no SQL).</summary>
public sealed class GraphStoreException(string message, Exception? inner = null) : Exception(message, inner);
