namespace KnowledgeGraph.Cables.Model;

/// <summary>A TAGS entry with its kind; country tags carry the ISO 3166-1 alpha-2 code (JA → JP).</summary>
public sealed record CableTag(string Value, TagKind Kind, string? CountryCode = null);

/// <summary>Kinds of TAGS, as cablemap names them.</summary>
public enum TagKind
{
    Unknown,
    /// <summary>Subject tag (PREL, PGOV, ENRG, …).</summary>
    Subject,
    /// <summary>Program tag (K-tags such as KNNP, KDEM).</summary>
    Program,
    /// <summary>Country or region (JA, RS, XG, …).</summary>
    Geo,
    /// <summary>Organization (NATO, UN, IAEA, …).</summary>
    Organization,
    /// <summary>A person's name used as a tag.</summary>
    Person,
}
