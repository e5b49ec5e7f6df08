namespace KnowledgeGraph.Extraction.Pipeline;

/// <summary>One step of the pipeline: reads and annotates the shared <see cref="CableDocument"/>.</summary>
internal interface IExtractionStage
{
    void Run(CableDocument document);
}
