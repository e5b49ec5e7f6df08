namespace KnowledgeGraph.Extraction.Model;

/// <summary>A reported meeting, call, visit, dinner, briefing or conversation.</summary>
/// <param name="Id">Stable id derived from the cable id and the evidence (<c>meeting:07TOKYO5019-1</c>).</param>
/// <param name="Kind">meeting, call, visit, courtesy-call, dinner, briefing, conversation, talks.</param>
/// <param name="Date">Start date, resolved against the cable date; null when unknown.</param>
/// <param name="EndDate">End date of a range (<c>November 5-6</c>), else null.</param>
/// <param name="Location">Place name (<c>Tokyo</c>), or null.</param>
/// <param name="LocationCountry">ISO code of the country it was held in, or null.</param>
public sealed record Meeting(
    string Id,
    MeetingStatus Status,
    string Kind,
    DateOnly? Date,
    DateOnly? EndDate,
    string? Location,
    string? LocationCountry,
    IReadOnlyList<MeetingParticipant> Participants,
    IReadOnlyList<MeetingTopic> Topics,
    Evidence Evidence,
    double Confidence);

public enum MeetingStatus
{
    Held,
    Planned,
}

/// <param name="Id">Person id, or organization id for a group/organization participant.</param>
/// <param name="Kind"><c>person</c>, <c>group</c> (unnamed officials such as "Embassy officers") or <c>organization</c>.</param>
/// <param name="Role">Role in the meeting (host, guest, briefer, participant), or null.</param>
public sealed record MeetingParticipant(string Id, string Name, string Kind, string? Role = null);

/// <param name="Rank">1 = most central topic of the meeting.</param>
public sealed record MeetingTopic(string Id, string Name, int Rank);

/// <summary>The sentence that reports the meeting: paragraph number, [Start, End) into the body, and its text.</summary>
public sealed record Evidence(int Paragraph, int Start, int End, string Text);
