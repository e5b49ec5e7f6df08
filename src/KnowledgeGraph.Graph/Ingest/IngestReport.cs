namespace KnowledgeGraph.Graph.Ingest;

/// <summary>What an ingest run did.</summary>
/// <param name="Read">Inputs read: parsed cables plus inputs the reader rejected.</param>
/// <param name="Rejected">Inputs the reader rejected plus cables extraction failed on.</param>
/// <param name="New">Cables stored for the first time.</param>
/// <param name="Updated">Cables whose content changed: their facts were replaced.</param>
/// <param name="Unchanged">Cables already stored with the same content hash: skipped.</param>
/// <param name="Nodes">Nodes written (created or replaced).</param>
/// <param name="Relationships">Relationships written, derived MET edges included.</param>
/// <param name="Interrupted">True when the run stopped early (cancelled, or the store failed); everything counted was committed.</param>
/// <param name="Error">The store's message when a store failure stopped the run, else null.</param>
/// <param name="Rejections">The first rejections, for the report (all are counted in <see cref="Rejected"/>).</param>
public sealed record IngestReport(
    long Read,
    long Rejected,
    long New,
    long Updated,
    long Unchanged,
    long Nodes,
    long Relationships,
    TimeSpan Elapsed,
    bool Interrupted,
    string? Error,
    IReadOnlyList<IngestRejection> Rejections)
{
    public long Written => New + Updated;
}
