using KnowledgeGraph.Cables;
using KnowledgeGraph.Cli.Commands;
using KnowledgeGraph.Cli.Internal;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console.Cli;

namespace KnowledgeGraph.Cli;

/// <summary>Builds the <c>kg</c> command line: one command class per job, registered here and nowhere else.</summary>
public static class KgApp
{
    public static Task<int> RunAsync(string[] args) => RunAsync(args, configure: null);

    /// <summary>Runs <c>kg</c>; a command-line mistake (unknown command or option) is one line on stderr, exit code 2.</summary>
    public static async Task<int> RunAsync(string[] args, Action<IServiceCollection>? configure)
    {
        try
        {
            return await Create(configure).RunAsync(args).ConfigureAwait(false);
        }
        catch (CommandAppException ex)
        {
            await Console.Error.WriteLineAsync("kg: error: " + ex.Message.ReplaceLineEndings(" ")).ConfigureAwait(false);
            return KgCommand<CommandSettings>.ExitUserError;
        }
    }

    /// <param name="configure">Replaces or adds services (tests pass a <see cref="KgConsole"/> over string writers).</param>
    public static CommandApp Create(Action<IServiceCollection>? configure = null)
    {
        var services = new ServiceCollection();
        services.AddSingleton(_ => KgConsole.System());
        services.AddSingleton(_ => new CableReader());
        configure?.Invoke(services);
        var app = new CommandApp(new ServiceTypeRegistrar(services));
        app.Configure(config =>
        {
            config.SetApplicationName("kg");
            config.UseStrictParsing();
            config.PropagateExceptions(); // KgCommand turns user errors into messages itself
            Register(config);
        });
        return app;
    }

    private static void Register(IConfigurator config)
    {
        config.AddCommand<ExtractCommand>("extract")
            .WithExample("extract", "samples/07TOKYO5019.txt")
            .WithExample("extract", "cables.csv", "--json");
        config.AddCommand<StatsCommand>("stats")
            .WithExample("stats", "../shared/corpus")
            .WithExample("stats", "--store", "sqlite:kg.db", "--json");
        config.AddCommand<EvalCommand>("eval")
            .WithDescription("Score extraction against gold annotations: precision, recall, F1 for persons, countries, meeting pairs and dates.")
            .WithExample("eval", "--gold", "tests/gold/dev", "../shared/corpus/cablegate-html", "samples");
        config.AddCommand<IngestCommand>("ingest")
            .WithExample("ingest", "samples/07TOKYO5019.txt")
            .WithExample("ingest", "../shared/corpus", "--store", "sqlite:kg.db", "--parallel", "2");
        config.AddCommand<ServeCommand>("serve")
            .WithExample("serve", "--store", "sqlite:kg.db", "--urls", "http://127.0.0.1:5080")
            .WithExample("serve", "--store", "neo4j://localhost:7474", "--api-key", "s3cret");
        config.AddCommand<SchemaCommand>("schema")
            .WithExample("schema");
        config.AddCommand<ExportCommand>("export")
            .WithExample("export", "--seed", "person:sergei-lavrov", "--depth", "2", "--format", "gexf", "-o", "lavrov.gexf")
            .WithExample("export", "--topic", "Northern Territories", "--from", "2007", "--to", "2008", "--format", "csv", "-o", "neo4j-import.zip");
    }
}
