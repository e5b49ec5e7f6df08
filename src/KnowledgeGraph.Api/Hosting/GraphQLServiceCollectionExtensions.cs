using GraphQL;
using GraphQL.Validation.Rules.Custom;
using KnowledgeGraph.Api.GraphQL;
using KnowledgeGraph.Api.GraphQL.Internal;
using KnowledgeGraph.Api.Http;
using KnowledgeGraph.Graph.Stores;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;

namespace KnowledgeGraph.Api.Hosting;

public static class GraphQLServiceCollectionExtensions
{
    /// <summary>The GraphQL schema, executer, serializer, batch loaders and the HTTP handler, with the configured limits.</summary>
    public static IServiceCollection AddKgGraphQL(this IServiceCollection services, KgServeOptions options, IFileProvider? webFiles = null)
    {
        services.AddScoped<GraphLoaders>();
        services.AddSingleton(new GraphiQLPage(webFiles ?? new NullFileProvider(), Web.ExplorerFiles.GraphiQLPage));
        services.AddSingleton<GraphQLHttpHandler>();
        services.AddGraphQL(graphql =>
        {
            graphql.AddSchema<KgSchema>()
                .AddGraphTypes(typeof(KgSchema).Assembly)
                .AddSystemTextJson()
                .AddComplexityAnalyzer(c =>
                {
                    c.MaxDepth = options.MaxDepth;
                    c.MaxComplexity = options.MaxComplexity;
                })
                .AddUnhandledExceptionHandler(context =>
                {
                    // Store failures carry a message written for users; anything else stays generic (no stack, no SQL/Cypher).
                    if (context.OriginalException is GraphStoreException store)
                    {
                        context.ErrorMessage = store.Message;
                    }
                    else if (context.OriginalException is not OperationCanceledException)
                    {
                        context.Context?.RequestServices?.GetService<ILogger<KgSchema>>()?.LogError(context.OriginalException, "GraphQL resolver failed");
                        context.ErrorMessage = "Internal error while resolving this field.";
                    }
                });
            if (!options.Introspection)
            {
                graphql.AddValidationRule<NoIntrospectionValidationRule>();
            }
        });
        return services;
    }
}
