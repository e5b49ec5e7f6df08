using KnowledgeGraph.Graph.Model;
using KnowledgeGraph.Graph.Stores;
using KnowledgeGraph.Storage.Neo4j.Internal;

namespace KnowledgeGraph.Storage.Neo4j;

/// <summary>
/// The graph in Neo4j, over its official HTTP APIs (Neo4j.Driver is not available): the Query API of 5.19+/Aura when
/// the server advertises it, else the transactional endpoint of 3.x–5.x. Each batch of cables is written in one
/// transaction, so a cable is stored whole or not at all. Answers equal the embedded store's (one contract suite runs
/// against both); full-text search is the exception in ranking only, because 3.x has no full-text index (see README).
/// </summary>
public sealed partial class Neo4jGraphStore : IGraphStore
{
    /// <summary>Cables per transaction: a large ingest batch is split so requests stay a few MB.</summary>
    private const int CablesPerTransaction = 250;

    private readonly Neo4jStoreOptions _options;
    private readonly SemaphoreSlim _writeLock = new(1, 1);
    private Neo4jConnection? _connection;

    public Neo4jGraphStore(Neo4jStoreOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
    }

    /// <summary>Which HTTP API the store uses (after <see cref="OpenAsync"/>), for reports.</summary>
    public string? Protocol => _connection?.Protocol.Name;

    public async Task<StoreInfo> OpenAsync(CancellationToken cancellationToken = default)
    {
        if (_connection is null)
        {
            var connection = await Neo4jConnection.OpenAsync(_options, cancellationToken).ConfigureAwait(false);
            try
            {
                await CreateSchemaAsync(connection, cancellationToken).ConfigureAwait(false);
            }
            catch
            {
                connection.Dispose();
                throw;
            }

            _connection = connection;
        }

        return new StoreInfo("neo4j", $"Neo4j {_connection.Version.Text} {_connection.Edition}", _connection.Location);
    }

    public async Task<WriteSummary> WriteCablesAsync(IReadOnlyList<CableGraph> cables, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(cables);
        var connection = Connection;
        if (cables.Count == 0)
        {
            return WriteSummary.None;
        }

        // One writer at a time: the MET bookkeeping label is shared by the batch being written.
        await _writeLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var summary = WriteSummary.None;
            foreach (var chunk in cables.Chunk(CablesPerTransaction))
            {
                var results = await connection.RunAsync(WriteBatch.Statements(chunk), cancellationToken).ConfigureAwait(false);
                var met = results[^WriteBatch.MetResultFromEnd].Rows.FirstOrDefault()?[0];
                var edges = chunk.Sum(c => c.Edges.Count(e => e.Type != RelationshipType.Met));
                summary = summary.Add(new WriteSummary(chunk.Length, chunk.Sum(c => c.Nodes.Count), edges + (int)GraphRows.Long(met)));
            }

            return summary;
        }
        finally
        {
            _writeLock.Release();
        }
    }

    public ValueTask DisposeAsync()
    {
        _connection?.Dispose();
        _connection = null;
        return ValueTask.CompletedTask;
    }

    private Neo4jConnection Connection => _connection ?? throw new InvalidOperationException("Call OpenAsync before using the store.");

    private static async Task CreateSchemaAsync(Neo4jConnection connection, CancellationToken cancellationToken)
    {
        // Schema statements cannot share a transaction with each other's data on 3.x: one request each.
        foreach (var statement in Neo4jSchema.StatementsFor(connection.Version))
        {
            try
            {
                await connection.RunAsync(new CypherStatement(statement), cancellationToken).ConfigureAwait(false);
            }
            catch (GraphStoreException e) when (e.InnerException is Neo4jServerError error && Neo4jSchema.IsAlreadyThere(error))
            {
                // An equivalent constraint or index exists (4.x reports it; 3.x and IF NOT EXISTS do not).
            }
        }
    }
}
