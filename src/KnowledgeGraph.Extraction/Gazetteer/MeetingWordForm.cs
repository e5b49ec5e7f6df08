namespace KnowledgeGraph.Extraction.Gazetteer;

internal enum MeetingWordForm
{
    /// <summary>"met", "briefed": subject and object are the participants.</summary>
    Verb,
    /// <summary>"meeting", "visit", "dinner": participants attach through with/between/of/'s or the clause subject.</summary>
    Noun,
    /// <summary>"called on", "courtesy calls on": each object is its own meeting with the subject.</summary>
    CallOn,
}
