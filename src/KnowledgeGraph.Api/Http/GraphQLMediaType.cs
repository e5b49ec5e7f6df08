using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace KnowledgeGraph.Api.Http;

/// <summary>Response media types of GraphQL over HTTP and how a request's Accept header chooses between them.</summary>
internal static class GraphQLMediaType
{
    public const string GraphQLResponse = "application/graphql-response+json";
    public const string Json = "application/json";

    /// <summary>
    /// The response type to use, or null when the client accepts neither (406). No Accept header, or
    /// <c>*/*</c>, means <c>application/json</c> (the specification's legacy default).
    /// </summary>
    public static string? Negotiate(HttpRequest request)
    {
        var accept = request.GetTypedHeaders().Accept;
        if (accept.Count == 0)
        {
            return Json;
        }

        var best = accept.Where(a => a.Quality is not 0)
            .OrderByDescending(a => a.Quality ?? 1)
            .Select(a => a.MediaType.Value)
            .FirstOrDefault(m => m is GraphQLResponse or Json or "application/*" or "*/*");
        return best switch
        {
            null => null,
            GraphQLResponse => GraphQLResponse,
            _ => Json,
        };
    }

    /// <summary>A browser asking for a page (GraphiQL), not for data.</summary>
    public static bool WantsHtml(HttpRequest request)
        => request.GetTypedHeaders().Accept.Any(a => a.MediaType.Equals("text/html"));

    public static bool IsJsonContent(HttpRequest request)
        => MediaTypeHeaderValue.TryParse(request.ContentType, out var type) && type.MediaType.Equals(Json, StringComparison.OrdinalIgnoreCase);
}
