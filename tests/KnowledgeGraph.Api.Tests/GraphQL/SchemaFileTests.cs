using KnowledgeGraph.Api.GraphQL;
using KnowledgeGraph.Testing;

namespace KnowledgeGraph.Api.Tests.GraphQL;

/// <summary>
/// graph-schema/schema.graphql is the printed schema. When the code changes the schema, regenerate the file with
/// <c>kg schema &gt; graph-schema/schema.graphql</c> (or <c>KG_UPDATE_SCHEMA=1 dotnet test tests/KnowledgeGraph.Api.Tests --filter SchemaFileTests</c>) and commit both.
/// </summary>
public sealed class SchemaFileTests
{
    [Fact]
    public void Committed_schema_matches_the_code()
    {
        var path = Path.Combine(SharedData.RepositoryRoot, "graph-schema", "schema.graphql");
        var printed = KgSchemaSdl.Print();
        if (Environment.GetEnvironmentVariable("KG_UPDATE_SCHEMA") == "1")
        {
            File.WriteAllText(path, printed);
        }

        Assert.True(File.Exists(path), $"{path} is missing: run with KG_UPDATE_SCHEMA=1 to write it.");
        var committed = File.ReadAllText(path).ReplaceLineEndings("\n");
        Assert.True(
            committed == printed,
            "graph-schema/schema.graphql differs from the schema in code: run `kg schema > graph-schema/schema.graphql` and commit the file.");
    }
}
