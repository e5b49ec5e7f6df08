using BenchmarkDotNet.Attributes;
using KnowledgeGraph.Cables;
using KnowledgeGraph.Cables.Model;
using KnowledgeGraph.Extraction;
using KnowledgeGraph.Testing;

namespace KnowledgeGraph.Benchmarks;

/// <summary>
/// Full extraction (read, parse, entities, meetings, resolution) over the ../shared Cablegate pages on one core.
/// MB/s = <see cref="CableTextMegabytes"/> (header + body text) divided by the mean time of <see cref="ReadParseExtract"/>.
/// </summary>
[MemoryDiagnoser]
public class ExtractionBenchmarks
{
    private List<(string Name, string Content)> _pages = [];
    private List<ParsedCable> _cables = [];

    /// <summary>Megabytes of cable text (header and body) in the corpus, printed at setup.</summary>
    public double CableTextMegabytes { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        var dir = SharedData.CablegateHtml ?? throw new InvalidOperationException(SharedData.MissingMessage);
        _pages = Directory.EnumerateFiles(dir, "*.html").Order(StringComparer.Ordinal).Select(f => (f, File.ReadAllText(f))).ToList();
        var reader = new CableReader();
        _cables = _pages.SelectMany(p => reader.Parse(p.Content, p.Name)).OfType<CableParsed>().Select(p => p.Cable).ToList();
        CableTextMegabytes = _cables.Sum(c => (double)c.Body.Length + c.Header.Length) / 1_000_000;
        Console.WriteLine($"// corpus: {_cables.Count} cables, {CableTextMegabytes:0.00} MB of cable text");
    }

    /// <summary>Read and parse every page, then extract its facts.</summary>
    [Benchmark]
    public int ReadParseExtract()
    {
        var reader = new CableReader();
        var count = 0;
        foreach (var (name, content) in _pages)
        {
            foreach (var result in reader.Parse(content, name))
            {
                if (result is CableParsed parsed)
                {
                    count += FactExtractor.Default.Extract(parsed.Cable).Persons.Count;
                }
            }
        }

        return count;
    }

    /// <summary>Extraction alone over already parsed cables.</summary>
    [Benchmark]
    public int ExtractOnly()
    {
        var count = 0;
        foreach (var cable in _cables)
        {
            count += FactExtractor.Default.Extract(cable).Meetings.Count;
        }

        return count;
    }
}
