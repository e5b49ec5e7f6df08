using KnowledgeGraph.Cables;
using Spectre.Console;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>
/// Reads cables for a command: streams parsed cables, prints one line per rejected input on the error console
/// (<c>kg: path (record n): message</c>), and keeps the counts for the final summary.
/// </summary>
public sealed class CableInputs(CableReader reader, KgConsole console)
{
    public int Parsed { get; private set; }

    public int Rejected { get; private set; }

    public IEnumerable<CableParsed> Read(IReadOnlyList<string> paths, CancellationToken cancellationToken)
    {
        if (paths.Count == 0)
        {
            throw new KgUserException("no input: give one or more cable files, directories, or - for standard input");
        }

        foreach (var result in reader.Read(paths, cancellationToken))
        {
            switch (result)
            {
                case CableParsed parsed:
                    Parsed++;
                    yield return parsed;
                    break;
                case CableRejected rejected:
                    Rejected++;
                    console.Error.MarkupLineInterpolated($"[yellow]kg:[/] {rejected.Source}: {rejected.Message}");
                    break;
            }
        }
    }

    /// <summary>"Read 12 cables; 2 inputs rejected." on the error console.</summary>
    public void WriteSummary()
        => console.Error.MarkupLineInterpolated($"Read {Parsed} {(Parsed == 1 ? "cable" : "cables")}; {Rejected} {(Rejected == 1 ? "input" : "inputs")} rejected.");

    /// <summary>Non-zero only when nothing at all could be read.</summary>
    public int ExitCode => Parsed > 0 ? 0 : 1;
}
