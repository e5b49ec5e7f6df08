using KnowledgeGraph.Cables.Internal;
using KnowledgeGraph.Cables.Model;

namespace KnowledgeGraph.Cables.Parsing;

/// <summary>What a TAG is (cablemap's rules) and, for country tags, its ISO 3166-1 alpha-2 code.</summary>
internal static class TagCatalog
{
    private static readonly IReadOnlyDictionary<string, string> Countries = EmbeddedData.Map("tag-countries.tsv");
    private static readonly IReadOnlySet<string> SubjectTags = EmbeddedData.Set("subject-tags.txt");
    private static readonly IReadOnlySet<string> OrganizationTags = EmbeddedData.Set("organization-tags.txt");

    public static TagKind KindOf(string tag, TagKind unknown = TagKind.Unknown)
    {
        var t = tag.Trim();
        if (t.Length == 2)
        {
            return TagKind.Geo;
        }

        if (t.Contains(','))
        {
            return TagKind.Person;
        }

        if (t.Length == 4 && t[0] is 'K' or 'k')
        {
            return TagKind.Program;
        }

        if (SubjectTags.Contains(t))
        {
            return TagKind.Subject;
        }

        return OrganizationTags.Contains(t) ? TagKind.Organization : unknown;
    }

    public static string? CountryCode(string tag) => Countries.TryGetValue(tag.Trim(), out var iso) ? iso : null;

    /// <summary>A regional geographic tag (XA … XX): no ISO code, but a known TAGS code.</summary>
    public static bool IsRegionTag(string tag) => tag is ['X' or 'x', var c] && char.IsAsciiLetter(c);

    public static CableTag ToTag(string value)
    {
        var kind = KindOf(value);
        return new CableTag(value, kind, kind == TagKind.Geo ? CountryCode(value) : null);
    }
}
