using KnowledgeGraph.Cables.Model;

namespace KnowledgeGraph.Cables;

/// <summary>
/// Reads cables from files, directories (recursive) and <c>-</c> (stdin), detecting the format per file,
/// streaming one result at a time so memory stays flat however large the input.
/// </summary>
public sealed class CableReader
{
    /// <summary>Every cable (or rejection) in the inputs, in input order.</summary>
    public IEnumerable<CableReadResult> Read(IEnumerable<string> inputs, CancellationToken cancellationToken = default)
        => throw new NotImplementedException("cable reader: issue 2");

    /// <summary>Parses content already in memory (an API upload, a test); <paramref name="format"/> null = detect.</summary>
    public IEnumerable<CableReadResult> Parse(string content, string sourceName, CableFormat? format = null)
        => throw new NotImplementedException("cable reader: issue 2");
}
