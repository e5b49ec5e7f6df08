using System.Diagnostics;
using System.Text.Json;
using KnowledgeGraph.Testing;

namespace KnowledgeGraph.Export.Tests.Support;

/// <summary>
/// Reads GraphML and GEXF back with real consumers: graphology's <c>graphology-graphml</c> and <c>graphology-gexf</c>
/// parsers (after a strict XML check), through <c>readers/read-graph.mjs</c>. The readers' npm packages are installed
/// from their lock file (<c>npm ci</c>) the first time, so nothing else needs to set them up.
/// </summary>
internal static class GraphReaders
{
    private static readonly string Directory = Path.Combine(SharedData.RepositoryRoot, "tests", "KnowledgeGraph.Export.Tests", "readers");
    private static readonly Lazy<Task> Install = new(InstallAsync);

    /// <summary>What graphology read: <c>{type, multi, order, size, nodes:[{key, attributes}], edges:[{key, source, target, attributes}]}</c>.</summary>
    public static async Task<JsonElement> ReadAsync(string format, string file)
    {
        await Install.Value;
        var output = await RunAsync("node", ["read-graph.mjs", format, file]);
        return JsonDocument.Parse(output).RootElement.Clone();
    }

    private static async Task InstallAsync()
    {
        if (!System.IO.Directory.Exists(Path.Combine(Directory, "node_modules", "graphology")))
        {
            await RunAsync("npm", ["ci", "--no-audit", "--no-fund", "--loglevel=error"]);
        }
    }

    private static async Task<string> RunAsync(string command, string[] arguments)
    {
        var start = new ProcessStartInfo(command) { WorkingDirectory = Directory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {command}");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        await process.WaitForExitAsync(timeout.Token);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{command} {string.Join(' ', arguments)} failed ({process.ExitCode}): {await stderr}");
        }

        return await stdout;
    }
}
