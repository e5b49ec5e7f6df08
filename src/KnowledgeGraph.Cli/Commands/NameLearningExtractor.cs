using KnowledgeGraph.Cables.Model;
using KnowledgeGraph.Extraction;
using KnowledgeGraph.Extraction.Model;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>
/// Extracts with names learned across all the inputs (see <see cref="NameRegistry.LearnFrom"/>). The learn pass reads the
/// inputs once more, so it runs lazily, when the first cable actually needs extracting: a re-ingest of unchanged cables
/// never pays for it. Safe to call from the ingest pipeline's worker threads (they wait for the one learn pass).
/// </summary>
internal sealed class NameLearningExtractor
{
    private readonly Lazy<FactExtractor> extractor;

    public NameLearningExtractor(Func<IEnumerable<ParsedCable>> inputs, int parallelism, CancellationToken cancellationToken)
    {
        extractor = new Lazy<FactExtractor>(
            () =>
            {
                var registry = new NameRegistry();
                LearnedFrom = registry.LearnFrom(inputs(), parallelism, cancellationToken);
                KnownNames = registry.Count;
                return new FactExtractor(registry);
            },
            LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>Mixed-case cables the names were learned from; null while no cable has needed extracting.</summary>
    public int? LearnedFrom { get; private set; }

    public int KnownNames { get; private set; }

    public CableFacts Extract(ParsedCable cable) => extractor.Value.Extract(cable);

    /// <summary>
    /// Runs the learn pass now, before the pipeline starts: cheaper when every cable is new (an empty store), since then
    /// the pass cannot be skipped and running it up front keeps the pipeline's workers from waiting on it.
    /// </summary>
    public void LearnNow() => _ = extractor.Value;
}
