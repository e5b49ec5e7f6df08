using KnowledgeGraph.Graph.Mapping;
using KnowledgeGraph.Graph.Model;
using KnowledgeGraph.Graph.Queries;
using KnowledgeGraph.Graph.Stores;
using KnowledgeGraph.Storage.Sqlite;
using KnowledgeGraph.Storage.Tests.Neo4j;
using KnowledgeGraph.Testing;
using Microsoft.Data.Sqlite;
using static KnowledgeGraph.Testing.Fixtures.CableFixtures;

namespace KnowledgeGraph.Storage.Tests.Sqlite;

/// <summary>What only the embedded store has: a file (persistence, faults) and concurrent access to it.</summary>
public sealed class SqliteGraphStoreTests : IDisposable
{
    private readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task The_graph_persists_across_reopening_in_one_file_with_wal()
    {
        var path = _directory.File("kg.db");
        await using (var store = new SqliteGraphStore(path))
        {
            var info = await store.OpenAsync();
            Assert.Equal(path, info.Location);
            Assert.StartsWith("SQLite 3.", info.Version, StringComparison.Ordinal);
            await store.WriteCablesAsync([CableGraphBuilder.Default.Build(Seed())]);
        }

        await using (var store = new SqliteGraphStore(path))
        {
            await store.OpenAsync();
            Assert.Equal(5, (await store.GetCountsAsync()).Nodes["Person"]);
        }

        await using var connection = new SqliteConnection($"Data Source={path}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode; ";
        Assert.Equal("wal", command.ExecuteScalar());
        command.CommandText = "INSERT INTO fts(fts) VALUES('integrity-check');";
        command.ExecuteNonQuery(); // throws when the full-text index and the nodes disagree
    }

    [Fact]
    public async Task Batched_writes_of_new_cables_give_the_graph_that_rewriting_each_cable_gives()
    {
        // New cables merge shared nodes and MET edges in memory per batch; a re-written cable recomputes its
        // pairs from the stored meetings. Both must end in the same rows.
        string[] lavrovKomuraClinton = ["person:sergey-lavrov", "person:masahiko-komura", "person:hillary-clinton"];
        CableGraph[] cables =
        [
            SampleGraphs.Cable("09TOKYO1", "h1", "2009-03-01", lavrovKomuraClinton, ["topic:nonproliferation"]),
            SampleGraphs.Cable("09TOKYO2", "h2", "2009-01-05", lavrovKomuraClinton[..2], ["topic:trade", "topic:nonproliferation"]),
            SampleGraphs.Cable("09TOKYO3", "h3", "2009-05-05", lavrovKomuraClinton[1..], ["topic:trade"], status: "planned"),
            SampleGraphs.Cable("09TOKYO4", "h4", "2009-02-02", [lavrovKomuraClinton[0], lavrovKomuraClinton[2]], []),
            SampleGraphs.Cable("09TOKYO5", "h5", "2009-07-07", lavrovKomuraClinton, ["topic:energy"]),
        ];

        var batched = _directory.File("batched.db");
        await using (var store = new SqliteGraphStore(batched))
        {
            await store.OpenAsync();
            await store.WriteCablesAsync(cables[..3]);
            await store.WriteCablesAsync(cables[3..]);
        }

        var rewritten = _directory.File("rewritten.db");
        await using (var store = new SqliteGraphStore(rewritten))
        {
            await store.OpenAsync();
            foreach (var cable in cables)
            {
                await store.WriteCablesAsync([cable]);
            }

            await store.WriteCablesAsync(cables); // every cable stored already: each replaces itself, recomputing its pairs
        }

        var expected = Dump(rewritten);
        Assert.Contains(expected, row => row.StartsWith("MET:person:hillary-clinton->person:sergey-lavrov|", StringComparison.Ordinal)
            && row.Contains("\"meetings\":3", StringComparison.Ordinal));
        Assert.Equal(expected, Dump(batched));
    }

    [Fact]
    public async Task A_bulk_load_into_an_empty_store_defers_the_indexes_and_ends_with_the_same_graph_and_indexes()
    {
        CableGraph[] cables =
        [
            SampleGraphs.Cable("09TOKYO1", "h1", "2009-03-01", [Lavrov, "person:masahiko-komura"], ["topic:nonproliferation"]),
            SampleGraphs.Cable("09TOKYO2", "h2", "2009-01-05", [Lavrov, "person:masahiko-komura"], ["topic:trade"]),
            CableGraphBuilder.Default.Build(Seed()),
        ];
        var plain = _directory.File("plain.db");
        string expectedMet;
        await using (var store = new SqliteGraphStore(plain))
        {
            await store.OpenAsync();
            await store.WriteCablesAsync(cables);
            expectedMet = MetOf(await store.GetMetEdgesAsync([Lavrov], 10));
        }

        var bulk = _directory.File("bulk.db");
        await using (var store = new SqliteGraphStore(bulk))
        {
            await store.OpenAsync();
            var all = Indexes(bulk);
            Assert.Contains("edges_target", all);
            await using (await store.BeginBulkLoadAsync())
            {
                Assert.Equal(["node_names_node"], Indexes(bulk)); // the writer replaces names by node
                await store.WriteCablesAsync(cables[..2]);
                await store.WriteCablesAsync(cables[2..]);
                // Without its indexes the store still answers (by scanning).
                Assert.Equal(expectedMet, MetOf(await store.GetMetEdgesAsync([Lavrov], 10)));
                Assert.Contains("person:masahiko-komura:3", expectedMet, StringComparison.Ordinal);
            }

            Assert.Equal(all, Indexes(bulk));

            // A store that holds cables is not bulk loaded: its indexes stay.
            await using (await store.BeginBulkLoadAsync())
            {
                Assert.Equal(all, Indexes(bulk));
            }
        }

        Assert.Equal(Dump(plain), Dump(bulk));
    }

    [Fact]
    public async Task A_bulk_load_cut_short_gets_its_indexes_back_at_the_next_open()
    {
        var path = _directory.File("kg.db");
        IReadOnlyList<string> all;
        await using (var store = new SqliteGraphStore(path))
        {
            await store.OpenAsync();
            all = Indexes(path);
            _ = await store.BeginBulkLoadAsync(); // never disposed: the process "dies" here
            await store.WriteCablesAsync([CableGraphBuilder.Default.Build(Seed())]);
        }

        Assert.Equal(["node_names_node"], Indexes(path));
        await using (var store = new SqliteGraphStore(path))
        {
            await store.OpenAsync();
            Assert.Equal(5, (await store.GetCountsAsync()).Nodes["Person"]);
        }

        Assert.Equal(all, Indexes(path));
    }

    private static string MetOf(IReadOnlyDictionary<string, IReadOnlyList<GraphEdge>> met) =>
        string.Join(' ', met[Lavrov].Select(e => $"{(e.Source == Lavrov ? e.Target : e.Source)}:{GraphValue.Long(e.Properties, GraphProperty.Meetings)}"));

    private static List<string> Indexes(string path)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL ORDER BY name";
        using var reader = command.ExecuteReader();
        var names = new List<string>();
        while (reader.Read())
        {
            names.Add(reader.GetString(0));
        }

        return names;
    }

