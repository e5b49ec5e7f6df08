namespace KnowledgeGraph.Extraction.Gazetteer;

/// <summary>A title as written in cables (FM) and its expansion (Foreign Minister).</summary>
internal sealed record TitleEntry(string Expansion, TitleScope Scope)
{
    public bool IsHonorific => Scope == TitleScope.Honorific;
}
