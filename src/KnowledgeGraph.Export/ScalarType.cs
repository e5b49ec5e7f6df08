namespace KnowledgeGraph.Export;

/// <summary>The value types a graph property can have (what Neo4j 3.1 stores), alone or as a list.</summary>
public enum ScalarType
{
    Boolean,
    Long,
    Double,
    String,
}
