using System.ComponentModel;
using KnowledgeGraph.Api.GraphQL;
using Spectre.Console.Cli;

namespace KnowledgeGraph.Cli.Commands;

/// <summary><c>kg schema</c>: prints the GraphQL schema (SDL), as committed in <c>graph-schema/schema.graphql</c>.</summary>
[Description("Print the GraphQL schema (SDL).")]
public sealed class SchemaCommand(KgConsole console) : KgCommand<SchemaCommand.Settings>(console)
{
    public sealed class Settings : CommandSettings;

    protected override Task<int> RunAsync(Settings settings, CancellationToken cancellationToken)
    {
        Console.Data.Write(KgSchemaSdl.Print());
        return Task.FromResult(0);
    }
}
