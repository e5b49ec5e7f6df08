namespace KnowledgeGraph.Extraction.Gazetteer;

internal enum TitleScope
{
    /// <summary>An official of a government: the country comes from context, else the host country.</summary>
    Government,
    /// <summary>U.S. mission or Washington staff.</summary>
    UnitedStates,
    Any,
    /// <summary>Mr., Dr.: marks a person, carries no role.</summary>
    Honorific,
}
