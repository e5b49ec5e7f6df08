using KnowledgeGraph.Cables.Model;

namespace KnowledgeGraph.Cables;

/// <summary>The outcome of reading one cable (or one unreadable input): a parsed cable or a one-line reason.</summary>
public abstract record CableReadResult(CableSource Source);

public sealed record CableParsed(ParsedCable Cable) : CableReadResult(Cable.Source);

/// <param name="Message">One line for the user, naming what is wrong (the source is printed beside it).</param>
public sealed record CableRejected(CableSource Source, string Message) : CableReadResult(Source);
