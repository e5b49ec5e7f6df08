using System.Globalization;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace KnowledgeGraph.Cli.Output;

/// <summary>A progress column showing the rate in cables per second.</summary>
public sealed class CablesPerSecondColumn : ProgressColumn
{
    public override IRenderable Render(RenderOptions options, ProgressTask task, TimeSpan deltaTime)
        => new Markup(task.Speed is { } speed ? $"{speed.ToString("0", CultureInfo.InvariantCulture)} cables/s" : "– cables/s");
}
