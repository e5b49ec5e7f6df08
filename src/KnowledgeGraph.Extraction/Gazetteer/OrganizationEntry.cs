namespace KnowledgeGraph.Extraction.Gazetteer;

/// <summary>An organization of the lexicon. <paramref name="Country"/> is an ISO code, "host" (the government
/// hosting the cable's post: MOFA in a Tokyo cable is Japan's), or null for international bodies.</summary>
internal sealed record OrganizationEntry(string Key, string? Acronym, string Name, string? Country)
{
    public bool IsHostGovernment => Country == "host";
}
