using System.Collections.Frozen;

namespace KnowledgeGraph.Extraction.Internal;

/// <summary>Set lookups by a token's characters, so hot loops test a token without making a string of it.</summary>
internal static class SpanSets
{
    /// <summary>Whether the set holds <paramref name="text"/>, compared with the set's own comparer.</summary>
    public static bool ContainsText(this HashSet<string> set, ReadOnlySpan<char> text)
        => set.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text);

    /// <summary>Whether the set holds <paramref name="text"/>, compared with the set's own comparer.</summary>
    public static bool ContainsText(this FrozenSet<string> set, ReadOnlySpan<char> text)
        => set.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text);
}
