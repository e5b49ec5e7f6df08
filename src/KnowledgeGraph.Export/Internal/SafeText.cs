using System.Text;

namespace KnowledgeGraph.Export.Internal;

/// <summary>
/// Text that every writer can encode: lone surrogates (which no UTF encoding can carry) become U+FFFD, and for XML
/// also the characters XML 1.0 forbids (control characters other than tab, newline and carriage return, U+FFFE,
/// U+FFFF). Everything else, quotes, newlines, <c>&lt;</c>, <c>&amp;</c>, non-ASCII, is left to each format's escaping.
/// </summary>
internal static class SafeText
{
    private const char Replacement = '\uFFFD';

    public static string ForUnicode(string text) => Clean(text, xml: false);

    public static string ForXml(string text) => Clean(text, xml: true);

    private static string Clean(string text, bool xml)
    {
        var firstBad = FirstBad(text, xml);
        if (firstBad < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        builder.Append(text, 0, firstBad);
        for (var i = firstBad; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[++i]);
            }
            else
            {
                builder.Append(IsBad(c, xml) ? Replacement : c);
            }
        }

        return builder.ToString();
    }

    private static int FirstBad(string text, bool xml)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (IsBad(c, xml))
            {
                return i;
            }
        }

        return -1;
    }

    private static bool IsBad(char c, bool xml) =>
        char.IsSurrogate(c) || (xml && ((c < '\u0020' && c is not ('\t' or '\n' or '\r')) || c is '\uFFFE' or '\uFFFF'));
}
