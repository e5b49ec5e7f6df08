using System.Text;
using System.Text.Unicode;

namespace KnowledgeGraph.Cables.Internal;

/// <summary>Byte-level checks of an input: binary content, and UTF-8 with a Windows-1252 fallback.</summary>
internal static class InputDecoder
{
    private static readonly Encoding LenientUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    public static Encoding Windows1252 { get; } = CodePagesEncodingProvider.Instance.GetEncoding(1252)!;

    /// <summary>True when the bytes look like binary data (NUL bytes or many control characters).</summary>
    public static bool LooksBinary(ReadOnlySpan<byte> prefix)
    {
        var control = 0;
        foreach (var b in prefix)
        {
            if (b == 0)
            {
                return true;
            }

            if (b < 0x20 && b is not (byte)'\n' and not (byte)'\r' and not (byte)'\t' and not 0x0C)
            {
                control++;
            }
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
