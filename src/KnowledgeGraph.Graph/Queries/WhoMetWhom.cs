using KnowledgeGraph.Graph.Model;
using KnowledgeGraph.Graph.Stores;

namespace KnowledgeGraph.Graph.Queries;

/// <summary>
/// Whom people met. Unfiltered, the answer comes straight from the derived MET edges, best first as the store
/// reads them (one store call for any number of people). Filtered by topic or dates, it is recomputed from the meetings themselves,
/// because a MET edge only summarises all meetings of a pair.
/// </summary>
public sealed class WhoMetWhom(IGraphStore store)
{
    /// <summary>Meetings read per person when recomputing a filtered answer.</summary>
    public const int MaxMeetingsPerPerson = 5_000;

    /// <summary>
    /// The first <paramref name="first"/> contacts of each person, most meetings first, then latest meeting, then id.
    /// Every requested id is a key of the result (with an empty list when the person met nobody).
    /// </summary>
    public async Task<IReadOnlyDictionary<string, IReadOnlyList<Contact>>> GetContactsAsync(
        IReadOnlyCollection<string> personIds,
        ContactFilter? filter = null,
        int first = int.MaxValue,
        CancellationToken cancellationToken = default)
    {
        var result = new Dictionary<string, IReadOnlyList<Contact>>(StringComparer.Ordinal);
        if (filter is null || filter.IsEmpty)
        {
            var met = await store.GetMetEdgesAsync(personIds, first, cancellationToken);
            foreach (var id in personIds)
            {
                result[id] = Order(FromMetEdges(id, met.TryGetValue(id, out var edges) ? edges : []));
            }

            return result;
        }

        foreach (var id in personIds.Distinct(StringComparer.Ordinal))
        {
            result[id] = (await FromMeetingsAsync(id, filter, cancellationToken)).Take(first).ToList();
        }

        return result;
    }

    /// <summary>The meeting ids two people both attended within the filter, newest first.</summary>
    public async Task<IReadOnlyList<GraphNode>> MeetingsBetweenAsync(string personId, string otherId, ContactFilter? filter = null, int first = 100, CancellationToken cancellationToken = default)
    {
        var page = await store.FindMeetingsAsync(
            new MeetingQuery(new PageRequest(first), Participant: personId, WithParticipant: otherId, Topic: filter?.Topic, From: filter?.From, To: filter?.To),
            cancellationToken);
        return page.Items;
    }

    private static IEnumerable<Contact> FromMetEdges(string personId, IReadOnlyList<GraphEdge> met)
    {
        // MET is symmetric in meaning; a store may keep one edge per pair or one per direction: merge both.
        var byOther = new Dictionary<string, Contact>(StringComparer.Ordinal);
        foreach (var edge in met)
        {
            string other;
            if (edge.Source == personId)
            {
                other = edge.Target;
            }
            else if (edge.Target == personId)
            {
                other = edge.Source;
            }
            else
            {
                continue;
            }

            if (other == personId)
            {
                continue;
            }

            var contact = new Contact(
                other,
                GraphValue.Long(edge.Properties, GraphProperty.Meetings) ?? 0,
                GraphValue.Strings(edge.Properties, GraphProperty.Topics),
                GraphValue.Date(edge.Properties, GraphProperty.First),
                GraphValue.Date(edge.Properties, GraphProperty.Last));
            byOther[other] = byOther.TryGetValue(other, out var seen) ? Merge(seen, contact) : contact;
        }

        return byOther.Values;
    }

    private static Contact Merge(Contact a, Contact b) => new(
        a.PersonId,
        Math.Max(a.MeetingCount, b.MeetingCount),
        a.Topics.Union(b.Topics, StringComparer.Ordinal).ToList(),
        Min(a.FirstMet, b.FirstMet),
        Max(a.LastMet, b.LastMet));

    private async Task<IReadOnlyList<Contact>> FromMeetingsAsync(string personId, ContactFilter filter, CancellationToken cancellationToken)
    {
        var page = await store.FindMeetingsAsync(
            new MeetingQuery(new PageRequest(MaxMeetingsPerPerson), Participant: personId, Topic: filter.Topic, From: filter.From, To: filter.To),
            cancellationToken);
        if (page.Items.Count == 0)
        {
            return [];
        }

        var meetingIds = page.Items.Select(m => m.Id).ToList();
        var edges = await store.GetEdgesAsync(new EdgeQuery(meetingIds, EdgeDirection.Both, [RelationshipType.Attended, RelationshipType.About]), cancellationToken);
        var topicsOf = edges.Where(e => e.Type == RelationshipType.About)
            .GroupBy(e => e.Source, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(e => e.Target).ToList(), StringComparer.Ordinal);
        var dateOf = page.Items.ToDictionary(m => m.Id, m => GraphValue.Date(m.Properties, GraphProperty.Date), StringComparer.Ordinal);

        var contacts = edges
            .Where(e => e.Type == RelationshipType.Attended && e.Source != personId
                        && (GraphValue.String(e.Properties, GraphProperty.Kind) ?? "person") == "person")
            .GroupBy(e => e.Source, StringComparer.Ordinal)
            .Select(g =>
            {
                var meetings = g.Select(e => e.Target).Distinct(StringComparer.Ordinal).ToList();
                var dates = meetings.Select(m => dateOf.GetValueOrDefault(m)).Where(d => d is not null).ToList();
                var topics = meetings.SelectMany(m => topicsOf.GetValueOrDefault(m) ?? []).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
                return new Contact(g.Key, meetings.Count, topics, dates.Min(), dates.Max());
            });
        return Order(contacts);
    }

    private static IReadOnlyList<Contact> Order(IEnumerable<Contact> contacts) => contacts
        .OrderByDescending(c => c.MeetingCount)
        .ThenByDescending(c => c.LastMet)
        .ThenBy(c => c.PersonId, StringComparer.Ordinal)
        .ToList();

    private static DateOnly? Min(DateOnly? a, DateOnly? b) => a is null ? b : b is null ? a : a < b ? a : b;

    private static DateOnly? Max(DateOnly? a, DateOnly? b) => a is null ? b : b is null ? a : a > b ? a : b;
}
