using KnowledgeGraph.Cables;
using KnowledgeGraph.Cables.Model;
using KnowledgeGraph.Extraction;
using KnowledgeGraph.Graph.Mapping;
using KnowledgeGraph.Graph.Model;
using KnowledgeGraph.Graph.Stores;

namespace KnowledgeGraph.Api.Ingestion;

/// <summary>
/// The <c>ingestCable</c> mutation's work: the real pipeline (reader → extractor → graph builder → store) on
/// text posted to the API. A cable whose content hash is already stored is left alone, so posting twice changes nothing.
/// </summary>
internal sealed class CableIngestion(IGraphStore store)
{
    public async Task<IngestOutcome> IngestAsync(string text, CableFormat? format, CancellationToken cancellationToken)
    {
        var graphs = new List<CableGraph>();
        var rejected = new List<string>();
        foreach (var result in new CableReader().Parse(text, "api", format))
        {
            switch (result)
            {
                case CableParsed parsed:
                    graphs.Add(CableGraphBuilder.Default.Build(FactExtractor.Default.Extract(parsed.Cable)));
                    break;
                case CableRejected rejection:
                    rejected.Add(rejection.Message);
                    break;
            }
        }

        var stored = graphs.Count == 0
            ? new Dictionary<string, string>()
            : await store.GetContentHashesAsync(graphs.Select(g => g.CableId).ToList(), cancellationToken);
        var cables = graphs.Select(g => new IngestedCable(
                g.CableId,
                !stored.TryGetValue(g.CableId, out var hash) ? IngestStatus.New : hash == g.ContentHash ? IngestStatus.Unchanged : IngestStatus.Updated))
            .ToList();
        var changed = graphs.Where(g => !stored.TryGetValue(g.CableId, out var hash) || hash != g.ContentHash).ToList();
        var written = changed.Count == 0 ? WriteSummary.None : await store.WriteCablesAsync(changed, cancellationToken);
        return new IngestOutcome(cables, rejected, written);
    }
}
