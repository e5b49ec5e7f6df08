using System.Text.RegularExpressions;
using KnowledgeGraph.Testing;
using Microsoft.Playwright;

namespace KnowledgeGraph.Explorer.Tests.Browser;

/// <summary>
/// A researcher's session on the seed cable, in Chromium against the real service: search "Lavrov", see
/// Komura connected, open their meeting and read its evidence, filter by date, expand a node, export GraphML.
/// </summary>
public sealed class ExplorerFlowTests(SeedExplorerApp app) : IClassFixture<SeedExplorerApp>
{
    private const string CanvasSettled =
        "() => { const c = document.querySelector('#cy'); return c.dataset.layout === 'done' && c.getAttribute('aria-busy') === 'false'; }";

    [ChromiumFact]
    public async Task Search_meeting_evidence_date_filter_expand_and_export()
    {
        var page = await app.NewPageAsync();
        var errors = new List<string>();
        page.PageError += (_, e) => errors.Add(e);
        await page.GotoAsync(app.Address.ToString());

        // Search with suggestions; Enter puts the hit and its neighbourhood on the canvas.
        await page.FillAsync("#search-input", "Lavrov");
        var option = page.Locator("#search-list [role=option]").Filter(new() { HasText = "Lavrov" }).First;
        await option.WaitForAsync();
        Assert.Equal("true", await page.GetAttributeAsync("#search-input", "aria-expanded"));
        await option.ClickAsync();
        await page.WaitForFunctionAsync(CanvasSettled);

        // Komura is on the canvas, connected to Lavrov.
        var lavrov = await page.EvaluateAsync<string>("() => window.kgExplorer.state.sources[0]");
        var komura = await NodeIdAsync(page, "Komura");
        Assert.True(await page.EvaluateAsync<bool>(
            "([a, b]) => { const cy = window.kgExplorer.cy; return cy.getElementById(a).edgesWith(cy.getElementById(b)).length > 0 || cy.getElementById(a).neighborhood('node').neighborhood('node').some(n => n.id() === b); }",
            new[] { lavrov, komura }));
        Assert.Contains("Lavrov", await page.TextContentAsync("#details h2") ?? "", StringComparison.Ordinal);

        // Their meeting, from Lavrov's panel: open it and read the evidence sentence, then its cable paragraph.
        var meeting = page.Locator("#details .meeting").Filter(new() { HasText = "Komura" }).First;
        await meeting.WaitForAsync();
        await meeting.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Show meeting") }).ClickAsync();
        var evidence = page.Locator("[data-testid=meeting-evidence]");
        await evidence.WaitForAsync();
        var sentence = await evidence.TextContentAsync() ?? "";
        Assert.Contains("Komura", sentence, StringComparison.Ordinal);
        await page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Open cable") }).ClickAsync();
        var cited = page.Locator(".paragraphs li.cited").First;
        await cited.WaitForAsync();
        Assert.Contains("Komura", await cited.TextContentAsync() ?? "", StringComparison.Ordinal);

        // A date filter that ends before the meeting takes Komura off the canvas; resetting brings him back.
        var canvasNodes = page.Locator("#node-list button");
        var before = await canvasNodes.CountAsync();
        await SetRangeAsync(page, "#year-to", await page.GetAttributeAsync("#year-to", "min") ?? "");
        await page.WaitForFunctionAsync("() => new URL(location.href).searchParams.has('to')");
        await page.WaitForFunctionAsync(CanvasSettled);
        Assert.Equal(0, await page.Locator($"#node-list button[data-node='{komura}']").CountAsync());
        Assert.True(await canvasNodes.CountAsync() < before);
        await page.ClickAsync("#reset-filters");
        await page.Locator($"#node-list button[data-node='{komura}']").WaitForAsync(new() { State = WaitForSelectorState.Attached });

        // The timeline narrows the date range to the month of the meeting; Komura stays.
        var bar = page.Locator("#timeline .bar[tabindex='0']").First;
        await bar.ClickAsync();
        await page.WaitForFunctionAsync("() => /to=\\d{4}-\\d{2}-\\d{2}/.test(location.search)");
        await page.WaitForFunctionAsync(CanvasSettled);
        Assert.Equal(1, await page.Locator($"#node-list button[data-node='{komura}']").CountAsync());

        // Double-click Komura on the canvas: his neighbours join the view and the URL records it.
        var at = await page.EvaluateAsync<double[]>(
            "id => { const n = window.kgExplorer.cy.getElementById(id); const p = n.renderedPosition(); const r = document.querySelector('#cy').getBoundingClientRect(); return [r.left + p.x, r.top + p.y]; }", komura);
        await page.Mouse.DblClickAsync((float)at[0], (float)at[1]);
        await page.WaitForFunctionAsync("() => new URL(location.href).searchParams.getAll('n').length === 2");
        await page.WaitForFunctionAsync(CanvasSettled);
        Assert.Contains(komura, await page.EvaluateAsync<string[]>("() => window.kgExplorer.state.sources"));

        await SaveScreenshotAsync(page);

        // Export the view as GraphML through /api/export, and read the file.
        await page.ClickAsync("#export summary");
        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#export-links a[data-format=graphml]"));
        var file = await download.PathAsync();
        var graphml = await File.ReadAllTextAsync(file!);
        Assert.Contains("<graphml", graphml, StringComparison.Ordinal);
        Assert.Contains("Lavrov", graphml, StringComparison.Ordinal);
        Assert.Contains("Komura", graphml, StringComparison.Ordinal);
        Assert.EndsWith(".graphml", download.SuggestedFilename, StringComparison.Ordinal);

        Assert.Empty(errors);
        await page.Context.CloseAsync();
    }

