using KnowledgeGraph.Testing;

namespace KnowledgeGraph.Explorer.Tests.Browser;

/// <summary>A browser test: skipped when Chromium is absent, except under CI, where it runs (and fails).</summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute()
    {
        if (!Chromium.IsInstalled && !Ci.IsCi)
        {
            Skip = Chromium.MissingMessage;
        }
    }
}