    private static List<string> Dump(string path)
    {
        SqliteConnection.ClearAllPools();
        using var connection = new SqliteConnection($"Data Source={path}");
        connection.Open();
        var rows = new List<string>();
        foreach (var sql in new[]
        {
            "SELECT id, kind, label, props, mention_count, names, stub, owner FROM nodes ORDER BY id",
            "SELECT id, type, source, target, props FROM edges ORDER BY id",
            "SELECT name, node FROM node_names ORDER BY name, node",
            "SELECT cable, node FROM node_sources ORDER BY cable, node",
            "SELECT cable, edge FROM edge_sources ORDER BY cable, edge",
        })
        {
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                rows.Add(string.Join('|', Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? "null" : reader.GetValue(i).ToString())));
            }
        }

        return rows;
    }

    [Fact]
    public async Task A_file_that_is_not_sqlite_gives_a_clear_message()
    {
        var path = _directory.File("kg.db");
        await File.WriteAllTextAsync(path, new string('x', 8192));
        await using var store = new SqliteGraphStore(path);
        var ex = await Assert.ThrowsAsync<GraphStoreException>(() => store.OpenAsync());
        Assert.Contains("not a valid knowledge-graph database", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_corrupted_database_gives_a_clear_message()
    {
        var path = _directory.File("kg.db");
        await using (var store = new SqliteGraphStore(path))
        {
            await store.OpenAsync();
            await store.WriteCablesAsync([CableGraphBuilder.Default.Build(Seed()), CableGraphBuilder.Default.Build(Moscow())]);
        }

        SqliteConnection.ClearAllPools();
        var bytes = await File.ReadAllBytesAsync(path);
        for (var i = 4096; i < bytes.Length; i++)
        {
            bytes[i] = (byte)(i * 31);
        }

        await File.WriteAllBytesAsync(path, bytes);
        var ex = await Assert.ThrowsAsync<GraphStoreException>(async () =>
        {
            await using var store = new SqliteGraphStore(path);
            await store.OpenAsync();
            await store.GetCountsAsync();
            await store.FindCablesAsync(new CableQuery(new PageRequest(), Text: "lavrov"));
        });
        Assert.Contains("corrupt", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_sqlite_database_of_something_else_is_refused()
    {
        var path = _directory.File("other.db");
        await using (var connection = new SqliteConnection($"Data Source={path}"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "CREATE TABLE invoices (id INTEGER PRIMARY KEY)";
            command.ExecuteNonQuery();
        }

        await using var store = new SqliteGraphStore(path);
        var ex = await Assert.ThrowsAsync<GraphStoreException>(() => store.OpenAsync());
        Assert.Contains("not a knowledge graph", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_folder_gives_a_clear_message()
    {
        await using var store = new SqliteGraphStore(_directory.File("no/such/folder/kg.db"));
        var ex = await Assert.ThrowsAsync<GraphStoreException>(() => store.OpenAsync());
        Assert.Contains("does not exist", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(5, "locked by another process")]
    [InlineData(8, "read-only")]
    [InlineData(11, "corrupt")]
    [InlineData(26, "not a valid knowledge-graph database")]
    [InlineData(13, "disk holding")]
    [InlineData(14, "Cannot open")]
    [InlineData(266, "Disk I/O error")] // SQLITE_IOERR_READ: extended codes map by their primary code
    public void SQLite_failures_become_one_line_messages_naming_the_file(int code, string message)
    {
        var ex = KnowledgeGraph.Storage.Sqlite.Internal.SqliteErrors.Map(new SqliteException("boom", code), "/data/kg.db");
        Assert.Contains(message, ex.Message, StringComparison.Ordinal);
        Assert.Contains("/data/kg.db", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', ex.Message);
    }

    [Fact]
    public async Task Readers_see_committed_batches_while_a_writer_ingests()
    {
        var path = _directory.File("kg.db");
        await using var writer = new SqliteGraphStore(path);
        await writer.OpenAsync();
        await using var reader = new SqliteGraphStore(path);
        await reader.OpenAsync();

        var people = Enumerable.Range(0, 30).Select(i => $"person:p{i:00}").ToArray();
        var batches = Enumerable.Range(0, 20)
            .Select(b => Enumerable.Range(b * 25, 25)
                .Select(i => CableGraphBuilder.Default.Build(Generated(i, [people[i % 30], people[(i + 7) % 30]], "topic:trade", new DateOnly(2009, 1, 1).AddDays(i))))
                .ToArray())
            .ToArray();

        var writing = Task.Run(async () =>
        {
            foreach (var batch in batches)
            {
                await writer.WriteCablesAsync(batch);
            }
        });

        var seen = new List<long>();
        while (!writing.IsCompleted)
        {
            var counts = await reader.GetCountsAsync();
            seen.Add(counts.Nodes["Cable"]);
            Assert.Equal(0, counts.Nodes["Cable"] % 25); // never half a batch
            await reader.FindMeetingsAsync(new MeetingQuery(new PageRequest(5), Participant: people[0]));
        }

        await writing;
        Assert.Equal(500, (await reader.GetCountsAsync()).Nodes["Cable"]);
        Assert.Equal(seen.Order(), seen);
    }

    [Fact]
    public async Task Using_the_store_before_opening_it_is_a_bug()
    {
        await using var store = new SqliteGraphStore(_directory.File("kg.db"));
        await Assert.ThrowsAsync<InvalidOperationException>(() => store.GetCountsAsync());
    }

    [Fact]
    public async Task Meeting_and_node_queries_use_indexes()
    {
        var path = _directory.File("kg.db");
        await using (var store = new SqliteGraphStore(path))
        {
            await store.OpenAsync();
            await store.WriteCablesAsync([CableGraphBuilder.Default.Build(Seed())]);
        }

        await using var connection = new SqliteConnection($"Data Source={path}");
        connection.Open();
        string Plan(string sql)
        {
            using var command = connection.CreateCommand();
            command.CommandText = "EXPLAIN QUERY PLAN " + sql;
            command.Parameters.AddWithValue("$participant", Lavrov);
            command.Parameters.AddWithValue("$kind", "Person");
            command.Parameters.AddWithValue("$name", "lavrov");
            command.Parameters.AddWithValue("$first", 10);
            command.Parameters.AddWithValue("$offset", 0);
            using var reader = command.ExecuteReader();
            var lines = new List<string>();
            while (reader.Read())
            {
                lines.Add(reader.GetString(3));
            }

            return string.Join("\n", lines);
        }

        var meetings = Plan("SELECT n.id FROM nodes n WHERE n.kind = 'Meeting' AND n.id IN (SELECT target FROM edges WHERE source = $participant AND type = 'ATTENDED')");
        Assert.Contains("edges_source", meetings, StringComparison.Ordinal);
        Assert.DoesNotContain("SCAN n", meetings, StringComparison.Ordinal);
        var names = Plan("SELECT n.id FROM nodes n WHERE n.kind = $kind AND n.id IN (SELECT node FROM node_names WHERE name = $name)");
        Assert.DoesNotContain("SCAN", names, StringComparison.Ordinal);
        _ = NodeKind.Person;
    }
}
