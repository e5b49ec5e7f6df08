using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Scalar.AspNetCore;

namespace KnowledgeGraph.Api.Hosting;

/// <summary>
/// The HTTP API's OpenAPI document at <c>/openapi/v1.json</c> and the Scalar reference UI at <c>/scalar/</c>
/// (Scalar's script is served from the package, never from a CDN).
/// </summary>
public static class OpenApiExtensions
{
    public const string DocumentPath = "/openapi/v1.json";
    public const string ReferencePath = "/scalar";

    public static IServiceCollection AddKgOpenApi(this IServiceCollection services) =>
        services.AddOpenApi("v1", options => options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "kg: diplomatic-relations knowledge graph";
            document.Info.Description = "REST endpoints of kg serve (subgraph export). The graph itself is queried with GraphQL at /graphql.";
            return Task.CompletedTask;
        }));

    public static IEndpointRouteBuilder MapKgOpenApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapOpenApi(DocumentPath);
        endpoints.MapScalarApiReference(ReferencePath, options => options
            .WithTitle("kg HTTP API")
            .WithOpenApiRoutePattern(DocumentPath));
        return endpoints;
    }
}
