using Spectre.Console.Cli;

namespace KnowledgeGraph.Cli;

/// <summary>Builds the <c>kg</c> command line: one command class per job, registered here and nowhere else.</summary>
public static class KgApp
{
    public static Task<int> RunAsync(string[] args) => Create().RunAsync(args);

    public static CommandApp Create()
    {
        var app = new CommandApp();
        app.Configure(config =>
        {
            config.SetApplicationName("kg");
            config.PropagateExceptions(); // KgCommand turns user errors into messages itself
            Register(config);
        });
        return app;
    }

    private static void Register(IConfigurator config)
    {
        // Commands are added here by the issue that introduces them.
        config.AddCommand<Commands.EvalCommand>("eval")
            .WithDescription("Score extraction against gold annotations: precision, recall, F1 for persons, countries, meeting pairs and dates.")
            .WithExample("eval", "--gold", "tests/gold/dev", "../shared/corpus/cablegate-html", "samples");
    }
}
