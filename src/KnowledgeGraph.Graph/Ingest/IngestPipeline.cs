using System.Diagnostics;
using System.Threading.Channels;
using KnowledgeGraph.Cables;
using KnowledgeGraph.Cables.Model;
using KnowledgeGraph.Extraction.Model;
using KnowledgeGraph.Graph.Mapping;
using KnowledgeGraph.Graph.Model;
using KnowledgeGraph.Graph.Stores;

namespace KnowledgeGraph.Graph.Ingest;

/// <summary>
/// reader → content-hash check → parallel extraction → graph mapping → batched store writes.
/// <list type="bullet">
/// <item>Idempotent: a cable whose content hash the store already holds is skipped before extraction, so
/// re-ingesting costs little more than reading; a changed cable replaces its own facts.</item>
/// <item>Interrupt-safe: each batch is one store transaction; a cancelled or failed run keeps every batch
/// committed before it, and running again resumes (committed cables are then unchanged).</item>
/// <item>Three stages run at once: reading and parsing (one thread), extraction and mapping of a batch (worker
/// threads), and writing (the store's one writer); up to two batches are extracted ahead of the writer.</item>
/// </list>
/// </summary>
public sealed class IngestPipeline(IGraphStore store, Func<ParsedCable, CableFacts> extract, CableGraphBuilder? builder = null)
{
    private const int MaxRejectionsKept = 1000;

    private readonly CableGraphBuilder _builder = builder ?? CableGraphBuilder.Default;

    public async Task<IngestReport> RunAsync(
        IEnumerable<CableReadResult> inputs,
        IngestOptions options,
        IProgress<IngestProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(options);
        if (options.BatchSize <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(options), "The batch size must be at least 1.");
        }

