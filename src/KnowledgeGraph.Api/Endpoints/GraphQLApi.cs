using KnowledgeGraph.Api.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeGraph.Api.Endpoints;

public static class GraphQLApi
{
    /// <summary><c>GET</c> and <c>POST /graphql</c> (other methods get 405 from routing).</summary>
    public static IEndpointRouteBuilder MapGraphQLApi(this IEndpointRouteBuilder app)
    {
        app.MapMethods("/graphql", [HttpMethods.Get, HttpMethods.Post], (HttpContext context) =>
                context.RequestServices.GetRequiredService<GraphQLHttpHandler>().HandleAsync(context))
            .WithName("GraphQL")
            .ExcludeFromDescription();
        return app;
    }
}
