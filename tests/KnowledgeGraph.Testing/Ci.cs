namespace KnowledgeGraph.Testing;

/// <summary>Under CI every required component (../shared, the Neo4j test server, Chromium) must be present: a missing one fails instead of skipping.</summary>
public static class Ci
{
    public static bool IsCi { get; } = string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
}
