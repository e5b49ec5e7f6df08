namespace KnowledgeGraph.Graph.Ingest;

/// <param name="Parallelism">Cables extracted at once; 0 means one per processor.</param>
/// <param name="BatchSize">Cables written per store transaction (each cable stays atomic on its own).</param>
public sealed record IngestOptions(int Parallelism = 0, int BatchSize = 250)
{
    public int EffectiveParallelism => Parallelism > 0 ? Parallelism : Environment.ProcessorCount;
}
