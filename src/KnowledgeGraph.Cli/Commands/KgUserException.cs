namespace KnowledgeGraph.Cli.Commands;

/// <summary>A problem the user can fix (bad option, missing input): printed as one line, never as a stack trace.</summary>
public sealed class KgUserException(string message) : Exception(message);
