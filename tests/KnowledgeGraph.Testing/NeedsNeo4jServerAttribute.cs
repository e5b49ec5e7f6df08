namespace KnowledgeGraph.Testing;

/// <summary>Marks a test class whose <see cref="StoreFactAttribute"/> facts use the Neo4j test server.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class NeedsNeo4jServerAttribute : Attribute;
