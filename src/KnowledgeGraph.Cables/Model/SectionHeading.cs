namespace KnowledgeGraph.Cables.Model;

/// <summary>A section heading (between dashed lines, or a short title line). <see cref="Span"/> covers the title text in the body; <see cref="Section"/> runs to the next heading.</summary>
public sealed record SectionHeading(string Title, TextSpan Span, TextSpan Section);
