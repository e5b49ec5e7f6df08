using System.ComponentModel;
using Spectre.Console.Cli;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>Settings of commands that read cables and use a store (ingest, stats): <see cref="CableInputSettings"/>' paths plus <see cref="StoreSettings"/>.</summary>
public class StoreInputSettings : StoreSettings
{
    [CommandArgument(0, "[paths]")]
    [Description(CableInputSettings.PathsDescription)]
    public string[] Paths { get; init; } = [];
}
