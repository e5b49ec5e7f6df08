namespace KnowledgeGraph.Export;

/// <summary>
/// One property as the typed formats declare it: the property's name in the graph, the name it is exported
/// under (differs only when the name is one a format reserves, see <see cref="ExportSchema"/>), and its type.
/// </summary>
public sealed record PropertyColumn(string Property, string ExportName, ScalarType Type, bool IsList);
