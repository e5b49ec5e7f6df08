using KnowledgeGraph.Cables;
using KnowledgeGraph.Cables.Model;
using KnowledgeGraph.Testing;

namespace KnowledgeGraph.Extraction.Tests;

/// <summary>Cables for tests, read by the product reader: the seed from samples/ (it may live in the repository), others from ../shared.</summary>
internal static class TestCables
{
    public static string SeedPath => Path.Combine(SharedData.RepositoryRoot, "samples", "07TOKYO5019.txt");

    public static ParsedCable Seed() => Parse(File.ReadAllText(SeedPath), "07TOKYO5019.txt");

    public static ParsedCable Parse(string content, string name)
        => new CableReader().Parse(content, name).OfType<CableParsed>().Single().Cable;

    public static ParsedCable Corpus(string id)
        => new CableReader().Read([Path.Combine(SharedData.CablegateHtml!, id + ".html")]).OfType<CableParsed>().Single().Cable;
}
