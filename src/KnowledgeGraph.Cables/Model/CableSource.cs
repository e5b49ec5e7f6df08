namespace KnowledgeGraph.Cables.Model;

/// <summary>Where a cable came from: its format, the file, and its place inside that file.</summary>
/// <param name="Format">The detected input format.</param>
/// <param name="Name">File path, or <c>-</c> for standard input.</param>
/// <param name="Record">1-based record number inside a multi-cable file (cables.csv), else null.</param>
public sealed record CableSource(CableFormat Format, string Name, int? Record = null)
{
    public override string ToString() => Record is { } r ? $"{Name} (record {r})" : Name;
}

public enum CableFormat
{
    Text,
    WikiLeaksHtml,
    CablesCsv,
}
