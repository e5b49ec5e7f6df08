namespace KnowledgeGraph.Extraction.Model;

/// <summary>A named individual, resolved within the cable and given a corpus-stable id (<c>person:sergei-lavrov</c>).</summary>
/// <param name="Id">Stable id, the same for the same person in every cable and on every run (given names in their canonical
/// transliteration, Lexicons/given-name-variants.txt).</param>
/// <param name="Name">Canonical display name (<c>Sergei Lavrov</c>).</param>
/// <param name="Aliases">Other forms seen (<c>Lavrov</c>, <c>FM Lavrov</c>, <c>LAVROV</c>); the name itself too when it is a
/// transliteration variant of the id's spelling (<c>Sergey Lavrov</c> for <c>person:sergei-lavrov</c>), so a node merged across
/// cables keeps every spelling.</param>
/// <param name="Title">Expanded title or role (<c>Foreign Minister</c>), or null.</param>
/// <param name="Country">ISO 3166-1 alpha-2 code of the country the person represents, or null.</param>
/// <param name="OrganizationIds">Ids of organizations the person belongs to (<c>org:jp-mofa</c>).</param>
/// <param name="Confidence">0..1.</param>
public sealed record PersonEntity(
    string Id,
    string Name,
    IReadOnlyList<string> Aliases,
    string? Title,
    string? Country,
    IReadOnlyList<string> OrganizationIds,
    double Confidence,
    IReadOnlyList<Mention> Mentions);
