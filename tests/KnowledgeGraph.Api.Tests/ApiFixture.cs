using System.Collections.Concurrent;
using KnowledgeGraph.Graph.Stores;

namespace KnowledgeGraph.Api.Tests;

/// <summary>One loaded store and host per store kind, shared by the tests of a class (loading is the slow part).</summary>
public class ApiFixture : IAsyncLifetime
{
    private readonly ConcurrentDictionary<string, Lazy<Task<(IGraphStore Store, ApiHost Host, IAsyncDisposable? Lease)>>> hosts = new();

    public async Task<ApiHost> HostAsync(string storeKind) => (await hosts.GetOrAdd(storeKind, k => new(() => StartAsync(k, LoadsData))).Value).Host;

    public async Task<IGraphStore> StoreAsync(string storeKind) => (await hosts.GetOrAdd(storeKind, k => new(() => StartAsync(k, LoadsData))).Value).Store;

    /// <summary>False for a fixture whose stores start empty (the mutation tests load them through the API).</summary>
    protected virtual bool LoadsData => true;

    private static async Task<(IGraphStore, ApiHost, IAsyncDisposable?)> StartAsync(string storeKind, bool load)
    {
        var (store, lease) = await TestStores.OpenAsync(storeKind);
        if (load)
        {
            await TestStores.LoadAsync(store);
        }

        return (store, await ApiHost.StartAsync(store), lease);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var entry in hosts.Values.Where(l => l.IsValueCreated))
        {
            var (store, host, lease) = await entry.Value;
            await host.DisposeAsync();
            await store.DisposeAsync();
            if (lease is not null)
            {
                await lease.DisposeAsync();
            }
        }
    }
}
