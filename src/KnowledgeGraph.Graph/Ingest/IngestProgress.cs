namespace KnowledgeGraph.Graph.Ingest;

/// <summary>A snapshot of an ingest run: inputs read so far and what became of them.</summary>
/// <param name="Read">Inputs read (parsed cables and rejected inputs).</param>
/// <param name="Done">Inputs finished: written, found unchanged, or rejected.</param>
public sealed record IngestProgress(long Read, long Done, long Rejected, long New, long Updated, long Unchanged);
