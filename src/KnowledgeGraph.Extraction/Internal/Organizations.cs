using KnowledgeGraph.Extraction.Gazetteer;

namespace KnowledgeGraph.Extraction;

/// <summary>The one place that decides organization ids: host-government bodies get the country prefix (org:jp-mofa).</summary>
internal static class Organizations
{
    public static string? IdOf(OrganizationEntry org, string? hostCountry)
    {
        if (org.IsHostGovernment)
        {
            return hostCountry is null ? null : $"org:{hostCountry.ToLowerInvariant()}-{org.Key}";
        }

        return "org:" + org.Key;
    }
}
