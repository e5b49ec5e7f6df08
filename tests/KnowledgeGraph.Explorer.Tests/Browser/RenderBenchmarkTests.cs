using System.Globalization;
using System.Text.Json;
using KnowledgeGraph.Api.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Xunit.Abstractions;

namespace KnowledgeGraph.Explorer.Tests.Browser;

/// <summary>
/// The speed target, measured (not asserted): a 500-node, 2,000-edge neighbourhood drawn and laid
/// out (fCoSE) by the explorer's own drawing code in headless Chromium. Times go to the test output and to
/// TestResults/explorer-render.json; the test asserts only that every element was drawn and placed.
/// </summary>
public sealed class RenderBenchmarkTests(ITestOutputHelper output)
{
    private const int Nodes = 500;
    private const int Edges = 2_000;
    private const int Runs = 3;

    [ChromiumFact]
    public async Task Draws_and_lays_out_a_500_node_2000_edge_neighbourhood()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        app.MapExplorer();
        await using var server = await LoopbackServer.StartAsync(app);

        var (playwright, browser) = await Chromium.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 1366, Height = 768 } });
        await page.GotoAsync(server.Address.ToString());
        await page.WaitForFunctionAsync("() => window.kgExplorer !== undefined");

        var times = new List<double>();
        var cpu = new List<double>();
        for (var run = 0; run < Runs; run++)
        {
            var cpuBefore = RendererCpu.Milliseconds();
            var ms = await page.EvaluateAsync<double>(Script, new object[] { Nodes, Edges, run + 1 });
            times.Add(ms);
            if (cpuBefore is { } b && RendererCpu.Milliseconds() is { } a)
            {
                cpu.Add(a - b);
            }

            var placed = await page.EvaluateAsync<int[]>(
                "() => { const cy = window.kgExplorer.cy; return [cy.nodes().length, cy.edges().length, cy.nodes().filter(n => Number.isFinite(n.position('x')) && Number.isFinite(n.position('y'))).length]; }");
            Assert.Equal(Nodes, placed[0]);
            Assert.Equal(Edges, placed[1]);
            Assert.Equal(Nodes, placed[2]);
        }

        times.Sort();
        cpu.Sort();
        var load = File.Exists("/proc/loadavg") ? (await File.ReadAllTextAsync("/proc/loadavg")).Split(' ')[0] : "?";
        var line = string.Create(CultureInfo.InvariantCulture,
            $"Explorer: {Nodes} nodes / {Edges} edges drawn + fCoSE layout in headless Chromium: wall median {times[Runs / 2]:F0} ms (min {times[0]:F0}, max {times[^1]:F0}); renderer CPU median {(cpu.Count > 0 ? cpu[cpu.Count / 2] : double.NaN):F0} ms; {Runs} runs; load average {load}");
        output.WriteLine(line);
        var results = Path.Combine(AppContext.BaseDirectory, "TestResults");
        Directory.CreateDirectory(results);
        await File.WriteAllTextAsync(Path.Combine(results, "explorer-render.json"),
            JsonSerializer.Serialize(new { nodes = Nodes, edges = Edges, wallMs = times, rendererCpuMs = cpu, medianWallMs = times[Runs / 2], loadAverage = load }));
    }

    // A deterministic synthetic neighbourhood shaped like the real graph: people, meetings, cables, countries,
    // topics; MET edges with meeting counts; a few hubs with high mention counts.
    private const string Script = """
        async ([nodeCount, edgeCount, seed]) => {
          let s = seed * 2654435761 % 4294967296;
          const rnd = () => (s = (s * 1664525 + 1013904223) % 4294967296) / 4294967296;
          const kinds = ['PERSON', 'PERSON', 'PERSON', 'MEETING', 'MEETING', 'CABLE', 'COUNTRY', 'TOPIC', 'ORGANIZATION'];
          const nodes = [];
          for (let i = 0; i < nodeCount; i++) {
            const kind = kinds[Math.floor(rnd() * kinds.length)];
            nodes.push({ id: `n${i}`, kind: kind.charAt(0) + kind.slice(1).toLowerCase(), label: `${kind.toLowerCase()} ${i}`,
              properties: { mentionCount: Math.floor(Math.pow(rnd(), 3) * 400) } });
          }
          const edges = [];
          const seen = new Set();
          while (edges.length < edgeCount) {
            const a = Math.floor(rnd() * nodeCount);
            const b = Math.floor(Math.pow(rnd(), 2) * nodeCount);
            if (a === b || seen.has(`${a}-${b}`) || seen.has(`${b}-${a}`)) continue;
            seen.add(`${a}-${b}`);
            const met = nodes[a].kind === 'Person' && nodes[b].kind === 'Person';
            edges.push({ id: `e${edges.length}`, source: `n${a}`, target: `n${b}`, type: met ? 'MET' : 'MENTIONS',
              properties: met ? { meetings: 1 + Math.floor(rnd() * 12) } : {} });
          }
          return await window.kgExplorer.drawSubgraph({ nodes, edges });
        }
        """;
}
