using GraphQL.Types;
using KnowledgeGraph.Api.GraphQL;
using KnowledgeGraph.Api.Hosting;
using KnowledgeGraph.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeGraph.Api.Tests.GraphQL;

/// <summary>
/// graph-schema/schema.graphql is the printed schema. When the code changes the schema, regenerate the file with
/// <c>KG_UPDATE_SCHEMA=1 dotnet test tests/KnowledgeGraph.Api.Tests --filter SchemaFileTests</c> and commit both.
/// </summary>
public sealed class SchemaFileTests
{
    internal static string PrintSchema()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(new KgServeOptions());
        services.AddKgGraphQL(new KgServeOptions());
        using var provider = services.BuildServiceProvider();
        var schema = (KgSchema)provider.GetRequiredService<ISchema>();
        schema.Initialize();
        return schema.PrintSdl();
    }

    [Fact]
    public void Committed_schema_matches_the_code()
    {
        var path = Path.Combine(SharedData.RepositoryRoot, "graph-schema", "schema.graphql");
        var printed = PrintSchema();
        if (Environment.GetEnvironmentVariable("KG_UPDATE_SCHEMA") == "1")
        {
            File.WriteAllText(path, printed);
        }

        Assert.True(File.Exists(path), $"{path} is missing: run with KG_UPDATE_SCHEMA=1 to write it.");
        var committed = File.ReadAllText(path).ReplaceLineEndings("\n");
        Assert.True(
            committed == printed,
            "graph-schema/schema.graphql differs from the schema in code: run `KG_UPDATE_SCHEMA=1 dotnet test tests/KnowledgeGraph.Api.Tests --filter SchemaFileTests` and commit the file.");
    }
}
