namespace KnowledgeGraph.Api.GraphQL.Inputs;

/// <summary>The <c>MeetingFilter</c> input as the resolvers see it (paging and order come separately).</summary>
internal sealed record MeetingFilter(
    string? Participant = null,
    string? WithParticipant = null,
    string? Topic = null,
    string? Country = null,
    DateOnly? From = null,
    DateOnly? To = null,
    string? Cable = null,
    string? Status = null,
    double? MinConfidence = null);
