using System.ComponentModel;
using KnowledgeGraph.Api;
using KnowledgeGraph.Graph.Stores;
using KnowledgeGraph.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Hosting;
using Spectre.Console;
using Spectre.Console.Cli;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>
/// <c>kg serve</c>: the GraphQL API, health endpoints, GraphiQL and the explorer. Settings come from
/// appsettings.json (<c>Kg:</c> section), then <c>KG_*</c> environment variables, then these options.
/// </summary>
[Description("Serve the GraphQL API, GraphiQL and the explorer over a store.")]
public sealed class ServeCommand(KgConsole console) : KgCommand<ServeCommand.Settings>(console)
{
    public sealed class Settings : StoreSettings
    {
        [CommandOption("--urls <URLS>")]
        [Description("Addresses to listen on (default http://127.0.0.1:5080); also KG_URLS.")]
        public string? Urls { get; init; }

        [CommandOption("--api-key <KEY>")]
        [Description("Bearer key required for mutations (which are refused without one); also KG_API_KEY.")]
        public string? ApiKey { get; init; }

        [CommandOption("--protect-reads")]
        [Description("Require the API key for queries too; also KG_PROTECT_READS=true.")]
        public bool? ProtectReads { get; init; }

        [CommandOption("--cors-origin <ORIGIN>")]
        [Description("Allow browser calls from this origin (repeatable; * for any). CORS is closed by default; also KG_CORS_ORIGINS.")]
        public string[]? CorsOrigins { get; init; }

        [CommandOption("--no-introspection")]
        [Description("Turn GraphQL introspection off; also KG_INTROSPECTION=false.")]
        public bool? NoIntrospection { get; init; }

        [CommandOption("--max-depth <N>")]
        [Description("Deepest query accepted (default 15, the depth of GraphiQL's introspection query); also KG_MAX_DEPTH.")]
        public int? MaxDepth { get; init; }

        [CommandOption("--max-complexity <N>")]
        [Description("Most complex query accepted (default 20000); also KG_MAX_COMPLEXITY.")]
        public int? MaxComplexity { get; init; }

        [CommandOption("--max-page-size <N>")]
        [Description("Largest 'first' accepted (default 100); also KG_MAX_PAGE_SIZE.")]
        public int? MaxPageSize { get; init; }

        [CommandOption("--timeout <SECONDS>")]
        [Description("Per-request timeout (default 30); also KG_REQUEST_TIMEOUT.")]
        public int? TimeoutSeconds { get; init; }

        [CommandOption("--rate-limit <N>")]
        [Description("Requests per minute per client address, 0 = off (default 1200); also KG_RATE_LIMIT.")]
        public int? RateLimit { get; init; }
    }

    protected override async Task<int> RunAsync(Settings settings, CancellationToken cancellationToken)
    {
        KgServeOptions options;
        try
        {
            options = Apply(KgServeOptionsLoader.Load(), settings);
        }
        catch (FormatException ex)
        {
            throw new KgUserException(ex.Message);
        }

        await using var store = GraphStoreFactory.Create(options.Store, settings.Neo4j);
        StoreInfo info;
        try
        {
            info = await store.OpenAsync(cancellationToken);
        }
        catch (GraphStoreException ex)
        {
            throw new KgUserException(ex.Message);
        }

        await using var app = KgWebApp.Create(options, store);
        try
        {
            await app.StartAsync(cancellationToken);
        }
        catch (IOException ex)
        {
            throw new KgUserException($"cannot listen on {options.Urls}: {ex.Message}");
        }

        Console.Error.MarkupLineInterpolated(
            $"kg serve: [bold]{options.Urls}[/] (GraphQL at /graphql, explorer at /) over {info.Kind} {info.Location}; mutations {(options.ApiKey is null ? "disabled (no --api-key)" : "need the API key")}");
        await app.WaitForShutdownAsync(cancellationToken);
        return 0;
    }

    private static KgServeOptions Apply(KgServeOptions options, Settings settings)
    {
        foreach (var (name, value) in new[] { ("--max-depth", settings.MaxDepth), ("--max-complexity", settings.MaxComplexity), ("--max-page-size", settings.MaxPageSize), ("--timeout", settings.TimeoutSeconds), ("--rate-limit", settings.RateLimit) })
        {
            if (value < 0 || (value == 0 && name is not "--rate-limit"))
            {
                throw new KgUserException($"{name} must be a positive number");
            }
        }

        return options with
        {
            Store = settings.Store ?? (settings.Neo4jUri is null ? options.Store : GraphStoreFactory.Neo4jKeyword),
            Urls = settings.Urls ?? options.Urls,
            ApiKey = settings.ApiKey ?? options.ApiKey,
            ProtectReads = settings.ProtectReads ?? options.ProtectReads,
            CorsOrigins = settings.CorsOrigins is { Length: > 0 } origins ? origins : options.CorsOrigins,
            Introspection = settings.NoIntrospection is true ? false : options.Introspection,
            MaxDepth = settings.MaxDepth ?? options.MaxDepth,
            MaxComplexity = settings.MaxComplexity ?? options.MaxComplexity,
            MaxPageSize = settings.MaxPageSize ?? options.MaxPageSize,
            RequestTimeout = settings.TimeoutSeconds is { } t ? TimeSpan.FromSeconds(t) : options.RequestTimeout,
            RateLimitPerMinute = settings.RateLimit ?? options.RateLimitPerMinute,
        };
    }
}
