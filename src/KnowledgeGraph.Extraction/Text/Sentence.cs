namespace KnowledgeGraph.Extraction.Text;

/// <summary>A sentence as a token range [FirstToken, EndToken) and the character range it covers.</summary>
internal readonly record struct Sentence(int FirstToken, int EndToken, int Start, int End);
