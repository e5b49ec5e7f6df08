namespace KnowledgeGraph.Storage.Neo4j.Internal;

/// <summary>A Neo4j version string (<c>3.1.1</c>, <c>5.26.0</c>, <c>2025.01.0</c>) and whether kg supports it.</summary>
internal sealed record ServerVersion(string Text, int Major, int Minor)
{
    public static ServerVersion Parse(string? text)
    {
        var value = (text ?? "").Trim();
        var parts = value.Split('.', '-');
        var major = parts.Length > 0 && int.TryParse(parts[0], out var a) ? a : 0;
        var minor = parts.Length > 1 && int.TryParse(parts[1], out var b) ? b : 0;
        return new ServerVersion(value.Length == 0 ? "unknown" : value, major, minor);
    }

    /// <summary>3.1 and later: parameters as <c>$name</c>, <c>DETACH DELETE</c>, <c>UNWIND</c>, the transactional endpoint.</summary>
    public bool IsSupported => Major > 3 || (Major == 3 && Minor >= 1);

    /// <summary>Constraint syntax: <c>FOR … REQUIRE</c> from 4.4, <c>ON … ASSERT</c> before (removed in 5.0).</summary>
    public bool HasForRequireSyntax => Major > 4 || (Major == 4 && Minor >= 4);
}
