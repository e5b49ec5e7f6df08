using GraphQL.Types;
using KnowledgeGraph.Api.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeGraph.Api.GraphQL;

/// <summary>The printed schema (SDL) without starting a host: <c>kg schema</c> and the schema-file test use it.</summary>
public static class KgSchemaSdl
{
    public static string Print()
    {
        var options = new KgServeOptions();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(options);
        services.AddKgGraphQL(options);
        using var provider = services.BuildServiceProvider();
        var schema = (KgSchema)provider.GetRequiredService<ISchema>();
        schema.Initialize();
        return schema.PrintSdl();
    }
}
