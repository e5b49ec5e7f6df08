namespace KnowledgeGraph.Graph.Model;

/// <summary>Node labels of the graph. The enum name is the label in both stores.</summary>
public enum NodeKind
{
    Cable,
    Person,
    Country,
    Organization,
    Topic,
    Meeting,
    Post,
}
