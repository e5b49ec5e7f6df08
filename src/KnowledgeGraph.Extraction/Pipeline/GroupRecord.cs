namespace KnowledgeGraph.Extraction.Pipeline;

/// <summary>An unnamed party ("Embassy Tokyo", "Poloffs", "MOFA officials") tied to its organization.</summary>
internal sealed record GroupRecord(string OrganizationId, string Name, string? Country);