    [ChromiumFact]
    public async Task Who_met_whom_and_a_shared_url_reloads_the_view()
    {
        var page = await app.NewPageAsync(1280, 720);
        await page.GotoAsync(app.Address.ToString());
        await page.ClickAsync("#mode-whomet");
        await PickAsync(page, "#whomet-a", "Lavrov");
        await PickAsync(page, "#whomet-b", "Komura");
        await page.ClickAsync("#whomet-go");
        await page.WaitForFunctionAsync(CanvasSettled);
        var meeting = page.Locator("#details .meeting").Filter(new() { HasText = "Komura" }).First;
        await meeting.WaitForAsync();
        Assert.Contains("Lavrov", await meeting.TextContentAsync() ?? "", StringComparison.Ordinal);
        Assert.True(await page.EvaluateAsync<int>("() => window.kgExplorer.cy.$('node.path').length") >= 2);

        // Every visible control has an accessible name.
        var unnamed = await page.EvaluateAsync<string[]>(
            "() => [...document.querySelectorAll('input, select, button, [role=button]')].filter(e => e.getClientRects().length > 0)" +
            ".filter(e => !((e.labels && e.labels.length) || e.getAttribute('aria-label') || e.textContent.trim())).map(e => e.id || e.outerHTML.slice(0, 80))");
        Assert.Empty(unnamed);

        // The URL holds the view: a new page at the same address draws it again, selection included.
        var url = page.Url;
        Assert.Contains("mode=whomet", url, StringComparison.Ordinal);
        var again = await page.Context.NewPageAsync();
        await again.GotoAsync(url);
        await again.WaitForFunctionAsync(CanvasSettled);
        await again.Locator("#details .meeting").Filter(new() { HasText = "Komura" }).First.WaitForAsync();
        Assert.True(await again.EvaluateAsync<int>("() => window.kgExplorer.cy.$('node.path').length") >= 2);

        // Keyboard: focus the canvas, move the selection with the arrow keys, remove with Delete, undo with Ctrl+Z.
        await again.FocusAsync("#cy");
        await again.Keyboard.PressAsync("ArrowRight");
        var selected = await again.EvaluateAsync<string?>("() => window.kgExplorer.state.sel");
        Assert.NotNull(selected);
        await again.Keyboard.PressAsync("Delete");
        await again.WaitForFunctionAsync("() => new URL(location.href).searchParams.has('removed')");
        await again.Keyboard.PressAsync("Control+z");
        await again.WaitForFunctionAsync("() => !new URL(location.href).searchParams.has('removed')");
        await page.Context.CloseAsync();
    }

    [ChromiumFact]
    public async Task GraphiQL_at_graphql_runs_the_default_query_against_the_seed()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync(new Uri(app.Address, "/graphql").ToString());
        await page.Locator(".graphiql-container").WaitForAsync();
        await page.Locator(".graphiql-query-editor .monaco-editor").First.WaitForAsync();
        await page.Locator(".graphiql-execute-button").ClickAsync();
        var result = page.Locator(".graphiql-response").Filter(new() { HasText = "Komura" });
        await result.WaitForAsync(new() { Timeout = 30_000 });
        await page.Context.CloseAsync();
    }

    private static async Task PickAsync(IPage page, string input, string text)
    {
        await page.FillAsync(input, text);
        var option = page.Locator($"{input}-list [role=option]").Filter(new() { HasText = text }).First;
        await option.WaitForAsync();
        await option.ClickAsync();
    }

    private static async Task<string> NodeIdAsync(IPage page, string labelPart)
    {
        var id = await page.EvaluateAsync<string?>(
            "part => { const n = window.kgExplorer.cy.nodes().filter(n => n.data('kind') === 'Person' && n.data('label').includes(part)); return n.length ? n[0].id() : null; }", labelPart);
        Assert.NotNull(id);
        return id;
    }

    private static Task SetRangeAsync(IPage page, string selector, string value) =>
        page.EvalOnSelectorAsync(selector, "(el, v) => { el.value = v; el.dispatchEvent(new Event('input', { bubbles: true })); el.dispatchEvent(new Event('change', { bubbles: true })); }", value);

    /// <summary>docs/explorer.png is refreshed with KG_UPDATE_SCREENSHOT=1; otherwise the picture goes to the test output.</summary>
    private static async Task SaveScreenshotAsync(IPage page)
    {
        var update = Environment.GetEnvironmentVariable("KG_UPDATE_SCREENSHOT") == "1";
        var path = update
            ? Path.Combine(SharedData.RepositoryRoot, "docs", "explorer.png")
            : Path.Combine(AppContext.BaseDirectory, "TestResults", "explorer.png");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await page.ScreenshotAsync(new() { Path = path });
    }
}
