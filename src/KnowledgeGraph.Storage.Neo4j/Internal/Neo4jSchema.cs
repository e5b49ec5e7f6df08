using System.Reflection;

namespace KnowledgeGraph.Storage.Neo4j.Internal;

/// <summary>
/// The constraints and indexes, read from graph-schema/*.cypher (embedded at build time, so the repository has one
/// copy of that Cypher): the <c>FOR … REQUIRE</c> file for 4.4 and later, the <c>ON … ASSERT</c> file before.
/// </summary>
internal static class Neo4jSchema
{
    public static IReadOnlyList<string> StatementsFor(ServerVersion version) =>
        Parse(Load(version.HasForRequireSyntax ? "neo4j-5.cypher" : "neo4j-3-4.cypher"));

    /// <summary>Statements end with <c>;</c>; lines starting with <c>//</c> are comments.</summary>
    public static IReadOnlyList<string> Parse(string text)
    {
        var lines = text.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => !l.TrimStart().StartsWith("//", StringComparison.Ordinal));
        return string.Join('\n', lines)
            .Split(';')
            .Select(s => s.Trim())
            .Where(s => s.Length > 0)
            .ToArray();
    }

    /// <summary>Creating a rule that exists is not a failure (3.x ignores it, 4.x reports it).</summary>
    public static bool IsAlreadyThere(Neo4jServerError error) =>
        error.Code.Contains("AlreadyExists", StringComparison.Ordinal) || error.Code.Contains("EquivalentSchemaRule", StringComparison.Ordinal);

    private static string Load(string name)
    {
        var assembly = Assembly.GetExecutingAssembly();
        using var stream = assembly.GetManifestResourceStream("graph-schema/" + name)
            ?? throw new InvalidOperationException($"graph-schema/{name} is not embedded in {assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
