using KnowledgeGraph.Cables.Model;
using KnowledgeGraph.Extraction.Gazetteer;
using KnowledgeGraph.Extraction.Model;
using KnowledgeGraph.Extraction.Pipeline;

namespace KnowledgeGraph.Extraction;

/// <summary>
/// The extraction pipeline: tokenizer → gazetteer (countries, organizations, titles, topics, meeting words) →
/// dates → groups → persons → coreference and resolution → meetings → facts. Thread-safe and deterministic:
/// lexicons load once and are read-only, each call works on its own document, and ids depend only on the cable
/// and the <see cref="NameRegistry"/> contents.
/// </summary>
public sealed class FactExtractor
{
    private readonly NameRegistry _registry;
    private readonly IExtractionStage[] _personStages;
    private readonly IExtractionStage[] _stages;

    /// <summary>An extractor whose registry holds only the built-in public figures: every cable is read on its own.</summary>
    public static FactExtractor Default { get; } = new();

    public FactExtractor()
        : this(new NameRegistry())
    {
    }

    /// <param name="registry">Names learned from other cables (see <see cref="NameRegistry.Learn"/>), shared and thread-safe.</param>
    public FactExtractor(NameRegistry registry)
    {
        _registry = registry;
        // Persons are final once resolved: the learn pass (NameRegistry.LearnFrom) stops there.
        _personStages =
        [
            new PostLocator(),
            new GazetteerTagger(),
            new DateTagger(),
            new GroupTagger(),
            new PersonRecognizer(),
            new PersonResolver(),
        ];
        _stages = [.. _personStages, new MeetingExtractor()];
    }

    public NameRegistry Registry => _registry;

    /// <summary>True when the cable body is written in capitals (capitalization is then no cue for names).</summary>
    public static bool IsAllCaps(ParsedCable cable) => CableDocument.IsAllCaps(cable?.Body ?? "");

    public CableFacts Extract(ParsedCable cable) => FactAssembler.Assemble(Run(cable, _stages));

    /// <summary>Only the persons of <see cref="Extract"/> (the same list), without meetings, topics or the rest.</summary>
    public IReadOnlyList<PersonEntity> ExtractPersons(ParsedCable cable) => FactAssembler.Persons(Run(cable, _personStages));

    private CableDocument Run(ParsedCable cable, IExtractionStage[] stages)
    {
        ArgumentNullException.ThrowIfNull(cable);
        var document = new CableDocument(cable, Lexicon.Instance, _registry);
        if (document.Text.Length == 0)
        {
            document.Warnings.Add($"{cable.Id}: the cable has no body text; only its header facts were extracted.");
        }

        foreach (var stage in stages)
        {
            stage.Run(document);
        }

        return document;
    }
}
