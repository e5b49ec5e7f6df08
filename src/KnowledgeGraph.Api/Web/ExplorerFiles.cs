using Microsoft.Extensions.FileProviders;

namespace KnowledgeGraph.Api.Web;

/// <summary>
/// The built front end (explorer SPA and GraphiQL, from src/KnowledgeGraph.Web), embedded into this
/// assembly at build time. Embedding rather than copying wwwroot next to kg.dll means every way of
/// running the host (dotnet run, a publish folder, the container, in-process tests) serves the same
/// files with no web root to configure.
/// </summary>
public static class ExplorerFiles
{
    /// <summary>The explorer page, served at <c>/</c> and for client-side routes.</summary>
    public const string ExplorerPage = "index.html";

    /// <summary>The GraphiQL page, served at <c>/graphiql/</c> and (by the GraphQL endpoint) for browser GETs to <c>/graphql</c>.</summary>
    public const string GraphiQLPage = "graphiql/index.html";

    /// <summary>Files rooted at wwwroot (<c>index.html</c>, <c>graphiql/index.html</c>, <c>app/…</c>).</summary>
    public static IFileProvider Provider { get; } = new ManifestEmbeddedFileProvider(typeof(ExplorerFiles).Assembly, "wwwroot");
}
