using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace KnowledgeGraph.Api.GraphQL.Internal;

/// <summary>Opaque connection cursors over the store's offset paging: base64url of <c>o:{offset}</c>.</summary>
internal static class Cursor
{
    private const string Prefix = "o:";

    public static string Encode(long offset) => Base64Url.EncodeToString(Encoding.ASCII.GetBytes(Prefix + offset.ToString(CultureInfo.InvariantCulture)));

    /// <summary>The offset the cursor points at, or null when it is not one of ours.</summary>
    public static long? Decode(string cursor)
    {
        try
        {
            var text = Encoding.ASCII.GetString(Base64Url.DecodeFromChars(cursor));
            return text.StartsWith(Prefix, StringComparison.Ordinal)
                   && long.TryParse(text.AsSpan(Prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var offset)
                ? offset
                : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
