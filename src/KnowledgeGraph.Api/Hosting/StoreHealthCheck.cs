using KnowledgeGraph.Graph.Stores;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace KnowledgeGraph.Api.Hosting;

/// <summary>Ready when the store answers a lookup (one real round trip to SQLite or Neo4j).</summary>
internal sealed class StoreHealthCheck(IGraphStore store) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(5));
            await store.GetNodesAsync(["readyz:probe"], timeout.Token);
            return HealthCheckResult.Healthy("store answers");
        }
        catch (Exception ex) when (ex is GraphStoreException or OperationCanceledException or IOException or HttpRequestException)
        {
            return HealthCheckResult.Unhealthy(ex is GraphStoreException ? ex.Message : "store did not answer");
        }
    }
}
