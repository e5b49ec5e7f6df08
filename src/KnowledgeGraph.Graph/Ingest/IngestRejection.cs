namespace KnowledgeGraph.Graph.Ingest;

/// <summary>An input that could not be ingested: where it came from and a one-line reason.</summary>
public sealed record IngestRejection(string Source, string Message);
