using Xunit;

namespace KnowledgeGraph.Testing;

/// <summary>A fact that needs ../shared: skipped with a clear message when it is absent, unless under CI, where it runs (and fails).</summary>
public sealed class SharedDataFactAttribute : FactAttribute
{
    public SharedDataFactAttribute()
    {
        if (SharedData.Directory is null && !Ci.IsCi)
        {
            Skip = SharedData.MissingMessage;
        }
    }
}

/// <summary>A theory that needs ../shared; see <see cref="SharedDataFactAttribute"/>.</summary>
public sealed class SharedDataTheoryAttribute : TheoryAttribute
{
    public SharedDataTheoryAttribute()
    {
        if (SharedData.Directory is null && !Ci.IsCi)
        {
            Skip = SharedData.MissingMessage;
        }
    }
}
