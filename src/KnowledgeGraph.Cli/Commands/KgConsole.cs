using Spectre.Console;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>
/// Where a command writes: <see cref="Out"/> for results (and <see cref="Data"/>, the same stream without markup, for
/// JSON Lines), <see cref="Error"/> for per-input problems and error messages. Tests construct it over string writers.
/// </summary>
public sealed class KgConsole(IAnsiConsole output, IAnsiConsole error)
{
    public IAnsiConsole Out { get; } = output;

    public IAnsiConsole Error { get; } = error;

    /// <summary>The raw writer behind <see cref="Out"/>, for machine-readable output (JSON Lines).</summary>
    public TextWriter Data => Out.Profile.Out.Writer;

    public static KgConsole System()
    {
        var output = AnsiConsole.Console;
        if (Console.IsOutputRedirected)
        {
            output.Profile.Width = NoWrap; // piped output: never break a line
        }

        var error = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        error.Profile.Width = NoWrap; // one problem, one line
        return new KgConsole(output, error);
    }

    private const int NoWrap = 100_000;

    /// <summary>A console over plain writers, no colours or width limits (tests, redirected output).</summary>
    public static KgConsole Over(TextWriter output, TextWriter error) => new(Plain(output), Plain(error));

    private static IAnsiConsole Plain(TextWriter writer)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(writer),
        });
        console.Profile.Width = NoWrap;
        return console;
    }
}
