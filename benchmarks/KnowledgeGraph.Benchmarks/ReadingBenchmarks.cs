using BenchmarkDotNet.Attributes;
using KnowledgeGraph.Cables;
using KnowledgeGraph.Testing;

namespace KnowledgeGraph.Benchmarks;

/// <summary>
/// Reading + header parsing throughput on one core over ../shared/corpus (1,295 WikiLeaks pages and the seed):
/// MB/s = <see cref="InputMegabytes"/> / mean time of <see cref="ParseCorpus"/>.
/// </summary>
[MemoryDiagnoser]
public class ReadingBenchmarks
{
    private readonly List<(string Name, string Content)> _inputs = [];

    /// <summary>Size of the inputs in MB (UTF-8 bytes of the page or file), printed at setup.</summary>
    public double InputMegabytes { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        var corpus = SharedData.Corpus ?? throw new InvalidOperationException(SharedData.MissingMessage);
        long bytes = 0;
        foreach (var file in Directory.EnumerateFiles(corpus, "*.*", SearchOption.AllDirectories).Where(f => f.EndsWith(".html", StringComparison.Ordinal) || f.EndsWith(".txt", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            _inputs.Add((file, File.ReadAllText(file)));
            bytes += new FileInfo(file).Length;
        }

        InputMegabytes = bytes / 1_000_000.0;
        Console.WriteLine($"// corpus: {_inputs.Count} files, {InputMegabytes:0.00} MB");
    }

    [Benchmark]
    public int ParseCorpus()
    {
        var reader = new CableReader();
        var parsed = 0;
        foreach (var (name, content) in _inputs)
        {
            foreach (var result in reader.Parse(content, name))
            {
                if (result is CableParsed)
                {
                    parsed++;
                }
            }
        }

        return parsed;
    }
}