        var run = new RunState(progress);
        var clock = Stopwatch.StartNew();
        var batches = Channel.CreateBounded<Task<Batch>>(new BoundedChannelOptions(2) { SingleReader = true, SingleWriter = true });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);

        string? error = null;
        var interrupted = false;
        IAsyncDisposable? bulkLoad = null;
        try
        {
            bulkLoad = store is IBulkLoadingStore bulk ? await bulk.BeginBulkLoadAsync(cancellationToken).ConfigureAwait(false) : null;
        }
        catch (GraphStoreException ex)
        {
            return run.Report(clock.Elapsed, interrupted: true, ex.Message);
        }

        var producer = Task.Run(() => ProduceAsync(inputs, options, run, batches.Writer, stop.Token), CancellationToken.None);
        try
        {
            await foreach (var extracting in batches.Reader.ReadAllAsync(stop.Token).ConfigureAwait(false))
            {
                var batch = await extracting.ConfigureAwait(false);
                if (batch.Graphs.Count == 0)
                {
                    continue;
                }

                var summary = await store.WriteCablesAsync(batch.Graphs, stop.Token).ConfigureAwait(false);
                run.Committed(batch, summary);
            }
        }
        catch (OperationCanceledException)
        {
            interrupted = true;
        }
        catch (GraphStoreException ex)
        {
            interrupted = true;
            error = ex.Message;
        }
        finally
        {
            await stop.CancelAsync().ConfigureAwait(false);
        }

        try
        {
            await producer.ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            interrupted = true;
        }
        catch (GraphStoreException ex)
        {
            interrupted = true;
            error ??= ex.Message;
        }

        try
        {
            // Indexes deferred by a bulk load are built before the run reports: an interrupted run keeps its batches.
            if (bulkLoad is not null)
            {
                await bulkLoad.DisposeAsync().ConfigureAwait(false);
            }
        }
        catch (GraphStoreException ex)
        {
            interrupted = true;
            error ??= ex.Message;
        }

        interrupted |= cancellationToken.IsCancellationRequested;
        return run.Report(clock.Elapsed, interrupted, error);
    }

    private async Task ProduceAsync(IEnumerable<CableReadResult> inputs, IngestOptions options, RunState run, ChannelWriter<Task<Batch>> output, CancellationToken cancellationToken)
    {
        try
        {
            var chunk = new List<ParsedCable>(options.BatchSize);
            foreach (var result in inputs)
            {
                cancellationToken.ThrowIfCancellationRequested();
                switch (result)
                {
                    case CableParsed parsed:
                        run.ReadOne();
                        chunk.Add(parsed.Cable);
                        break;
                    case CableRejected rejected:
                        run.ReadOne();
                        run.Reject(rejected.Source.ToString(), rejected.Message);
                        break;
                }

                if (chunk.Count == options.BatchSize)
                {
                    await ProcessAsync(chunk, options, run, output, cancellationToken).ConfigureAwait(false);
                    chunk = new List<ParsedCable>(options.BatchSize);
                }
            }

            if (chunk.Count > 0)
            {
                await ProcessAsync(chunk, options, run, output, cancellationToken).ConfigureAwait(false);
            }

            output.TryComplete();
        }
        catch (Exception ex)
        {
            output.TryComplete(ex);
            throw;
        }
    }

    /// <summary>Drops unchanged cables and queues the extraction and mapping of the rest (in parallel, in the background) as one batch.</summary>
    private async Task ProcessAsync(List<ParsedCable> chunk, IngestOptions options, RunState run, ChannelWriter<Task<Batch>> output, CancellationToken cancellationToken)
    {
        var stored = await store.GetContentHashesAsync(chunk.Select(c => c.Id).Distinct(StringComparer.Ordinal).ToArray(), cancellationToken).ConfigureAwait(false);
        var todo = new List<(ParsedCable Cable, bool IsNew)>(chunk.Count);
        foreach (var cable in chunk)
        {
            switch (run.Classify(cable, stored.GetValueOrDefault(cable.Id)))
            {
                case Change.Unchanged: run.SkipUnchanged(); break;
                case Change.New: todo.Add((cable, true)); break;
                case Change.Updated: todo.Add((cable, false)); break;
            }
        }

        if (todo.Count == 0)
        {
            return;
        }

        var extracting = Task.Run(() => Extract(todo, options, run, cancellationToken), cancellationToken);
        await output.WriteAsync(extracting, cancellationToken).ConfigureAwait(false);
    }

    private Batch Extract(List<(ParsedCable Cable, bool IsNew)> todo, IngestOptions options, RunState run, CancellationToken cancellationToken)
    {
        var graphs = new CableGraph?[todo.Count];
        Parallel.For(0, todo.Count, new ParallelOptions { MaxDegreeOfParallelism = options.EffectiveParallelism, CancellationToken = cancellationToken }, i =>
        {
            var cable = todo[i].Cable;
            try
            {
                graphs[i] = _builder.Build(extract(cable));
            }
#pragma warning disable CA1031 // one cable the extractor cannot handle must not stop the run: it is reported and skipped
            catch (Exception ex) when (ex is not OperationCanceledException)
#pragma warning restore CA1031
            {
                run.Reject(cable.Source.ToString(), $"{cable.Id}: extraction failed: {ex.Message.ReplaceLineEndings(" ")}");
                run.Forget(cable.Id);
            }
        });

        return new Batch(
            graphs.Where(g => g is not null).Select(g => g!).ToArray(),
            todo.Where((_, i) => graphs[i] is not null).Count(t => t.IsNew),
            todo.Where((_, i) => graphs[i] is not null).Count(t => !t.IsNew));
    }

    private sealed record Batch(IReadOnlyList<CableGraph> Graphs, int New, int Updated);

    private enum Change { New, Updated, Unchanged }

    /// <summary>Counters shared by the reading/extracting side and the writing side.</summary>
    private sealed class RunState(IProgress<IngestProgress>? progress)
    {
        private readonly Lock _gate = new();
        private readonly Dictionary<string, string> _seen = new(StringComparer.Ordinal);
        private readonly List<IngestRejection> _rejections = [];
        private long _read, _rejected, _new, _updated, _unchanged, _nodes, _relationships;
        private long _lastReport;

        public void ReadOne()
        {
            lock (_gate)
            {
                _read++;
            }

            Report(force: false);
        }

        /// <summary>Against what this run already queued, else the store: the same cable twice in the inputs is written once.</summary>
        public Change Classify(ParsedCable cable, string? storedHash)
        {
            lock (_gate)
            {
                var known = _seen.TryGetValue(cable.Id, out var queued) ? queued : storedHash;
                _seen[cable.Id] = cable.ContentHash;
                return known is null ? Change.New : known == cable.ContentHash ? Change.Unchanged : Change.Updated;
            }
        }

        public void Forget(string cableId)
        {
            lock (_gate)
            {
                _seen.Remove(cableId);
            }
        }

        public void SkipUnchanged()
        {
            lock (_gate)
            {
                _unchanged++;
            }
        }

        public void Reject(string source, string message)
        {
            lock (_gate)
            {
                _rejected++;
                if (_rejections.Count < MaxRejectionsKept)
                {
                    _rejections.Add(new IngestRejection(source, message));
                }
            }
        }

        public void Committed(Batch batch, WriteSummary summary)
        {
            lock (_gate)
            {
                _new += batch.New;
                _updated += batch.Updated;
                _nodes += summary.Nodes;
                _relationships += summary.Relationships;
            }

            Report(force: true);
        }

        private void Report(bool force)
        {
            if (progress is null)
            {
                return;
            }

            IngestProgress snapshot;
            lock (_gate)
            {
                // Reading is fast: report it every 64 inputs; commits always.
                if (!force && _read - _lastReport < 64)
                {
                    return;
                }

                _lastReport = _read;
                snapshot = new IngestProgress(_read, _new + _updated + _unchanged + _rejected, _rejected, _new, _updated, _unchanged);
            }

            progress.Report(snapshot);
        }

        public IngestReport Report(TimeSpan elapsed, bool interrupted, string? error)
        {
            lock (_gate)
            {
                return new IngestReport(_read, _rejected, _new, _updated, _unchanged, _nodes, _relationships, elapsed, interrupted, error, _rejections.ToArray());
            }
        }
    }
}
