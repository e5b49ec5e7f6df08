using System.ComponentModel;
using KnowledgeGraph.Storage;
using Spectre.Console.Cli;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>
/// Settings of commands that use a stored graph: <c>--store</c> and the Neo4j connection options. An option wins over
/// its environment variable (<c>KG_STORE</c>, <c>KG_NEO4J_URI</c>, <c>KG_NEO4J_USER</c>, <c>KG_NEO4J_PASSWORD</c>,
/// <c>KG_NEO4J_DATABASE</c>); see <see cref="GraphStoreFactory"/>.
/// </summary>
public class StoreSettings : CommandSettings
{
    [CommandOption("--store <STORE>")]
    [Description("sqlite:PATH (default sqlite:kg.db, or KG_STORE), neo4j (the server of --neo4j-uri), neo4j://HOST:PORT or http(s)://HOST:PORT.")]
    public string? Store { get; init; }

    [CommandOption("--neo4j-uri <URL>")]
    [Description("Neo4j server's HTTP address, e.g. neo4j://localhost:7474 or https://host:7473 (default KG_NEO4J_URI); implies --store neo4j.")]
    public string? Neo4jUri { get; init; }

    [CommandOption("--neo4j-user <USER>")]
    [Description("Neo4j user (default KG_NEO4J_USER, else neo4j).")]
    public string? Neo4jUser { get; init; }

    [CommandOption("--neo4j-password <PASSWORD>")]
    [Description("Neo4j password (default KG_NEO4J_PASSWORD; prefer the variable, options show in the process list).")]
    public string? Neo4jPassword { get; init; }

    [CommandOption("--neo4j-database <NAME>")]
    [Description("Neo4j database, 4.x and later (default KG_NEO4J_DATABASE, else the server's default).")]
    public string? Neo4jDatabase { get; init; }

    /// <summary>True when the command line names a store (<c>--store</c> or <c>--neo4j-uri</c>).</summary>
    public bool NamesStore => Store is not null || Neo4jUri is not null;

    /// <summary>The Neo4j options given on the command line (gaps are filled from the environment later).</summary>
    public Neo4jSettings Neo4j => new(Neo4jUser, Neo4jPassword, Neo4jDatabase, Neo4jUri);
}
