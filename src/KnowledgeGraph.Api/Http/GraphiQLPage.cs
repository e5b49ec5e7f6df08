using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.FileProviders;

namespace KnowledgeGraph.Api.Http;

/// <summary>The GraphiQL IDE page (built from npm by src/KnowledgeGraph.Web), sent for browser GETs of <c>/graphql</c>.</summary>
internal sealed class GraphiQLPage(IFileProvider files, string path)
{
    public async Task WriteAsync(HttpContext context)
    {
        var file = files.GetFileInfo(path);
        if (!file.Exists)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            context.Response.ContentType = "text/plain; charset=utf-8";
            await context.Response.WriteAsync("GraphiQL is not built into this server (build src/KnowledgeGraph.Web). POST GraphQL requests to /graphql.\n");
            return;
        }

        context.Response.ContentType = "text/html; charset=utf-8";
        context.Response.Headers.CacheControl = "no-cache";
        await using var stream = file.CreateReadStream();
        await stream.CopyToAsync(context.Response.Body, context.RequestAborted);
    }
}
