namespace KnowledgeGraph.Cables.Tests;

/// <summary><see cref="OrderedParallel"/>: input order kept, work really spread, in-flight items bounded.</summary>
public sealed class OrderedParallelTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(4)]
    public void Results_come_back_in_input_order_whatever_finishes_first(int degree)
    {
        // Early items take longest, so a pipeline that yields in completion order would reorder them.
        var output = OrderedParallel.Select(Enumerable.Range(0, 40), i =>
        {
            Thread.Sleep((40 - i) % 7);
            return i * 10;
        }, degree).ToList();

        Assert.Equal(Enumerable.Range(0, 40).Select(i => i * 10), output);
    }

    [Fact]
    public void At_most_degree_selectors_run_at_once_and_the_source_is_read_only_a_bounded_window_ahead()
    {
        var running = 0;
        var maxRunning = 0;
        var produced = 0;
        var maxAhead = 0;
        var consumed = 0;
        IEnumerable<int> Source()
        {
            for (var i = 0; i < 60; i++)
            {
                Interlocked.Increment(ref produced);
                maxAhead = Math.Max(maxAhead, produced - Volatile.Read(ref consumed));
                yield return i;
            }
        }

        foreach (var _ in OrderedParallel.Select(Source(), i =>
                 {
                     var now = Interlocked.Increment(ref running);
                     InterlockedMax(ref maxRunning, now);
                     Thread.Sleep(2);
                     Interlocked.Decrement(ref running);
                     return i;
                 }, 2))
        {
            Interlocked.Increment(ref consumed);
        }

        Assert.InRange(maxRunning, 1, 2);
        Assert.InRange(maxAhead, 1, 9); // 4 per worker in flight, plus the one being handed over
    }

    [Fact]
    public void A_failing_selector_surfaces_its_exception_to_the_reader()
    {
        var results = OrderedParallel.Select(Enumerable.Range(0, 10), i => i == 5 ? throw new InvalidOperationException("five") : i, 2);
        var ex = Assert.Throws<InvalidOperationException>(() => results.ToList());
        Assert.Equal("five", ex.Message);
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int current;
        while (value > (current = Volatile.Read(ref target)) && Interlocked.CompareExchange(ref target, value, current) != current)
        {
        }
    }
}
