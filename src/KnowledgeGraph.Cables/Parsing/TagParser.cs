using System.Text.RegularExpressions;
using KnowledgeGraph.Cables.Internal;

namespace KnowledgeGraph.Cables.Parsing;

/// <summary>
/// The TAGS line: tags in order, upper case, duplicates dropped. The line may continue on the next lines
/// (after a trailing comma, or when the next line holds nothing but tags). When canonicalizing, tags glued
/// together are split (<c>ETRDEINVECINPGOVCS</c>), known typos corrected, and multi-word and person tags
/// (<c>HUMAN RIGHTS</c>, <c>CLINTON, HILLARY</c>) kept whole.
/// </summary>
internal static partial class TagParser
{
    private const int MaxContinuationLines = 3;

    private static readonly IReadOnlyDictionary<string, string> Corrections = EmbeddedData.Map("tag-corrections.tsv");
    private static readonly string[][] Phrases = EmbeddedData.Lines("tag-phrases.txt")
        .Select(l => l.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries))
        .Concat(Corrections.Keys.Where(k => k.Contains(' ', StringComparison.Ordinal)).Select(k => k.Split(' ')))
        .OrderByDescending(p => p.Length)
        .ToArray();

    private static readonly HashSet<string> PhraseWords = Phrases.SelectMany(p => p).Where(w => w != "*").ToHashSet(StringComparer.Ordinal);

    public static IReadOnlyList<string> Parse(string content, bool canonicalize = true)
    {
        var m = TagsKey().Match(content);
        if (!m.Success)
        {
            return [];
        }

        var lines = FirstLines(content, m.Index + m.Length, MaxContinuationLines + 1);
        var text = CutLine(lines[0]);
        for (var i = 1; i < lines.Length && i <= MaxContinuationLines && !LineEnds(lines[i - 1]); i++)
        {
            var next = CutLine(lines[i]);
            if (text.TrimEnd().EndsWith(',') ? next.Trim().Length == 0 : !IsTagLine(next))
            {
                break;
            }

            text += " " + next;
        }

        var raw = Tokens(text);
        if (!canonicalize)
        {
            return raw;
        }

        var result = new List<string>();
        foreach (var tag in MergePhrases(raw.SelectMany(Expand).ToList()))
        {
            if (tag != "SIPDIS" && !result.Contains(tag))
            {
                result.Add(tag);
            }
        }

        return result;
    }

    /// <summary>The first <paramref name="count"/> lines from <paramref name="start"/> on, as <c>Split('\n')</c> would cut them (all that is read).</summary>
    private static string[] FirstLines(string content, int start, int count)
    {
        var lines = new List<string>(count);
        while (lines.Count < count)
        {
            var newline = content.IndexOf('\n', start);
            if (newline < 0)
            {
                lines.Add(content[start..]);
                break;
            }

            lines.Add(content[start..newline]);
            start = newline + 1;
        }

        return [.. lines];
    }

    /// <summary>The part of a line that can hold tags: up to a SUBJECT or E.O. key, a page-break banner, or a wide gap.</summary>
    private static string CutLine(string line)
    {
        var end = LineCut().Match(line);
        return end.Success ? line[..end.Index] : line;
    }

    /// <summary>True when the line was cut short (a SUBJECT key or banner follows on it), so nothing continues after it.</summary>
    private static bool LineEnds(string line) => LineCut().IsMatch(line);

    /// <summary>A continuation line holds only known tags (or words of a multi-word tag), in upper case.</summary>
    private static bool IsTagLine(string line)
    {
        var tokens = Tokens(line);
        return tokens.Count > 0
            && line.Trim().All(c => !char.IsLower(c))
            && tokens.All(t => TagCatalog.KindOf(t) != Model.TagKind.Unknown || PhraseWords.Contains(t) || Corrections.ContainsKey(t));
    }

    private static List<string> Tokens(string text)
    {
        var tokens = new List<string>();
        foreach (Match t in Token().Matches(text))
        {
            var value = t.Value.Trim('(', ')', ' ').ToUpperInvariant();
            if (value.Length > 0 && value.AsSpan().ContainsAnyExceptInRange('0', '9'))
            {
                tokens.Add(TextLines.Squash(value));
            }
        }

        return tokens;
    }

    /// <summary>A single token corrected (<c>MOPPS</c> → <c>MOPS</c>) or split when it is several known tags glued together.</summary>
    private static IEnumerable<string> Expand(string token)
    {
        if (Corrections.TryGetValue(token, out var corrected))
        {
            return corrected.Split('|');
        }

        return TagCatalog.KindOf(token) == Model.TagKind.Unknown && SplitGlued(token) is { } parts ? parts : [token];
    }

    /// <summary>
    /// Splits a run of letters into known tags (4-letter subject/program tags, organizations, 2-letter country
    /// tags), fewest pieces first; only when most pieces are longer than a country code, so that ordinary
    /// words (PAKISTAN = PA+KI+ST+AN) stay whole.
    /// </summary>
    private static List<string>? SplitGlued(string token)
    {
        if (token.Length < 6 || !token.All(char.IsAsciiLetterUpper))
        {
            return null;
        }

        var best = new List<string>?[token.Length + 1];
        best[0] = [];
        for (var end = 1; end <= token.Length; end++)
        {
            for (var start = Math.Max(0, end - 8); start < end; start++)
            {
                if (best[start] is not { } prefix)
                {
                    continue;
                }

                var piece = token[start..end];
                if (IsKnownPiece(piece) && (best[end] is null || best[end]!.Count > prefix.Count + 1))
                {
                    best[end] = [.. prefix, piece];
                }
            }
        }

        var parts = best[token.Length];
        return parts is { Count: > 1 } && parts.Count(p => p.Length > 2) * 2 >= parts.Count ? parts : null;
    }

    private static bool IsKnownPiece(string piece)
        => piece.Length == 2 ? TagCatalog.CountryCode(piece) is not null || TagCatalog.IsRegionTag(piece)
            : piece.Length >= 4 && TagCatalog.KindOf(piece) is Model.TagKind.Subject or Model.TagKind.Program or Model.TagKind.Organization;

    /// <summary>Joins the words of multi-word tags (longest phrase first) and applies the phrase corrections (person tags).</summary>
    private static IEnumerable<string> MergePhrases(List<string> tokens)
    {
        for (var i = 0; i < tokens.Count;)
        {
            var length = PhraseLengthAt(tokens, i);
            var tag = length == 1 ? tokens[i] : string.Join(' ', tokens.Skip(i).Take(length));
            i += length;
            foreach (var t in Corrections.TryGetValue(tag, out var corrected) ? corrected.Split('|') : [tag])
            {
                yield return t;
            }
        }
    }

    /// <summary>The length of the first (longest) phrase matching at <paramref name="at"/>, or 1: a plain loop, as this runs per token.</summary>
    private static int PhraseLengthAt(List<string> tokens, int at)
    {
        foreach (var phrase in Phrases)
        {
            if (Matches(phrase, tokens, at))
            {
                return phrase.Length;
            }
        }

        return 1;
    }

    private static bool Matches(string[] phrase, List<string> tokens, int at)
    {
        if (at + phrase.Length > tokens.Count)
        {
            return false;
        }

        for (var k = 0; k < phrase.Length; k++)
        {
            var token = tokens[at + k];
            var ok = phrase[k] == "*"
                ? token.Length > 2 && !token.Contains(',', StringComparison.Ordinal)
                : phrase[k] == token;
            if (!ok)
            {
                return false;
            }
        }

        return true;
    }

    [GeneratedRegex(@"(?:^|\s)(?:TAGS?|TAS|TABS|TGS|TAGES|AGS)\s*[:;,]?\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TagsKey();

    [GeneratedRegex(@"(?:^|\s)(?i:SUBJ(?:ECT)?\s*:|E\.\s?O\.)|[,\s]+(?:UNCLASSIFIED|SECRET|CONFIDENTIAL|PAGE\s+\d)\b|\s{5,}\S", RegexOptions.CultureInvariant)]
    private static partial Regex LineCut();

    [GeneratedRegex(@"\([^)]*\)|[A-Za-z0-9_][A-Za-z0-9_/-]*", RegexOptions.CultureInvariant)]
    private static partial Regex Token();
}
