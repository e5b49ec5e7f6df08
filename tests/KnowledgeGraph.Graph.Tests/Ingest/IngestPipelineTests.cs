using KnowledgeGraph.Cables;
using KnowledgeGraph.Cables.Model;
using KnowledgeGraph.Extraction;
using KnowledgeGraph.Extraction.Model;
using KnowledgeGraph.Graph.Ingest;
using KnowledgeGraph.Graph.Model;
using KnowledgeGraph.Graph.Stores;
using KnowledgeGraph.Storage.Sqlite;
using KnowledgeGraph.Testing;
using static KnowledgeGraph.Testing.Fixtures.CableFixtures;

namespace KnowledgeGraph.Graph.Tests.Ingest;

/// <summary>The ingest pipeline over the real reader, extractor and embedded store.</summary>
public sealed class IngestPipelineTests : IAsyncLifetime, IDisposable
{
    private static readonly string SeedPath = Path.Combine(SharedData.RepositoryRoot, "samples", "07TOKYO5019.txt");
    private readonly TempDirectory _directory = new();
    private SqliteGraphStore _store = null!;

    public async Task InitializeAsync()
    {
        _store = new SqliteGraphStore(_directory.File("kg.db"));
        await _store.OpenAsync();
    }

    public async Task DisposeAsync() => await _store.DisposeAsync();

    public void Dispose() => _directory.Dispose();

    private static IEnumerable<CableReadResult> Read(params string[] paths) => new CableReader().Read(paths);

    /// <summary>Synthetic cables whose facts are known in advance (the extractor is not what these tests are about).</summary>
    private static (IReadOnlyList<CableReadResult> Inputs, Func<ParsedCable, CableFacts> Extract) Generated(int count)
    {
        var facts = Enumerable.Range(0, count)
            .Select(i => CableFixtures_Generated(i))
            .ToDictionary(f => f.Cable.Id);
        return (facts.Values.Select(f => (CableReadResult)new CableParsed(f.Cable)).ToArray(), c => facts[c.Id]);
    }

    private static CableFacts CableFixtures_Generated(int i) =>
        KnowledgeGraph.Testing.Fixtures.CableFixtures.Generated(i, [$"person:p{i % 7}", $"person:q{i % 5}"], $"topic:t{i % 3}", new DateOnly(2009, 1, 1).AddDays(i));

    [Fact]
    public async Task The_seed_cable_goes_from_file_to_graph()
    {
        var report = await new IngestPipeline(_store, FactExtractor.Default.Extract).RunAsync(Read(SeedPath), new IngestOptions());

        Assert.Equal((1, 0, 1, 0, 0), (report.Read, report.Rejected, report.New, report.Updated, report.Unchanged));
        Assert.False(report.Interrupted);
        Assert.True(report.Nodes > 10);
        Assert.True(report.Relationships > report.Nodes);
        var talks = await _store.FindMeetingsAsync(new MeetingQuery(new PageRequest(), Participant: Lavrov, WithParticipant: Komura));
        Assert.NotEmpty(talks.Items);
        Assert.NotNull((await _store.GetEdgesAsync(new EdgeQuery([Komura], EdgeDirection.Outgoing, [RelationshipType.Met]))).SingleOrDefault(e => e.Target == Lavrov));
    }

    [Fact]
    public async Task Ingesting_again_skips_unchanged_cables_and_changes_nothing()
    {
        var pipeline = new IngestPipeline(_store, FactExtractor.Default.Extract);
        await pipeline.RunAsync(Read(SeedPath), new IngestOptions());
        var before = await _store.GetCountsAsync();

        var again = await pipeline.RunAsync(Read(SeedPath, SeedPath), new IngestOptions());
        Assert.Equal((2, 0, 0, 0, 2), (again.Read, again.Rejected, again.New, again.Updated, again.Unchanged));
        Assert.Equal(0, again.Nodes);
        var after = await _store.GetCountsAsync();
        Assert.Equal(before.Nodes, after.Nodes);
        Assert.Equal(before.Relationships, after.Relationships);
    }

    [Fact]
    public async Task A_changed_cable_is_updated_in_place_with_stable_ids()
    {
        var pipeline = new IngestPipeline(_store, FactExtractor.Default.Extract);
        await pipeline.RunAsync(Read(SeedPath), new IngestOptions());
        var meetings = (await _store.FindMeetingsAsync(new MeetingQuery(new PageRequest(100), Cable: "07TOKYO5019"))).Items.Select(m => m.Id).ToArray();

        var changed = _directory.File("07TOKYO5019.txt");
        var text = await File.ReadAllTextAsync(SeedPath);
        await File.WriteAllTextAsync(changed, text.Replace("End Summary.", "An added remark. End Summary.", StringComparison.Ordinal));
        var report = await pipeline.RunAsync(Read(changed), new IngestOptions());

        Assert.Equal((1, 0, 0, 1, 0), (report.Read, report.Rejected, report.New, report.Updated, report.Unchanged));
        Assert.Equal(1, (await _store.FindCablesAsync(new CableQuery(new PageRequest()))).TotalCount);
        var after = (await _store.FindMeetingsAsync(new MeetingQuery(new PageRequest(100), Cable: "07TOKYO5019"))).Items.Select(m => m.Id).ToArray();
        Assert.Equal(meetings.Length, after.Length);
        Assert.Contains(Lavrov, (await _store.GetNodesAsync([Lavrov])).Select(n => n.Id));
    }

