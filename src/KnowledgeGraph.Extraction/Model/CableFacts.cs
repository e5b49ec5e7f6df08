using KnowledgeGraph.Cables.Model;

namespace KnowledgeGraph.Extraction.Model;

/// <summary>
/// Everything the extraction pipeline found in one cable, with provenance. This is the hand-off
/// from extraction to the graph: the graph stage maps it to nodes and relationships and nothing else.
/// </summary>
public sealed record CableFacts
{
    public required ParsedCable Cable { get; init; }
    public IReadOnlyList<PersonEntity> Persons { get; init; } = [];
    public IReadOnlyList<CountryEntity> Countries { get; init; } = [];
    public IReadOnlyList<OrganizationEntity> Organizations { get; init; } = [];
    public IReadOnlyList<TopicEntity> Topics { get; init; } = [];
    public IReadOnlyList<Meeting> Meetings { get; init; } = [];

    /// <summary>Problems the extractor met (the cable still yields its parsed header).</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];
}
