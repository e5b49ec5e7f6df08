using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace KnowledgeGraph.Api.Http;

/// <summary>Checks <c>Authorization: Bearer KEY</c> against the configured key in constant time.</summary>
internal static class ApiKey
{
    public static bool IsPresented(HttpRequest request, string? key)
    {
        if (string.IsNullOrEmpty(key))
        {
            return false;
        }

        var header = request.Headers[HeaderNames.Authorization].ToString();
        const string scheme = "Bearer ";
        if (!header.StartsWith(scheme, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var given = Encoding.UTF8.GetBytes(header[scheme.Length..].Trim());
        var expected = Encoding.UTF8.GetBytes(key);
        return CryptographicOperations.FixedTimeEquals(given, expected);
    }
}
