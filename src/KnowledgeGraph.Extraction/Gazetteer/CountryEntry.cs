namespace KnowledgeGraph.Extraction.Gazetteer;

/// <summary>A country phrase of the lexicon. <paramref name="Candidates"/> is non-empty for ambiguous government
/// abbreviations (GOI), resolved to the cable's host country.</summary>
internal sealed record CountryEntry(string Code, CountryCue Cue, IReadOnlyList<string> Candidates);
