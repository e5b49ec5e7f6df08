namespace KnowledgeGraph.Api.GraphQL.Internal;

/// <summary>
/// Request-scoped batching and caching (the DataLoader pattern; the GraphQL.DataLoader package is not
/// served here). <see cref="Load"/> only records the key; the first result awaited fetches every key
/// recorded so far with one call of <c>fetch</c>. Thread-safe: GraphQL.NET resolves siblings in parallel.
/// </summary>
internal sealed class BatchLoader<TKey, TValue>(
    Func<IReadOnlyList<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> fetch,
    TValue missing)
    where TKey : notnull
{
    private readonly Lock gate = new();
    private readonly Dictionary<TKey, TaskCompletionSource<TValue>> entries = [];
    private List<TKey> pending = [];

    public Deferred<TValue> Load(TKey key)
    {
        var entry = Register(key);
        return new Deferred<TValue>(async ct =>
        {
            await DispatchAsync(ct);
            return await entry.Task.WaitAsync(ct);
        });
    }

    public Deferred<IReadOnlyList<TValue>> LoadMany(IEnumerable<TKey> keys)
    {
        var batch = keys.Select(Register).ToList();
        return new Deferred<IReadOnlyList<TValue>>(async ct =>
        {
            await DispatchAsync(ct);
            var values = new List<TValue>(batch.Count);
            foreach (var entry in batch)
            {
                values.Add(await entry.Task.WaitAsync(ct));
            }

            return values;
        });
    }

    private TaskCompletionSource<TValue> Register(TKey key)
    {
        lock (gate)
        {
            if (!entries.TryGetValue(key, out var entry))
            {
                entry = new TaskCompletionSource<TValue>(TaskCreationOptions.RunContinuationsAsynchronously);
                entries[key] = entry;
                pending.Add(key);
            }

            return entry;
        }
    }

    private async Task DispatchAsync(CancellationToken cancellationToken)
    {
        List<TKey> batch;
        List<TaskCompletionSource<TValue>> waiting;
        lock (gate)
        {
            if (pending.Count == 0)
            {
                return;
            }

            batch = pending;
            pending = [];
            waiting = batch.Select(k => entries[k]).ToList();
        }

        try
        {
            var found = await fetch(batch, cancellationToken);
            for (var i = 0; i < batch.Count; i++)
            {
                waiting[i].TrySetResult(found.TryGetValue(batch[i], out var value) ? value : missing);
            }
        }
        catch (Exception ex)
        {
            foreach (var entry in waiting)
            {
                entry.TrySetException(ex);
            }
        }
    }
}
