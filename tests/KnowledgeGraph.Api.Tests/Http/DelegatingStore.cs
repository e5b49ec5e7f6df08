using KnowledgeGraph.Graph.Model;
using KnowledgeGraph.Graph.Stores;

namespace KnowledgeGraph.Api.Tests.Http;

/// <summary>Passes every call to a real store; subclasses observe or slow down calls.</summary>
internal abstract class DelegatingStore(IGraphStore inner) : IGraphStore
{
    protected virtual void Called()
    {
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    public Task<StoreInfo> OpenAsync(CancellationToken cancellationToken = default) => inner.OpenAsync(cancellationToken);

    public Task<IReadOnlyDictionary<string, string>> GetContentHashesAsync(IReadOnlyCollection<string> cableIds, CancellationToken cancellationToken = default)
    {
        Called();
        return inner.GetContentHashesAsync(cableIds, cancellationToken);
    }

    public Task<WriteSummary> WriteCablesAsync(IReadOnlyList<CableGraph> cables, CancellationToken cancellationToken = default)
    {
        Called();
        return inner.WriteCablesAsync(cables, cancellationToken);
    }

    public virtual Task<GraphCounts> GetCountsAsync(CancellationToken cancellationToken = default)
    {
        Called();
        return inner.GetCountsAsync(cancellationToken);
    }

    public Task<IReadOnlyList<GraphNode>> GetNodesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default)
    {
        Called();
        return inner.GetNodesAsync(ids, cancellationToken);
    }

    public Task<IReadOnlyList<GraphEdge>> GetEdgesAsync(EdgeQuery query, CancellationToken cancellationToken = default)
    {
        Called();
        return inner.GetEdgesAsync(query, cancellationToken);
    }

    public Task<Page<GraphNode>> FindNodesAsync(NodeQuery query, CancellationToken cancellationToken = default)
    {
        Called();
        return inner.FindNodesAsync(query, cancellationToken);
    }

    public Task<Page<GraphNode>> FindMeetingsAsync(MeetingQuery query, CancellationToken cancellationToken = default)
    {
        Called();
        return inner.FindMeetingsAsync(query, cancellationToken);
    }

    public Task<IReadOnlyList<Page<GraphNode>>> FindMeetingsAsync(IReadOnlyList<MeetingQuery> queries, CancellationToken cancellationToken = default)
    {
        Called();
        return inner.FindMeetingsAsync(queries, cancellationToken);
    }

    public Task<IReadOnlyDictionary<string, IReadOnlyList<GraphEdge>>> GetMetEdgesAsync(IReadOnlyCollection<string> personIds, int first, CancellationToken cancellationToken = default)
    {
        Called();
        return inner.GetMetEdgesAsync(personIds, first, cancellationToken);
    }

    public Task<Page<GraphNode>> FindCablesAsync(CableQuery query, CancellationToken cancellationToken = default)
    {
        Called();
        return inner.FindCablesAsync(query, cancellationToken);
    }

    public Task<IReadOnlyList<SearchHit>> SearchAsync(SearchQuery query, CancellationToken cancellationToken = default)
    {
        Called();
        return inner.SearchAsync(query, cancellationToken);
    }

    public Task<IReadOnlyList<TimelineBucket>> GetTimelineAsync(TimelineQuery query, CancellationToken cancellationToken = default)
    {
        Called();
        return inner.GetTimelineAsync(query, cancellationToken);
    }
}
