using KnowledgeGraph.Extraction.Model;

namespace KnowledgeGraph.Extraction.Pipeline;

/// <summary>A person being assembled inside one cable: every name form and mention seen, the best title and country.</summary>
internal sealed class PersonRecord
{
    /// <summary>Name tokens as written, e.g. ["Sergei", "Lavrov"] (in display case).</summary>
    public List<string> NameParts { get; set; } = [];
    public string? Title { get; set; }
    public string? Country { get; set; }
    /// <summary>How sure we are of <see cref="Country"/>: 3 explicit, 2 organization/registry, 1 default.</summary>
    public int CountryStrength { get; set; }
    public HashSet<string> OrganizationIds { get; } = new(StringComparer.Ordinal);
    public SortedSet<string> Aliases { get; } = new(StringComparer.Ordinal);
    public List<Mention> Mentions { get; } = [];
    public double Confidence { get; set; }
    public int FirstSeen { get; set; }

    public string Surname => NameParts[^1];
    public bool HasFullName => NameParts.Count(p => p.Length > 2 || !p.EndsWith('.')) >= 2;
    public string DisplayName => string.Join(' ', NameParts);
    public string Id { get; set; } = "";
    /// <summary>Holds a government title whose country the context did not give (defaults to the host country).</summary>
    public bool GovernmentTitle { get; set; }
    public bool ClassifiedBy { get; set; }
    public bool Signer { get; set; }
}
