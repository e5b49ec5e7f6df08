namespace KnowledgeGraph.Cables.Model;

/// <summary>An entry of the REF list.</summary>
/// <param name="Value">Canonical cable id for <see cref="ReferenceKind.Cable"/>, else the reference text as written.</param>
/// <param name="Bullet">Enumeration letter in upper case (<c>A</c>), or null.</param>
/// <param name="Title">Title, when given; usually null.</param>
public sealed record CableReference(string Value, ReferenceKind Kind, string? Bullet, string? Title = null);

public enum ReferenceKind
{
    Unknown,
    Cable,
    Email,
    Book,
    Tel,
    Report,
    Fax,
    Memo,
    Meeting,
    Web,
}
