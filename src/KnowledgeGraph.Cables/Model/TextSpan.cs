namespace KnowledgeGraph.Cables.Model;

/// <summary>A half-open character range [Start, End) into a cable's normalized body.</summary>
public readonly record struct TextSpan(int Start, int End)
{
    public int Length => End - Start;
    public bool Contains(int offset) => offset >= Start && offset < End;
}
