using KnowledgeGraph.Graph.Mapping;
using KnowledgeGraph.Graph.Stores;
using KnowledgeGraph.Storage.Sqlite;
using KnowledgeGraph.Testing.Fixtures;

namespace KnowledgeGraph.Benchmarks.Export;

/// <summary>
/// An embedded store of synthetic meeting cables (4 people of a 2,000-person pool meet about one of 40 topics over
/// 2007–2009), about 18 relationships per cable: 6,000 cables make a selection of over 100k relationships. Built once
/// into the temp folder and reused by later runs.
/// </summary>
internal static class ExportCorpus
{
    public const int Cables = 6_000;

    /// <summary>Where the store is kept between runs.</summary>
    public static string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"kg-bench-export-{Cables}.db");

    public static async Task<SqliteGraphStore> OpenAsync()
    {
        var exists = File.Exists(Path);
        var store = new SqliteGraphStore(Path);
        await store.OpenAsync();
        if (!exists)
        {
            foreach (var batch in Enumerable.Range(0, Cables).Chunk(250))
            {
                await store.WriteCablesAsync(batch.Select(i => CableGraphBuilder.Default.Build(Facts(i))).ToArray());
            }
        }

        return store;
    }

    /// <summary>Every node id in the store, read through its public queries (all meetings and cables, and their neighbours).</summary>
    public static async Task<string[]> AllNodeIdsAsync(IGraphStore store)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var offset = 0; ; offset += 1_000)
        {
            var page = await store.FindMeetingsAsync(new MeetingQuery(new PageRequest(1_000, offset)));
            ids.UnionWith(page.Items.Select(m => m.Id));
            if (!page.HasNextPage)
            {
                break;
            }
        }

        foreach (var chunk in ids.ToArray().Chunk(1_000))
        {
            foreach (var edge in await store.GetEdgesAsync(new EdgeQuery(chunk)))
            {
                ids.Add(edge.Source);
                ids.Add(edge.Target);
            }
        }

        foreach (var chunk in ids.Where(i => i.StartsWith("person:", StringComparison.Ordinal) || !i.Contains(':', StringComparison.Ordinal)).ToArray().Chunk(1_000))
        {
            foreach (var edge in await store.GetEdgesAsync(new EdgeQuery(chunk)))
            {
                ids.Add(edge.Source);
                ids.Add(edge.Target);
            }
        }

        return ids.Order(StringComparer.Ordinal).ToArray();
    }

    private static Extraction.Model.CableFacts Facts(int index)
    {
        var random = new Random(index);
        var persons = Enumerable.Range(0, 4).Select(_ => $"person:p{random.Next(2_000):D4}").Distinct().ToArray();
        var topic = $"topic:t{random.Next(40):D2}";
        var date = new DateOnly(2007, 1, 1).AddDays(random.Next(3 * 365));
        return CableFixtures.Generated(index, persons, topic, date);
    }
}
