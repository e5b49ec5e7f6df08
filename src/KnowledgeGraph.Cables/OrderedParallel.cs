namespace KnowledgeGraph.Cables;

/// <summary>
/// A streaming parallel map that keeps input order: the source is enumerated on the caller's thread, the selector
/// runs on at most <c>degree</c> pool threads, and at most <c>4 × degree</c> items are in flight, so memory stays
/// flat however long the source is and the output is the same, byte for byte, as a serial run.
/// </summary>
public static class OrderedParallel
{
    private const int InFlightPerWorker = 4;

    /// <param name="degree">Worker threads; 1 or less runs everything on the caller's thread.</param>
    public static IEnumerable<TOut> Select<TIn, TOut>(IEnumerable<TIn> source, Func<TIn, TOut> selector, int degree, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(selector);
        return degree <= 1 ? Serial(source, selector, cancellationToken) : Parallel(source, selector, degree, cancellationToken);
    }

    private static IEnumerable<TOut> Serial<TIn, TOut>(IEnumerable<TIn> source, Func<TIn, TOut> selector, CancellationToken cancellationToken)
    {
        foreach (var item in source)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return selector(item);
        }
    }

    private static IEnumerable<TOut> Parallel<TIn, TOut>(IEnumerable<TIn> source, Func<TIn, TOut> selector, int degree, CancellationToken cancellationToken)
    {
        var scheduler = new ConcurrentExclusiveSchedulerPair(TaskScheduler.Default, degree).ConcurrentScheduler;
        var window = degree * InFlightPerWorker;
        var inFlight = new Queue<Task<TOut>>(window);
        try
        {
            foreach (var item in source)
            {
                cancellationToken.ThrowIfCancellationRequested();
                inFlight.Enqueue(Task.Factory.StartNew(() => selector(item), cancellationToken, TaskCreationOptions.None, scheduler));
                if (inFlight.Count >= window)
                {
                    yield return inFlight.Dequeue().GetAwaiter().GetResult();
                }
            }

            while (inFlight.Count > 0)
            {
                yield return inFlight.Dequeue().GetAwaiter().GetResult();
            }
        }
        finally
        {
            // Abandoned early (an exception, or the caller stopped): let the queued work finish before returning.
            foreach (var task in inFlight)
            {
                ((IAsyncResult)task).AsyncWaitHandle.WaitOne();
            }
        }
    }
}
