namespace KnowledgeGraph.Testing;

/// <summary>
/// Exclusive use of the Neo4j test server across test processes: an exclusive lock on a file in the temp folder,
/// one file per server address (several checkouts on one machine can each run their own server on other ports).
/// </summary>
internal sealed class Neo4jServerLock : IAsyncDisposable
{
    private static readonly string LockPath = Path.Combine(Path.GetTempPath(), $"kg-neo4j-test-server-{Neo4jTestServer.Uri.Host}-{Neo4jTestServer.Uri.Port}.lock");
    private readonly FileStream stream;

    private Neo4jServerLock(FileStream stream) => this.stream = stream;

    public static async Task<Neo4jServerLock> TakeAsync(CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow.AddMinutes(15);
        while (true)
        {
            try
            {
                return new Neo4jServerLock(new FileStream(LockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(50, cancellationToken);
            }
        }
    }

    public ValueTask DisposeAsync() => stream.DisposeAsync();
}
