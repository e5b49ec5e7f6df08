using System.Diagnostics;
using System.Globalization;
using KnowledgeGraph.Cables;
using KnowledgeGraph.Cables.Model;
using KnowledgeGraph.Extraction;
using KnowledgeGraph.Graph.Mapping;
using KnowledgeGraph.Graph.Model;
using KnowledgeGraph.Graph.Stores;
using KnowledgeGraph.Storage.Sqlite;
using KnowledgeGraph.Testing;

namespace KnowledgeGraph.Benchmarks.Ingest;

/// <summary>
/// A large synthetic store built fast: the real corpus is read and extracted once, and its cable graphs are
/// written again and again under new cable ids (<c>{template id}-S{n}</c>: the cable, its meetings, its edges and
/// their provenance renamed; persons, countries, organizations, topics and posts kept, so entity degrees grow as
/// they would with more cables about the same world). Measures the store's write path alone at any size
/// (<c>synthesize-store N… -o DIR</c>), and leaves the database for the API latency measurements.
/// </summary>
internal static class SyntheticGraphs
{
    /// <param name="resume">Keep an existing database and write only the cables it does not hold yet (batches commit
    /// in order, so a stopped run holds cables 0…k-1 and resumes at k).</param>
    public static async Task RunAsync(IReadOnlyList<int> counts, string directory, bool resume, int batch = 250)
    {
        var templates = await Task.Run(() => new CableReader().Read([Path.GetDirectoryName(SharedData.SeedCable!)!, SharedData.CablegateHtml!])
            .OfType<CableParsed>()
            .AsParallel().AsOrdered()
            .Select(c => CableGraphBuilder.Default.Build(FactExtractor.Default.Extract(c.Cable)))
            .ToArray());
        Console.WriteLine($"Synthetic store: {templates.Length} real cable graphs as templates, batches of {batch}");
        Directory.CreateDirectory(directory);
        double? baseline = null;
        foreach (var count in counts)
        {
            var path = Path.Combine(Path.GetFullPath(directory), string.Create(CultureInfo.InvariantCulture, $"synth-{count / 1000}k.db"));
            foreach (var stale in new[] { path, path + "-wal", path + "-shm" }.Where(p => !resume && File.Exists(p)))
            {
                File.Delete(stale);
            }

            var process = Process.GetCurrentProcess();
            var cpu = process.TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            var first = 0;
            long nodes = 0, relationships = 0;
            await using (var store = new SqliteGraphStore(path))
            {
                await store.OpenAsync();
                first = resume ? (int)(await store.FindCablesAsync(new CableQuery(new PageRequest(1)))).TotalCount : 0;
                if (first > 0)
                {
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  resuming after the {first:N0} cables {path} holds"));
                }

                var window = new CostWindow(startAt: first);

                for (var start = first; start < count; start += batch)
                {
                    var graphs = Enumerable.Range(start, Math.Min(batch, count - start)).Select(n => Rename(templates[n % templates.Length], n)).ToArray();
                    var summary = await store.WriteCablesAsync(graphs);
                    nodes += summary.Nodes;
                    relationships += summary.Relationships;
                    window.Tick(start + graphs.Length);
                }
            }

            clock.Stop();
            process.Refresh();
            var used = process.TotalProcessorTime - cpu;
            var perCable = used.TotalMilliseconds / Math.Max(1, count - first);
            baseline ??= perCable;
            var size = new FileInfo(path).Length;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{count:N0} synthetic cables (store writes only): {clock.Elapsed.TotalSeconds:0.0} s wall ({(count - first) / clock.Elapsed.TotalSeconds:0} cables/s), " +
                $"{used.TotalSeconds:0.0} s CPU ({perCable:0.00} ms per cable, {perCable / baseline.Value:0.00}x the first size); {nodes:N0} nodes, {relationships:N0} relationships written; " +
                $"db {size / 1048576.0:0} MB; peak working set {process.PeakWorkingSet64 / 1048576.0:0} MB; {path}"));
        }
    }

    /// <summary>The template's graph as cable number <paramref name="n"/>: every id and value naming the template cable renamed.</summary>
    private static CableGraph Rename(CableGraph template, int n)
    {
        var from = template.CableId;
        var to = string.Create(CultureInfo.InvariantCulture, $"{from}-S{n}");
        string R(string s) => s.Contains(from, StringComparison.Ordinal) ? s.Replace(from, to, StringComparison.Ordinal) : s;
        IReadOnlyDictionary<string, object?> Props(IReadOnlyDictionary<string, object?> props) => props.ToDictionary(
            p => p.Key,
            p => p.Key == GraphProperty.ContentHash ? string.Create(CultureInfo.InvariantCulture, $"{p.Value}-{n}") : p.Value is string s && p.Key != GraphProperty.Text ? R(s) : p.Value,
            StringComparer.Ordinal);
        var nodes = template.Nodes.Select(x => x with { Id = R(x.Id), Label = R(x.Label), Properties = Props(x.Properties) }).ToArray();
        var edges = template.Edges.Select(e => e with { Id = R(e.Id), Source = R(e.Source), Target = R(e.Target), Properties = Props(e.Properties) }).ToArray();
        return new CableGraph(to, string.Create(CultureInfo.InvariantCulture, $"{template.ContentHash}-{n}"), nodes, edges);
    }
}
