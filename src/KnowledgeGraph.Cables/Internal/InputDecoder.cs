using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace KnowledgeGraph.Cables.Internal;

/// <summary>Byte-level checks of an input: binary content, and UTF-8 with a Windows-1252 fallback.</summary>
internal static class InputDecoder
{
    private static readonly Encoding LenientUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    /// <summary>Control bytes that do not occur in text (NUL aside, which alone means binary).</summary>
    private static readonly SearchValues<byte> ControlBytes = SearchValues.Create(
        [1, 2, 3, 4, 5, 6, 7, 8, 0x0B, 0x0E, 0x0F, 0x10, 0x11, 0x12, 0x13, 0x14, 0x15, 0x16, 0x17, 0x18, 0x19, 0x1A, 0x1B, 0x1C, 0x1D, 0x1E, 0x1F]);

    public static Encoding Windows1252 { get; } = CodePagesEncodingProvider.Instance.GetEncoding(1252)!;

    /// <summary>True when the bytes look like binary data (NUL bytes or many control characters).</summary>
    public static bool LooksBinary(ReadOnlySpan<byte> prefix)
    {
        // Vectorized searches: text pages have no control characters but line breaks and tabs, so this is one pass.
        if (prefix.Contains((byte)0))
        {
            return true;
        }

        var control = 0;
        var rest = prefix;
        for (var k = rest.IndexOfAny(ControlBytes); k >= 0; k = rest.IndexOfAny(ControlBytes))
        {
            control++;
            rest = rest[(k + 1)..];
        }

        return prefix.Length > 0 && control * 100 > prefix.Length;
    }

    /// <summary>UTF-8 when <paramref name="prefix"/> is valid UTF-8 (a code point cut at the end is fine), else Windows-1252.</summary>
    public static Encoding Choose(ReadOnlySpan<byte> prefix, bool complete)
    {
        var check = prefix;
        if (!complete)
        {
            // Do not judge a multi-byte sequence cut by the prefix boundary.
            var cut = 0;
            while (cut < 3 && cut < check.Length && (check[check.Length - 1 - cut] & 0xC0) == 0x80)
            {
                cut++;
            }

            if (cut < check.Length && check[check.Length - 1 - cut] >= 0xC0)
            {
                cut++;
            }

            check = check[..^cut];
        }

        // The same well-formedness rules as a throwing UTF8Encoding, in one vectorized pass and without an exception.
        return Utf8.IsValid(check) ? LenientUtf8 : Windows1252;
    }

    public static string Decode(byte[] bytes, int length)
    {
        var span = bytes.AsSpan(0, length);
        var offset = span.StartsWith("\uFEFF"u8) ? 3 : 0;
        return Choose(span, complete: true).GetString(bytes, offset, length - offset);
    }

    /// <summary>Like <see cref="Decode(byte[], int)"/>, into a buffer rented from the shared pool (the caller returns it).</summary>
    /// <returns>The number of characters written to <paramref name="chars"/>.</returns>
    public static int Decode(byte[] bytes, int length, ref char[]? chars)
    {
        var span = bytes.AsSpan(0, length);
        var offset = span.StartsWith("\uFEFF"u8) ? 3 : 0;
        var encoding = Choose(span, complete: true);
        chars = System.Buffers.ArrayPool<char>.Shared.Rent(Math.Max(1, encoding.GetMaxCharCount(length - offset)));
        return encoding.GetChars(span[offset..], chars);
    }
}
