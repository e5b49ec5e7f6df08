namespace KnowledgeGraph.Cables.Model;

/// <summary>
/// A numbered paragraph of the body (<c>¶1. (C) …</c>). <see cref="Span"/> covers the paragraph's text
/// after its number and marking; <see cref="Text"/> is exactly <c>Body[Span]</c>.
/// Text before the first numbered paragraph, if any, is paragraph 0.
/// </summary>
/// <param name="Number">Paragraph number (0 for unnumbered lead text).</param>
/// <param name="Marking">Classification marking without parentheses (<c>C</c>, <c>SBU</c>, <c>S/NF</c>), or null.</param>
public sealed record Paragraph(int Number, string? Marking, TextSpan Span, string Text);
