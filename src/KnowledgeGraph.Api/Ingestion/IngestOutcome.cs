using KnowledgeGraph.Graph.Stores;

namespace KnowledgeGraph.Api.Ingestion;

internal enum IngestStatus
{
    New,
    Updated,
    Unchanged,
}

internal sealed record IngestedCable(string Id, IngestStatus Status);

/// <summary>What one <c>ingestCable</c> call did.</summary>
internal sealed record IngestOutcome(IReadOnlyList<IngestedCable> Cables, IReadOnlyList<string> Rejected, WriteSummary Written);
