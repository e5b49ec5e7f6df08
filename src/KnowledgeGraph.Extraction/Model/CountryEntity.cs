namespace KnowledgeGraph.Extraction.Model;

/// <summary>A country named in the cable (by name, demonym, capital-as-government, government abbreviation or TAGS).</summary>
/// <param name="Code">ISO 3166-1 alpha-2 code; the node id is <c>country:{Code}</c>.</param>
public sealed record CountryEntity(string Code, string Name, double Confidence, IReadOnlyList<Mention> Mentions, bool FromTags = false)
{
    public string Id => $"country:{Code}";
}
