using System.Text;
using System.Text.RegularExpressions;
using KnowledgeGraph.Cables.Internal;

namespace KnowledgeGraph.Cables.Parsing;

/// <summary>
/// Title-cases a subject while keeping acronyms (cablemap's <c>titlefy</c>): small words stay lower case unless first
/// or after a word ending in <c>:</c> or <c>-</c>; acronyms (<c>Data/acronyms.txt</c>) and <c>XXXX</c> redactions stay
/// upper case; apostrophe suffixes are lower case (<c>Germany's</c>); mixed-case words (<c>DoD</c>) are kept.
/// </summary>
internal static partial class Titlefier
{
    private static readonly IReadOnlySet<string> Acronyms = EmbeddedData.Set("acronyms.txt");
    private static readonly HashSet<string> SmallWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "and", "as", "at", "but", "by", "en", "for", "if", "in", "of", "on", "or", "the", "to", "v.", "via", "vs.",
    };

    public static string Titlefy(string subject)
    {
        var words = subject.Trim().Split(' ');
        var result = new StringBuilder(subject.Length);
        var capitalizeNext = true;
        for (var i = 0; i < words.Length; i++)
        {
            var word = words[i];
            if (i > 0)
            {
                result.Append(' ');
            }

            result.Append(Word(word, capitalizeNext));
            capitalizeNext = word.EndsWith(':') || word.EndsWith('-') || word.Length == 0;
        }

        return result.ToString();
    }

    private static string Word(string word, bool first)
    {
        var m = WordParts().Match(word);
        if (!m.Success || m.Groups["core"].Length == 0)
        {
            return word;
        }

        var lead = m.Groups["lead"].Value;
        var core = m.Groups["core"].Value;
        var tail = m.Groups["tail"].Value;
        if (!first && lead.Length == 0 && SmallWords.Contains(core + (tail.StartsWith('.') ? "." : "")) && !Acronyms.Contains(core))
        {
            return core.ToLowerInvariant() + tail;
        }

        // Parts joined by - or / are cased one by one (DUAL-USE, TFTP/SWIFT, U.S.-UK).
        var parts = Separators().Split(core);
        var builder = new StringBuilder(lead);
        foreach (var part in parts)
        {
            builder.Append(part is "-" or "/" or "--" ? part : Part(part));
        }

        return builder.Append(tail).ToString();
    }

    private static string Part(string part)
    {
        if (part.Length == 0)
        {
            return part;
        }

        var apostrophe = part.IndexOfAny(['\'', '\u2019']);
        var stem = apostrophe > 0 ? part[..apostrophe] : part;
        var suffix = apostrophe > 0 ? part[apostrophe..] : "";
        if (stem.Length == 1 && suffix.Length > 1)
        {
            // D'IVOIRE → D'Ivoire
            return char.ToUpperInvariant(stem[0]) + suffix[..1] + Capitalize(suffix[1..]);
        }

        return Stem(stem) + suffix.ToLowerInvariant();
    }

    private static string Stem(string stem)
    {
        if (Acronyms.Contains(stem) || Redaction().IsMatch(stem))
        {
            return stem.ToUpperInvariant();
        }

        if (HasInnerUpper(stem))
        {
            return stem; // DoD, Ex-IM as written
        }

        if (Ordinal().IsMatch(stem))
        {
            return stem.ToLowerInvariant();
        }

        return Capitalize(stem);
    }

    private static string Capitalize(string s)
        => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..].ToLowerInvariant();

    private static bool HasInnerUpper(string s)
    {
        var lower = false;
        var innerUpper = false;
        for (var i = 0; i < s.Length; i++)
        {
            lower |= char.IsLower(s[i]);
            innerUpper |= i > 0 && char.IsUpper(s[i]);
        }

        return lower && innerUpper;
    }

    [GeneratedRegex(@"^(?<lead>[""'(\[\u201C]*)(?<core>.*?)(?<tail>[""'),.:;!?\]\u201D]*)$", RegexOptions.CultureInvariant)]
    private static partial Regex WordParts();

    [GeneratedRegex(@"(--|-|/)", RegexOptions.CultureInvariant)]
    private static partial Regex Separators();

    [GeneratedRegex(@"^[xX]{3,}$", RegexOptions.CultureInvariant)]
    private static partial Regex Redaction();

    [GeneratedRegex(@"^\d+(?:st|nd|rd|th)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Ordinal();
}
