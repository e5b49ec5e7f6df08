using KnowledgeGraph.Graph.Model;
using KnowledgeGraph.Graph.Stores;
using KnowledgeGraph.Storage.Neo4j;
using KnowledgeGraph.Storage.Tests.Contract;
using KnowledgeGraph.Testing;

namespace KnowledgeGraph.Storage.Tests.Neo4j;

/// <summary>
/// The store contract against the real Neo4j test server (scripts/neo4j-test-server.sh). Each test holds the
/// server exclusively (other test processes wait) and starts from an empty database. Skipped when the server is not
/// running, except under CI (<see cref="StoreFactAttribute"/>).
/// </summary>
[NeedsNeo4jServer]
public sealed class Neo4jStoreContractTests : GraphStoreContract
{
    protected override string ExpectedKind => "neo4j";

    protected override async Task<IGraphStore> CreateEmptyStoreAsync()
    {
        var lease = await Neo4jTestServer.AcquireAsync();
        var store = new Neo4jGraphStore(new Neo4jStoreOptions(Neo4jTestServer.Uri, Neo4jTestServer.User, Neo4jTestServer.Password));
        return new LeasedStore(store, lease);
    }

    /// <summary>The store, releasing the server when disposed.</summary>
    private sealed class LeasedStore(IGraphStore inner, IAsyncDisposable lease) : IGraphStore
    {
        public Task<StoreInfo> OpenAsync(CancellationToken cancellationToken = default) => inner.OpenAsync(cancellationToken);

        public Task<IReadOnlyDictionary<string, string>> GetContentHashesAsync(IReadOnlyCollection<string> cableIds, CancellationToken cancellationToken = default) =>
            inner.GetContentHashesAsync(cableIds, cancellationToken);

        public Task<WriteSummary> WriteCablesAsync(IReadOnlyList<CableGraph> cables, CancellationToken cancellationToken = default) =>
            inner.WriteCablesAsync(cables, cancellationToken);

        public Task<GraphCounts> GetCountsAsync(CancellationToken cancellationToken = default) => inner.GetCountsAsync(cancellationToken);

        public Task<IReadOnlyList<GraphNode>> GetNodesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) =>
            inner.GetNodesAsync(ids, cancellationToken);

        public Task<IReadOnlyList<GraphEdge>> GetEdgesAsync(EdgeQuery query, CancellationToken cancellationToken = default) =>
            inner.GetEdgesAsync(query, cancellationToken);

        public Task<Page<GraphNode>> FindNodesAsync(NodeQuery query, CancellationToken cancellationToken = default) =>
            inner.FindNodesAsync(query, cancellationToken);

        public Task<Page<GraphNode>> FindMeetingsAsync(MeetingQuery query, CancellationToken cancellationToken = default) =>
            inner.FindMeetingsAsync(query, cancellationToken);

        public Task<Page<GraphNode>> FindCablesAsync(CableQuery query, CancellationToken cancellationToken = default) =>
            inner.FindCablesAsync(query, cancellationToken);

        public Task<IReadOnlyList<SearchHit>> SearchAsync(SearchQuery query, CancellationToken cancellationToken = default) =>
            inner.SearchAsync(query, cancellationToken);

        public Task<IReadOnlyList<TimelineBucket>> GetTimelineAsync(TimelineQuery query, CancellationToken cancellationToken = default) =>
            inner.GetTimelineAsync(query, cancellationToken);

        public async ValueTask DisposeAsync()
        {
            await inner.DisposeAsync();
            await lease.DisposeAsync();
        }
    }
}
