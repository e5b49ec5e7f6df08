using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;
using Microsoft.Net.Http.Headers;

namespace KnowledgeGraph.Api.Web;

/// <summary>
/// Serves the browser explorer at <c>/</c> and GraphiQL at <c>/graphiql/</c> from <see cref="ExplorerFiles"/>:
/// hashed assets under <c>/app/</c> are cached for a year, pages are revalidated, and any other
/// extension-less GET outside the service's own paths falls back to the explorer page so that a
/// shared view URL reloads it.
/// </summary>
public static class ExplorerEndpoints
{
    /// <summary>Paths that belong to the service, never to the single-page app.</summary>
    private static readonly string[] ServicePaths = ["/graphql", "/api", "/healthz", "/readyz", "/openapi", "/scalar"];

    /// <param name="files">The built front end; <see cref="ExplorerFiles.Provider"/> (embedded) unless given.</param>
    public static WebApplication MapExplorer(this WebApplication app, IFileProvider? files = null)
    {
        files ??= ExplorerFiles.Provider;
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = files,
            ContentTypeProvider = new FileExtensionContentTypeProvider(),
            OnPrepareResponse = context => context.Context.Response.Headers.CacheControl =
                context.Context.Request.Path.StartsWithSegments("/app") ? "public, max-age=31536000, immutable" : "no-cache",
        });

        app.MapFallback("{*path:nonfile}", (HttpContext context) => ServePage(context, files))
            .ExcludeFromDescription();
        return app;
    }

    private static IResult ServePage(HttpContext context, IFileProvider files)
    {
        var request = context.Request;
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
        {
            return Results.StatusCode(StatusCodes.Status405MethodNotAllowed);
        }

        if (ServicePaths.Any(p => request.Path.StartsWithSegments(p, StringComparison.OrdinalIgnoreCase)))
        {
            return Results.NotFound();
        }

        var page = request.Path.StartsWithSegments("/graphiql", StringComparison.OrdinalIgnoreCase)
            ? ExplorerFiles.GraphiQLPage
            : ExplorerFiles.ExplorerPage;
        var file = files.GetFileInfo(page);
        if (!file.Exists)
        {
            return Results.NotFound();
        }

        context.Response.Headers.CacheControl = "no-cache";
        return Results.Stream(file.CreateReadStream(), "text/html; charset=utf-8", lastModified: file.LastModified);
    }
}
