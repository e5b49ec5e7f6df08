using Spectre.Console;
using Spectre.Console.Cli;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>
/// Base of every <c>kg</c> command: runs <see cref="RunAsync"/> and turns user errors (<see cref="KgUserException"/>,
/// I/O problems, cancellation) into a one-line message on the error console with a non-zero exit code.
/// Exit codes: 0 success, 1 nothing could be done (see the command), 2 usage or user error, 130 cancelled.
/// </summary>
public abstract class KgCommand<TSettings>(KgConsole console) : AsyncCommand<TSettings>
    where TSettings : CommandSettings
{
    public const int ExitUserError = 2;
    public const int ExitCancelled = 130;

    protected KgConsole Console { get; } = console;

    protected abstract Task<int> RunAsync(TSettings settings, CancellationToken cancellationToken);

    public sealed override async Task<int> ExecuteAsync(CommandContext context, TSettings settings, CancellationToken cancellationToken)
    {
        try
        {
            return await RunAsync(settings, cancellationToken).ConfigureAwait(false);
        }
        catch (KgUserException ex)
        {
            return Fail(ex.Message);
        }
        catch (OperationCanceledException)
        {
            Console.Error.MarkupLine("[yellow]kg: cancelled[/]");
            return ExitCancelled;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return Fail(ex.Message);
        }
    }

    /// <summary>Prints <c>kg: error: message</c> on one line and returns <see cref="ExitUserError"/>.</summary>
    protected int Fail(string message)
    {
        Console.Error.MarkupLineInterpolated($"[red]kg: error:[/] {OneLine(message)}");
        return ExitUserError;
    }

    protected static string OneLine(string text) => text.ReplaceLineEndings(" ").Trim();
}
