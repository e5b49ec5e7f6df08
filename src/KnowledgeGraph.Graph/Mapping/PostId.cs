using System.Text;

namespace KnowledgeGraph.Graph.Mapping;

/// <summary>
/// The one place that turns a cable's origin (<c>Embassy Tokyo</c>, <c>AMEMBASSY TOKYO</c>, <c>Consulate Chennai</c>)
/// into a Post node id (<c>post:tokyo</c>) and display name (<c>Embassy Tokyo</c>). The routing prefixes of the
/// telegram header and their prose forms name the same post, so both map to one id.
/// </summary>
public static class PostId
{
    private static readonly (string Prefix, string Kind)[] Prefixes =
    [
        ("AMEMBASSY ", "Embassy"),
        ("EMBASSY ", "Embassy"),
        ("AMCONSUL ", "Consulate"),
        ("AMCONSULATE ", "Consulate"),
        ("CONSULATE ", "Consulate"),
        ("US CONSULATE ", "Consulate"),
        ("USMISSION ", "Mission"),
        ("US MISSION ", "Mission"),
        ("USMISSION TO ", "Mission"),
        ("MISSION ", "Mission"),
        ("USOFFICE ", "Office"),
        ("AIT ", "AIT"),
    ];

    /// <summary>The post of an origin, or null when the origin is empty.</summary>
    public static (string Id, string Name)? FromOrigin(string? origin)
    {
        if (string.IsNullOrWhiteSpace(origin))
        {
            return null;
        }

        var text = string.Join(' ', origin.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        string? kind = null;
        foreach (var (prefix, k) in Prefixes.OrderByDescending(p => p.Prefix.Length))
        {
            if (text.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) && text.Length > prefix.Length)
            {
                kind = k;
                text = text[prefix.Length..];
                break;
            }
        }

        var slug = Slug(text);
        if (slug.Length == 0)
        {
            return null;
        }

        var place = TitleCase(text);
        return ($"post:{slug}", kind is null ? place : $"{kind} {place}");
    }

    private static string Slug(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text.ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                sb.Append(c);
            }
            else if (sb.Length > 0 && sb[^1] != '-')
            {
                sb.Append('-');
            }
        }

        return sb.ToString().Trim('-');
    }

    private static string TitleCase(string text)
    {
        // All-caps header forms (TOKYO, NEW YORK) read better as Tokyo, New York; mixed case is kept as written.
        if (text.Any(char.IsLower) && text.Any(char.IsUpper))
        {
            return text;
        }

        return string.Join(' ', text.Split(' ').Select(w => w.Length <= 1 ? w : char.ToUpperInvariant(w[0]) + w[1..].ToLowerInvariant()));
    }
}
