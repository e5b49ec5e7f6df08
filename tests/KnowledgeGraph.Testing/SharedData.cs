namespace KnowledgeGraph.Testing;

/// <summary>
/// Locates the read-only third-party data folder <c>shared/</c> (corpus, conformance cases) that sits
/// beside the checkout. It is never copied into the repository: tests that need it skip with a clear
/// message when it is absent, except under CI (<c>CI=true</c>), where its absence is a failure.
/// </summary>
public static class SharedData
{
    private static readonly Lazy<string?> Root = new(Find);

    /// <summary>The <c>shared</c> folder, or null when absent. <c>KG_SHARED_DIR</c> overrides the search.</summary>
    public static string? Directory => Root.Value;

    public static string? Corpus => Directory is { } d ? Path.Combine(d, "corpus") : null;

    public static string? SeedCable => Directory is { } d ? Path.Combine(d, "corpus", "seed", "07TOKYO5019.txt") : null;

    public static string? CablegateHtml => Directory is { } d ? Path.Combine(d, "corpus", "cablegate-html") : null;

    public static string? ConformanceCases => Directory is { } d ? Path.Combine(d, "conformance", "cablemap-cases.json") : null;

    public const string MissingMessage =
        "../shared (the third-party cable corpus) is not beside this checkout; set KG_SHARED_DIR to run these tests.";

    /// <summary>The repository root (the folder holding KnowledgeGraph.sln).</summary>
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    private static string? Find()
    {
        if (Environment.GetEnvironmentVariable("KG_SHARED_DIR") is { Length: > 0 } env && System.IO.Directory.Exists(env))
        {
            return Path.GetFullPath(env);
        }

        // Beside the checkout (CI clones next to it); walk up a few levels for git worktrees.
        for (var dir = new DirectoryInfo(RepositoryRoot).Parent; dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared");
            if (System.IO.Directory.Exists(Path.Combine(candidate, "corpus")))
            {
                return candidate;
            }
        }

        return null;
    }

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "KnowledgeGraph.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("KnowledgeGraph.sln not found above " + AppContext.BaseDirectory);
    }
}
