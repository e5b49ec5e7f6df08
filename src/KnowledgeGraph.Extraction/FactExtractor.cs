using KnowledgeGraph.Cables.Model;
using KnowledgeGraph.Extraction.Model;

namespace KnowledgeGraph.Extraction;

/// <summary>
/// The extraction pipeline: tokenizer → lexicons → persons/countries/organizations/topics → coreference →
/// meetings → resolution. Thread-safe; lexicons load once.
/// </summary>
public sealed class FactExtractor
{
    public static FactExtractor Default { get; } = new();

    public CableFacts Extract(ParsedCable cable) => throw new NotImplementedException("extraction: issue 3");
}
