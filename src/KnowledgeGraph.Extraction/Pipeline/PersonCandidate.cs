using KnowledgeGraph.Extraction.Gazetteer;

namespace KnowledgeGraph.Extraction.Pipeline;

/// <summary>A recognized person name over tokens [FirstToken, EndToken), with the title before it (starting at <see cref="PhraseStart"/>).</summary>
internal sealed record PersonCandidate(int FirstToken, int EndToken, TitleEntry? Title, int PhraseStart, double Confidence);
