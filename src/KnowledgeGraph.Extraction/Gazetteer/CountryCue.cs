namespace KnowledgeGraph.Extraction.Gazetteer;

/// <summary>How a phrase names a country; the cue sets the confidence of the mention.</summary>
internal enum CountryCue
{
    Name,
    Demonym,
    Capital,
    City,
    Government,
    /// <summary>A phrase that contains a country word but names no country ("Latin America").</summary>
    NotACountry,
}
