using System.Text.RegularExpressions;

namespace KnowledgeGraph.Cables.Parsing;

/// <summary>The TAGS line: tags in order, upper case, duplicates dropped.</summary>
internal static partial class TagParser
{
    public static IReadOnlyList<string> Parse(string content, bool canonicalize = true)
    {
        var m = TagsKey().Match(content);
        if (!m.Success)
        {
            return [];
        }

        var rest = content[(m.Index + m.Length)..];
        var end = TagsEnd().Match(rest);
        var text = end.Success ? rest[..end.Index] : rest;
        var result = new List<string>();
        foreach (var raw in Separator().Split(text))
        {
            var tag = raw.Trim().ToUpperInvariant();
            if (tag.Length > 0 && !result.Contains(tag))
            {
                result.Add(tag);
            }
        }

        return result;
    }

    [GeneratedRegex(@"(?:^|\s)(?:TAGS?|TAS|TABS|TGS|TAGES|AGS)\s*[:;,]?\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TagsKey();

    [GeneratedRegex(@"\n|\s(?:SUBJ(?:ECT)?\s*:|E\.O\.)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TagsEnd();

    [GeneratedRegex(@"[\s,]+", RegexOptions.CultureInvariant)]
    private static partial Regex Separator();
}
