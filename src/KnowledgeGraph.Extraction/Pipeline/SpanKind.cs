namespace KnowledgeGraph.Extraction.Pipeline;

internal enum SpanKind : byte
{
    None,
    Country,
    Organization,
    Title,
    Person,
    Group,
}
