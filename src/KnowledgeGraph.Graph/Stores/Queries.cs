using KnowledgeGraph.Graph.Model;

namespace KnowledgeGraph.Graph.Stores;

public enum EdgeDirection { Outgoing, Incoming, Both }

/// <summary>Edges incident to <see cref="NodeIds"/>. <see cref="Types"/> null means every type.</summary>
/// <param name="Limit">Maximum number of edges returned in all (after ordering), or null for no limit.</param>
public sealed record EdgeQuery(
    IReadOnlyCollection<string> NodeIds,
    EdgeDirection Direction = EdgeDirection.Both,
    IReadOnlyCollection<string>? Types = null,
    int? Limit = null);

/// <param name="Name">Exact match on name or any alias, case-insensitive.</param>
/// <param name="Search">Case-insensitive substring of name or any alias.</param>
/// <param name="Country">ISO code the node belongs to (its <c>country</c> property).</param>
public sealed record NodeQuery(NodeKind Kind, PageRequest Page, string? Name = null, string? Search = null, string? Country = null);

public enum MeetingOrder { DateDescending, DateAscending, ConfidenceDescending }

/// <summary>The "who met whom about what, when" filter. Every field narrows; null fields are ignored.</summary>
/// <param name="Participant">Person/organization id that attended.</param>
/// <param name="WithParticipant">A second id that attended the same meeting.</param>
/// <param name="Topic">Topic id the meeting is ABOUT.</param>
/// <param name="Country">ISO code the meeting was HELD_IN.</param>
/// <param name="From">Meetings dated on or after (undated meetings excluded when From/To set).</param>
/// <param name="To">Meetings dated on or before.</param>
/// <param name="Cable">Cable id the meeting is REPORTED_IN.</param>
/// <param name="Status"><c>held</c> or <c>planned</c>.</param>
public sealed record MeetingQuery(
    PageRequest Page,
    string? Participant = null,
    string? WithParticipant = null,
    string? Topic = null,
    string? Country = null,
    DateOnly? From = null,
    DateOnly? To = null,
    string? Cable = null,
    string? Status = null,
    double? MinConfidence = null,
    MeetingOrder OrderBy = MeetingOrder.DateDescending);

/// <param name="Text">Full-text query over the cable text and subject.</param>
public sealed record CableQuery(
    PageRequest Page,
    string? Origin = null,
    DateOnly? From = null,
    DateOnly? To = null,
    string? Tag = null,
    string? Classification = null,
    string? Text = null);

/// <param name="Kinds">Node kinds to search; null or empty means all.</param>
public sealed record SearchQuery(string Text, IReadOnlyCollection<NodeKind>? Kinds = null, int First = 20);

/// <param name="Snippet">A short piece of matching text (for cables), or null.</param>
public sealed record SearchHit(GraphNode Node, double Score, string? Snippet);

public enum TimelineGranularity { Month, Year }

/// <summary>Counts over time for meetings attended by / cables mentioning <see cref="Entity"/>, and/or about <see cref="Topic"/>; both null = the whole graph.</summary>
public sealed record TimelineQuery(string? Entity = null, string? Topic = null, TimelineGranularity Granularity = TimelineGranularity.Month);

/// <param name="Period"><c>2007-10</c> (month) or <c>2007</c> (year).</param>
public sealed record TimelineBucket(string Period, long Meetings, long Cables);
