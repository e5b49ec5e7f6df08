using KnowledgeGraph.Api.Endpoints;
using KnowledgeGraph.Api.Hosting;
using KnowledgeGraph.Api.Web;
using KnowledgeGraph.Graph.Stores;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;

namespace KnowledgeGraph.Api;

/// <summary>
/// Builds the web host of <c>kg serve</c>: GraphQL at <c>/graphql</c>, health at <c>/healthz</c> and
/// <c>/readyz</c>, subgraph export at <c>/api/export</c> (OpenAPI at <c>/openapi/v1.json</c>, Scalar at <c>/scalar</c>),
/// the explorer at <c>/</c>. The caller opens the store and owns it (disposes it after the
/// host stops), so tests and the CLI wire the same application.
/// </summary>
public static class KgWebApp
{
    /// <param name="configure">Last say over the builder (tests use it for <c>UseTestServer</c>).</param>
    public static WebApplication Create(KgServeOptions options, IGraphStore store, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.WebHost.UseUrls(options.Urls);
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = options.MaxRequestBodyBytes);
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton(store);
        builder.Services.AddHealthChecks().AddCheck<StoreHealthCheck>("store", tags: ["ready"]);
        var webFiles = WebFiles(options);
        builder.Services.AddKgGraphQL(options, webFiles);
        builder.Services.AddKgSafety(options);
        builder.Services.AddKgOpenApi();
        configure?.Invoke(builder);

        var app = builder.Build();
        app.UseMiddleware<RequestLoggingMiddleware>();
        app.UseRateLimiter();
        if (options.CorsOrigins.Count > 0)
        {
            app.UseCors();
        }

        app.MapHealthApi();
        app.MapGraphQLApi();
        app.MapExportApi();
        app.MapKgOpenApi();
        app.MapExplorer(webFiles);
        return app;
    }

    private static IFileProvider WebFiles(KgServeOptions options)
    {
        // An explicit web root (KG_WEB_ROOT) wins; otherwise the explorer and GraphiQL embedded in this assembly.
        return options.WebRoot is { } root && Directory.Exists(root) ? new PhysicalFileProvider(Path.GetFullPath(root)) : ExplorerFiles.Provider;
    }
}