    [Fact]
    public async Task Unreadable_inputs_and_extraction_failures_are_reported_and_the_rest_goes_on()
    {
        var garbage = _directory.File("garbage.txt");
        await File.WriteAllTextAsync(garbage, "this is not a cable at all");
        var (inputs, extract) = Generated(10);
        var failing = (Func<ParsedCable, CableFacts>)(c => c.Id == "09PARIS1003" ? throw new InvalidOperationException("cannot make sense\nof it") : extract(c));

        var report = await new IngestPipeline(_store, failing).RunAsync(inputs.Concat(Read(garbage)), new IngestOptions(BatchSize: 4));

        Assert.Equal(11, report.Read);
        Assert.Equal(2, report.Rejected);
        Assert.Equal(9, report.New);
        Assert.Contains(report.Rejections, r => r.Message == "09PARIS1003: extraction failed: cannot make sense of it");
        Assert.Contains(report.Rejections, r => r.Source.Contains("garbage.txt", StringComparison.Ordinal));
        Assert.Equal(9, (await _store.FindCablesAsync(new CableQuery(new PageRequest()))).TotalCount);

        // The failed cable is retried on the next run, the others are unchanged.
        var retry = await new IngestPipeline(_store, extract).RunAsync(inputs, new IngestOptions(BatchSize: 4));
        Assert.Equal((1, 9), (retry.New, retry.Unchanged));
    }

    [Fact]
    public async Task An_interrupted_run_keeps_committed_batches_and_the_next_run_resumes()
    {
        var (inputs, extract) = Generated(40);
        using var cancel = new CancellationTokenSource();
        var progress = new SynchronousProgress(p =>
        {
            if (p.New >= 10)
            {
                cancel.Cancel();
            }
        });

        var first = await new IngestPipeline(_store, extract).RunAsync(inputs, new IngestOptions(Parallelism: 2, BatchSize: 5), progress, cancel.Token);
        Assert.True(first.Interrupted);
        Assert.InRange(first.New, 10, 35);
        var stored = (await _store.FindCablesAsync(new CableQuery(new PageRequest()))).TotalCount;
        Assert.Equal(first.New, stored);

        var second = await new IngestPipeline(_store, extract).RunAsync(inputs, new IngestOptions(BatchSize: 5));
        Assert.False(second.Interrupted);
        Assert.Equal(first.New, second.Unchanged);
        Assert.Equal(40 - first.New, second.New);
        Assert.Equal(40, (await _store.FindCablesAsync(new CableQuery(new PageRequest()))).TotalCount);
    }

    [Fact]
    public async Task A_store_failure_stops_the_run_with_its_message_and_keeps_what_was_committed()
    {
        var (inputs, extract) = Generated(12);
        var failing = new StoreFailingAfter(_store, writes: 2);

        var report = await new IngestPipeline(failing, extract).RunAsync(inputs, new IngestOptions(BatchSize: 3));

        Assert.True(report.Interrupted);
        Assert.Equal("the server went away", report.Error);
        Assert.Equal(6, report.New);
        Assert.Equal(6, (await _store.FindCablesAsync(new CableQuery(new PageRequest()))).TotalCount);
    }

    /// <summary>Fault injection: the real store, whose writes fail like a server going away after <c>writes</c> batches.</summary>
    private sealed class StoreFailingAfter(IGraphStore inner, int writes) : IGraphStore
    {
        private int _writes;

        public Task<StoreInfo> OpenAsync(CancellationToken cancellationToken = default) => inner.OpenAsync(cancellationToken);
        public Task<IReadOnlyDictionary<string, string>> GetContentHashesAsync(IReadOnlyCollection<string> cableIds, CancellationToken cancellationToken = default) => inner.GetContentHashesAsync(cableIds, cancellationToken);
        public Task<WriteSummary> WriteCablesAsync(IReadOnlyList<CableGraph> cables, CancellationToken cancellationToken = default) =>
            Interlocked.Increment(ref _writes) > writes ? throw new GraphStoreException("the server went away") : inner.WriteCablesAsync(cables, cancellationToken);
        public Task<GraphCounts> GetCountsAsync(CancellationToken cancellationToken = default) => inner.GetCountsAsync(cancellationToken);
        public Task<IReadOnlyList<GraphNode>> GetNodesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) => inner.GetNodesAsync(ids, cancellationToken);
        public Task<IReadOnlyList<GraphEdge>> GetEdgesAsync(EdgeQuery query, CancellationToken cancellationToken = default) => inner.GetEdgesAsync(query, cancellationToken);
        public Task<Page<GraphNode>> FindNodesAsync(NodeQuery query, CancellationToken cancellationToken = default) => inner.FindNodesAsync(query, cancellationToken);
        public Task<Page<GraphNode>> FindMeetingsAsync(MeetingQuery query, CancellationToken cancellationToken = default) => inner.FindMeetingsAsync(query, cancellationToken);
        public Task<Page<GraphNode>> FindCablesAsync(CableQuery query, CancellationToken cancellationToken = default) => inner.FindCablesAsync(query, cancellationToken);
        public Task<IReadOnlyList<SearchHit>> SearchAsync(SearchQuery query, CancellationToken cancellationToken = default) => inner.SearchAsync(query, cancellationToken);
        public Task<IReadOnlyList<TimelineBucket>> GetTimelineAsync(TimelineQuery query, CancellationToken cancellationToken = default) => inner.GetTimelineAsync(query, cancellationToken);
        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }

    private sealed class SynchronousProgress(Action<IngestProgress> report) : IProgress<IngestProgress>
    {
        public void Report(IngestProgress value) => report(value);
    }
}
