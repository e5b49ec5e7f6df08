namespace KnowledgeGraph.Extraction.Gazetteer;

/// <summary>A word that reports a meeting, with the meeting kind it implies.</summary>
internal sealed record MeetingWord(string Kind, MeetingWordForm Form);
