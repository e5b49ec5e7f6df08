using GraphQL.Validation.Complexity;
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
        services.AddSingleton<DocumentCache>();
        services.AddGraphQL(graphql =>
        {
            graphql.AddSchema<KgSchema>()
                .AddGraphTypes(typeof(KgSchema).Assembly)
                .AddSystemTextJson()
                .AddComplexityAnalyzer(c =>
                {
                    c.MaxDepth = options.MaxDepth;
                    c.MaxComplexity = options.MaxComplexity;
                    // Introspection (GraphiQL's schema query) is bounded by the schema, not by the data: it costs nothing here,
                    // so the IDE works under the default limit; turn it off with --no-introspection.
                    var dataImpact = c.DefaultComplexityImpactDelegate;
                    c.DefaultComplexityImpactDelegate = field =>
                        field.FieldDefinition.Name.StartsWith("__", StringComparison.Ordinal) || field.ParentType.Name.StartsWith("__", StringComparison.Ordinal)
                            ? new FieldComplexityResult(0, 0)
                            : dataImpact(field);
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
