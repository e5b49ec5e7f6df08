using KnowledgeGraph.Api.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Playwright;

namespace KnowledgeGraph.Explorer.Tests.Browser;

/// <summary>GraphiQL, bundled by the build, boots in Chromium with every request staying on this server.</summary>
public sealed class GraphiQLPageTests
{
    [ChromiumFact]
    public async Task GraphiQL_renders_its_editor_without_leaving_the_server()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        app.MapExplorer();
        await using var server = await LoopbackServer.StartAsync(app);

        var (playwright, browser) = await Chromium.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var page = await browser.NewPageAsync();
        var foreign = new List<string>();
        page.Request += (_, request) =>
        {
            if (!request.Url.StartsWith(server.Address.ToString(), StringComparison.Ordinal) && !request.Url.StartsWith("data:", StringComparison.Ordinal) && !request.Url.StartsWith("blob:", StringComparison.Ordinal))
            {
                foreign.Add(request.Url);
            }
        };

        await page.GotoAsync(new Uri(server.Address, "/graphiql/").ToString());
        await page.Locator(".graphiql-container").WaitForAsync(new() { Timeout = 30_000 });
        await page.Locator(".graphiql-editor .monaco-editor").First.WaitForAsync(new() { Timeout = 30_000 });
        Assert.Empty(foreign);
    }
}
