namespace KnowledgeGraph.Extraction.Model;

/// <summary>Where an entity is mentioned: paragraph number and a [Start, End) span into the cable's normalized body.</summary>
public sealed record Mention(int Paragraph, int Start, int End);
