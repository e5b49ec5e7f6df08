using System.Text.RegularExpressions;
using KnowledgeGraph.Cables.Internal;

namespace KnowledgeGraph.Cables.Formats;

/// <summary>A plain-text cable: the routing header (<c>VZCZC…</c> to the last addressee) is split from the content.</summary>
internal static partial class PlainTextFormat
{
    public static CableDocument Read(string text, string? fileStem)
    {
        var normalized = TextLines.Normalize(text);
        var lines = normalized.Split('\n');
        var headerEnd = HeaderEnd(lines);
        var header = string.Join('\n', lines, 0, headerEnd);
        var content = string.Join('\n', lines, headerEnd, lines.Length - headerEnd);
        return new CableDocument(header, content) { FileStem = fileStem };
    }

    private static int HeaderEnd(string[] lines)
    {
        var limit = Math.Min(lines.Length, 400);
        for (var i = 0; i < limit; i++)
        {
            if (FromLine().IsMatch(lines[i]))
            {
                for (var j = i + 1; j < lines.Length; j++)
                {
                    if (lines[j].Trim().Length == 0 || Banner().IsMatch(lines[j]))
                    {
                        return j;
                    }
                }

                return lines.Length;
            }

            if (Banner().IsMatch(lines[i]))
            {
                return i;
            }
        }

        return 0;
    }

    [GeneratedRegex(@"^\s*FM\s+\S", RegexOptions.CultureInvariant)]
    private static partial Regex FromLine();

    [GeneratedRegex(@"^\s*(?:C O N F I D E N T I A L|S E C R E T|U N C L A S|UNCLAS\b|UNCLASSIFIED\b|CONFIDENTIAL\b|SECRET\b|LIMITED OFFICIAL USE)", RegexOptions.CultureInvariant)]
    private static partial Regex Banner();
}
