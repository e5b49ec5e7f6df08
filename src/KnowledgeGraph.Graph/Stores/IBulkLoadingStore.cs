namespace KnowledgeGraph.Graph.Stores;

/// <summary>
/// A store that loads a large first ingest faster by building its secondary indexes once at the end instead of
/// updating them for every row (each index insert at a random place in a large index dirties its own page). The ingest
/// pipeline opens a bulk load around its writes; a store that holds cables already ignores it.
/// </summary>
public interface IBulkLoadingStore
{
    /// <summary>
    /// Defers the secondary indexes when the store holds no cable yet. Disposing the returned scope builds them again;
    /// until then the store answers every query correctly, only more slowly. If the process dies first, the next
    /// <see cref="IGraphStore.OpenAsync"/> builds them.
    /// </summary>
    /// <exception cref="GraphStoreException">The store failed.</exception>
    Task<IAsyncDisposable> BeginBulkLoadAsync(CancellationToken cancellationToken = default);
}
