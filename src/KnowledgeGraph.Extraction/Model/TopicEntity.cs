namespace KnowledgeGraph.Extraction.Model;

/// <summary>A topic from the stable vocabulary (<c>topic:missile-defense</c>) with its salience in the cable.</summary>
/// <param name="Score">Salience 0..1, highest first in <see cref="CableFacts.Topics"/>.</param>
/// <param name="FromTags">True when the topic came from a TAGS entry (the graph adds a TAGGED edge).</param>
public sealed record TopicEntity(string Id, string Name, double Score, IReadOnlyList<Mention> Mentions, bool FromTags = false);
