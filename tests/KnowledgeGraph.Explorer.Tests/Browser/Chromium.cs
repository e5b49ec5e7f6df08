using KnowledgeGraph.Testing;
using Microsoft.Playwright;

namespace KnowledgeGraph.Explorer.Tests.Browser;

/// <summary>
/// Debian's chromium package driven by Playwright's bundled driver (no browser download, ever).
/// <c>KG_CHROMIUM</c> overrides the binary's path.
/// </summary>
internal static class Chromium
{
    public static string ExecutablePath { get; } = Environment.GetEnvironmentVariable("KG_CHROMIUM") is { Length: > 0 } p ? p : "/usr/bin/chromium";

    public static bool IsInstalled => File.Exists(ExecutablePath);

    public const string MissingMessage = "Chromium is not installed (apt-get install chromium, or set KG_CHROMIUM); browser tests skipped.";

    public static BrowserTypeLaunchOptions LaunchOptions => new()
    {
        ExecutablePath = ExecutablePath,
        Headless = true,
        Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage"],
        Timeout = 60_000,
    };

    public static async Task<(IPlaywright Playwright, IBrowser Browser)> LaunchAsync()
    {
        var playwright = await Playwright.CreateAsync();
        try
        {
            return (playwright, await playwright.Chromium.LaunchAsync(LaunchOptions));
        }
        catch
        {
            playwright.Dispose();
            throw;
        }
    }
}
