namespace KnowledgeGraph.Storage;

/// <summary>
/// Server, credentials and database for a Neo4j store. Values given explicitly (command-line options) win; missing
/// ones come from <c>KG_NEO4J_URI</c>, <c>KG_NEO4J_USER</c>, <c>KG_NEO4J_PASSWORD</c>, <c>KG_NEO4J_DATABASE</c>; the
/// user defaults to <c>neo4j</c>. The server may also be named by <c>--store neo4j://HOST:PORT</c> or <c>KG_STORE</c>
/// (see <see cref="GraphStoreFactory.Resolve(string?, Neo4jSettings?)"/>).
/// </summary>
public sealed record Neo4jSettings(string? User = null, string? Password = null, string? Database = null, string? Uri = null)
{
    public const string UriVariable = "KG_NEO4J_URI";
    public const string UserVariable = "KG_NEO4J_USER";
    public const string PasswordVariable = "KG_NEO4J_PASSWORD";
    public const string DatabaseVariable = "KG_NEO4J_DATABASE";

    /// <summary>These settings with the gaps filled from the environment.</summary>
    public Neo4jSettings WithEnvironment() => new(
        User ?? Env(UserVariable) ?? "neo4j",
        Password ?? Env(PasswordVariable),
        Database ?? Env(DatabaseVariable),
        Uri ?? Env(UriVariable));

    private static string? Env(string name) => Environment.GetEnvironmentVariable(name) is { Length: > 0 } value ? value : null;
}
