namespace KnowledgeGraph.Extraction.Model;

/// <summary>A ministry, party, agency or international body (<c>org:jp-mofa</c>, <c>org:nato</c>).</summary>
public sealed record OrganizationEntity(
    string Id,
    string Name,
    string? Acronym,
    string? Country,
    double Confidence,
    IReadOnlyList<Mention> Mentions);
