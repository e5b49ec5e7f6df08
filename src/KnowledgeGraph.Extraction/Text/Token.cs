namespace KnowledgeGraph.Extraction.Text;

/// <summary>A token as a character range [Start, End) into the text it came from; never a substring.</summary>
internal readonly record struct Token(int Start, int End, TokenKind Kind, bool NewLineBefore, bool BlankLineBefore)
{
    public int Length => End - Start;

    public ReadOnlySpan<char> Span(string text) => text.AsSpan(Start, End - Start);
}
