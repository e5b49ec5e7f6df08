namespace KnowledgeGraph.Cables.Internal;

/// <summary>
/// A cable as a format reader hands it over, before parsing: the routing header text, the content text
/// (classification banner onwards), and whatever metadata the container carried (page table, CSV columns).
/// Text is already decoded (HTML entities, tags) and has <c>\n</c> line endings.
/// </summary>
internal sealed record CableDocument(string Header, string Content)
{
    public string? ReferenceId { get; init; }
    public DateTimeOffset? Created { get; init; }
    public DateTimeOffset? Released { get; init; }
    public string? Classification { get; init; }
    public string? Origin { get; init; }
    public bool IsPartial { get; init; }

    /// <summary>Comma-separated references from the cables.csv column, if any.</summary>
    public string? ReferenceList { get; init; }

    /// <summary>File name without extension, a last resort for the id.</summary>
    public string? FileStem { get; init; }
}
