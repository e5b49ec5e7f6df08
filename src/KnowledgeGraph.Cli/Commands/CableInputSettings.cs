using System.ComponentModel;
using Spectre.Console.Cli;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>Settings of commands that read cables: files, directories (recursive) or <c>-</c> for stdin.</summary>
public class CableInputSettings : CommandSettings
{
    public const string PathsDescription = "Cable files (.txt, WikiLeaks .html, cables.csv), directories (read recursively) or - for standard input.";

    [CommandArgument(0, "[paths]")]
    [Description(PathsDescription)]
    public string[] Paths { get; init; } = [];
}
