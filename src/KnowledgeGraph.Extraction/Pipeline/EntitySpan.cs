namespace KnowledgeGraph.Extraction.Pipeline;

/// <summary>A recognized entity mention over tokens [FirstToken, EndToken); <see cref="Value"/> is the lexicon entry or the person/group.</summary>
internal sealed record EntitySpan(int FirstToken, int EndToken, SpanKind Kind, object Value);
