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
        foreach (var (parsed, _) in Read(paths, 1, static _ => 0, cancellationToken))
        {
            yield return parsed;
        }
    }

    /// <summary>
    /// Parses the cables and applies <paramref name="map"/> (extraction, serialization) on up to <paramref name="parallel"/>
    /// threads; results come back in input order, and rejections are reported in input order too.
    /// </summary>
    public IEnumerable<(CableParsed Parsed, T Value)> Read<T>(IReadOnlyList<string> paths, int parallel, Func<CableParsed, T> map, CancellationToken cancellationToken)
    {
        if (paths.Count == 0)
        {
            throw new KgUserException("no input: give one or more cable files, directories, or - for standard input");
        }

        var results = OrderedParallel.Select(
            reader.ReadPending(paths, cancellationToken),
            pending => pending.Parse() is var result && result is CableParsed parsed ? (result, map(parsed)) : (result, default(T)),
            parallel,
            cancellationToken);
        foreach (var (result, value) in results)
        {
            switch (result)
            {
                case CableParsed parsed:
                    Parsed++;
                    yield return (parsed, value!);
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
