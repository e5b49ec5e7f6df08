using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace KnowledgeGraph.Api;

/// <summary>
/// Reads <see cref="KgServeOptions"/> from configuration: <c>appsettings.json</c> keys under <c>Kg:</c>
/// (<c>Kg:ApiKey</c>, <c>Kg:MaxPageSize</c>, …) and the environment variables named in <see cref="EnvironmentNames"/>,
/// which win over the file.
/// </summary>
public static class KgServeOptionsLoader
{
    /// <summary>Option (appsettings key under <c>Kg:</c>) → environment variable.</summary>
    public static readonly IReadOnlyDictionary<string, string> EnvironmentNames = new Dictionary<string, string>
    {
        ["Store"] = "KG_STORE",
        ["Urls"] = "KG_URLS",
        ["ApiKey"] = "KG_API_KEY",
        ["ProtectReads"] = "KG_PROTECT_READS",
        ["MaxDepth"] = "KG_MAX_DEPTH",
        ["MaxComplexity"] = "KG_MAX_COMPLEXITY",
        ["MaxPageSize"] = "KG_MAX_PAGE_SIZE",
        ["RequestTimeoutSeconds"] = "KG_REQUEST_TIMEOUT",
        ["MaxRequestBodyBytes"] = "KG_MAX_BODY_BYTES",
        ["RateLimitPerMinute"] = "KG_RATE_LIMIT",
        ["CorsOrigins"] = "KG_CORS_ORIGINS",
        ["Introspection"] = "KG_INTROSPECTION",
        ["WebRoot"] = "KG_WEB_ROOT",
    };

    /// <summary>Loads <c>appsettings.json</c> beside the application (optional) and the environment.</summary>
    public static KgServeOptions Load(string? baseDirectory = null)
    {
        var configuration = new ConfigurationBuilder()
            .SetBasePath(baseDirectory ?? AppContext.BaseDirectory)
            .AddJsonFile("appsettings.json", optional: true)
            .AddEnvironmentVariables()
            .Build();
        return Load(configuration);
    }

    /// <exception cref="FormatException">A value that is not a number/boolean where one is expected (message names the setting).</exception>
    public static KgServeOptions Load(IConfiguration configuration)
    {
        string? Get(string key) => configuration[EnvironmentNames[key]] is { Length: > 0 } env ? env : configuration["Kg:" + key];
        var d = new KgServeOptions();
        return new KgServeOptions
        {
            Store = Get("Store") ?? d.Store,
            Urls = Get("Urls") ?? d.Urls,
            ApiKey = Get("ApiKey") ?? d.ApiKey,
            ProtectReads = Bool("ProtectReads", Get("ProtectReads")) ?? d.ProtectReads,
            MaxDepth = Int("MaxDepth", Get("MaxDepth")) ?? d.MaxDepth,
            MaxComplexity = Int("MaxComplexity", Get("MaxComplexity")) ?? d.MaxComplexity,
            MaxPageSize = Int("MaxPageSize", Get("MaxPageSize")) ?? d.MaxPageSize,
            RequestTimeout = Int("RequestTimeoutSeconds", Get("RequestTimeoutSeconds")) is { } s ? TimeSpan.FromSeconds(s) : d.RequestTimeout,
            MaxRequestBodyBytes = Int("MaxRequestBodyBytes", Get("MaxRequestBodyBytes")) ?? d.MaxRequestBodyBytes,
            RateLimitPerMinute = Int("RateLimitPerMinute", Get("RateLimitPerMinute")) ?? d.RateLimitPerMinute,
            CorsOrigins = Get("CorsOrigins") is { } origins
                ? origins.Split([',', ' ', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                : configuration.GetSection("Kg:CorsOrigins").Get<string[]>() ?? [],
            Introspection = Bool("Introspection", Get("Introspection")) ?? d.Introspection,
            WebRoot = Get("WebRoot") ?? d.WebRoot,
        };
    }

    private static int? Int(string name, string? value)
        => value is null ? null
            : int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var i) && i >= 0 ? i
            : throw new FormatException($"Setting {name} ({EnvironmentNames[name]}) must be a non-negative whole number, not '{value}'.");

    private static bool? Bool(string name, string? value)
        => value is null ? null
            : bool.TryParse(value, out var b) ? b
            : value is "1" or "0" ? value == "1"
            : throw new FormatException($"Setting {name} ({EnvironmentNames[name]}) must be true or false, not '{value}'.");
}
