namespace KnowledgeGraph.Cables.Model;

/// <summary>The classifying official from the "Classified By:" line: <c>Ambassador J. Thomas Schieffer</c>.</summary>
/// <param name="Name">The person's name as written (<c>J. Thomas Schieffer</c>).</param>
/// <param name="Title">Title or role as written (<c>Ambassador</c>), or null.</param>
public sealed record ClassifiedBy(string Name, string? Title);
