namespace KnowledgeGraph.Extraction.Text;

internal enum TokenKind : byte
{
    Word,
    Number,
    Punctuation,
}
