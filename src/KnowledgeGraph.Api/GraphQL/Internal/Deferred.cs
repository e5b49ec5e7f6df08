using GraphQL.DataLoader;

namespace KnowledgeGraph.Api.GraphQL.Internal;

/// <summary>
/// A value GraphQL.NET resolves after every other field of the current level has queued its keys,
/// which is what lets <see cref="BatchLoader{TKey, TValue}"/> fetch them all in one store call.
/// </summary>
internal sealed class Deferred<T>(Func<CancellationToken, Task<T>> resolve) : IDataLoaderResult<T>
{
    public Task<T> GetResultAsync(CancellationToken cancellationToken = default) => resolve(cancellationToken);

    async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await resolve(cancellationToken);

    public Deferred<TResult> Then<TResult>(Func<T, TResult> map) => new(async ct => map(await resolve(ct)));
}
