using KnowledgeGraph.Cables;
using KnowledgeGraph.Extraction;
using KnowledgeGraph.Graph.Mapping;
using KnowledgeGraph.Storage.Sqlite;
using KnowledgeGraph.Testing;
using KnowledgeGraph.Testing.Fixtures;

namespace KnowledgeGraph.Benchmarks.Api;

/// <summary>
/// The embedded store the API is measured on: the seed cable through the real pipeline plus <c>N</c> synthetic
/// meeting cables (3–5 people of a 5,000-person pool meet about one of 40 topics, 2007–2010; Lavrov takes part in
/// one cable in 50). Built once into the temp folder and reused.
/// </summary>
internal static class ApiCorpus
{
    public const string Lavrov = "person:sergei-lavrov";

    public static async Task<(SqliteGraphStore Store, string Path)> OpenAsync(int cables)
    {
        var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"kg-bench-api-{cables}.db");
        var exists = File.Exists(path);
        var store = new SqliteGraphStore(path);
        await store.OpenAsync();
        if (!exists)
        {
            var seed = new CableReader().Read([System.IO.Path.Combine(SharedData.RepositoryRoot, "samples", "07TOKYO5019.txt")]).OfType<CableParsed>().Single();
            await store.WriteCablesAsync([CableGraphBuilder.Default.Build(FactExtractor.Default.Extract(seed.Cable))]);
            var random = new Random(20071023);
            foreach (var batch in Enumerable.Range(0, cables).Chunk(500))
            {
                var graphs = batch.Select(i =>
                {
                    var people = Enumerable.Range(0, random.Next(3, 6)).Select(_ => $"person:synthetic-{random.Next(5_000):0000}").ToList();
                    if (i % 50 == 0)
                    {
                        people[0] = Lavrov;
                    }

                    var date = new DateOnly(2007, 1, 1).AddDays(random.Next(4 * 365));
                    return CableGraphBuilder.Default.Build(CableFixtures.Generated(i, [.. people.Distinct()], $"topic:synthetic-{random.Next(40):00}", date));
                }).ToArray();
                await store.WriteCablesAsync(graphs);
            }
        }

        return (store, path);
    }
}
