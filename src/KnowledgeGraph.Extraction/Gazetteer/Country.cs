namespace KnowledgeGraph.Extraction.Gazetteer;

/// <summary>A country of the lexicon.</summary>
internal sealed record Country(string Code, string Name, IReadOnlyList<string> Demonyms);
