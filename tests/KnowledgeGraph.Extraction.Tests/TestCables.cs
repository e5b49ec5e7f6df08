using KnowledgeGraph.Cables.Model;
using KnowledgeGraph.Testing;

namespace KnowledgeGraph.Extraction.Tests;

/// <summary>Cables for tests: the seed from samples/ (it may live in the repository).</summary>
internal static class TestCables
{
    public static string SeedPath => Path.Combine(SharedData.RepositoryRoot, "samples", "07TOKYO5019.txt");

    public static ParsedCable Seed() => SeedCableParser.Parse("07TOKYO5019", File.ReadAllText(SeedPath));
}
