using KnowledgeGraph.Cli.Commands;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeGraph.Cli.Tests;

/// <summary>Runs <c>kg</c> in process with captured standard output and error.</summary>
internal static class CliRunner
{
    public sealed record Result(int ExitCode, string Out, string Error);

    public static async Task<Result> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await KgApp.RunAsync(args, services => services.AddSingleton(KgConsole.Over(output, error)));
        return new Result(code, output.ToString(), error.ToString());
    }
}
