using KnowledgeGraph.Graph.Model;
using KnowledgeGraph.Graph.Queries;
using KnowledgeGraph.Graph.Stores;

namespace KnowledgeGraph.Api.GraphQL.Internal;

/// <summary>
/// The batch loaders of one request. Every field that follows a relationship goes through these, so a
/// list of N items costs one store call per relationship type and level, never one per item.
/// </summary>
internal sealed class GraphLoaders
{
    public GraphLoaders(IGraphStore store)
    {
        Nodes = new BatchLoader<string, GraphNode?>(
            async (ids, ct) => (await store.GetNodesAsync(ids, ct)).ToDictionary(n => n.Id, n => (GraphNode?)n, StringComparer.Ordinal),
            null);
        Links = new BatchLoader<LinkKey, IReadOnlyList<Link>>((keys, ct) => FetchLinksAsync(store, keys, ct), []);
        Contacts = new BatchLoader<ContactsKey, IReadOnlyList<Contact>>((keys, ct) => FetchContactsAsync(store, keys, ct), []);
        Meetings = new BatchLoader<MeetingQuery, Page<GraphNode>>(
            async (queries, ct) => (await store.FindMeetingsAsync(queries, ct)).Select((page, i) => (queries[i], page)).ToDictionary(),
            new Page<GraphNode>([], 0, 0));
    }

    public BatchLoader<string, GraphNode?> Nodes { get; }

    public BatchLoader<LinkKey, IReadOnlyList<Link>> Links { get; }

    /// <summary>Unfiltered contacts of a person, the first N (keyed by both: people asked with the same N share a store call).</summary>
    public BatchLoader<ContactsKey, IReadOnlyList<Contact>> Contacts { get; }

    /// <summary>Meeting pages of many parents (Person.meetings, Topic.meetings over a list) in one store call.</summary>
    public BatchLoader<MeetingQuery, Page<GraphNode>> Meetings { get; }

    public Deferred<IReadOnlyList<GraphNode>> LoadNodes(IEnumerable<string> ids)
        => Nodes.LoadMany(ids).Then(IReadOnlyList<GraphNode> (found) => found.Where(n => n is not null).ToList()!);

    private static async Task<IReadOnlyDictionary<ContactsKey, IReadOnlyList<Contact>>> FetchContactsAsync(
        IGraphStore store, IReadOnlyList<ContactsKey> keys, CancellationToken cancellationToken)
    {
        var result = new Dictionary<ContactsKey, IReadOnlyList<Contact>>();
        foreach (var group in keys.GroupBy(k => k.First))
        {
            var found = await new WhoMetWhom(store).GetContactsAsync(group.Select(k => k.PersonId).ToList(), null, group.Key, cancellationToken);
            foreach (var key in group)
            {
                result[key] = found[key.PersonId];
            }
        }

        return result;
    }

    private static async Task<IReadOnlyDictionary<LinkKey, IReadOnlyList<Link>>> FetchLinksAsync(
        IGraphStore store, IReadOnlyList<LinkKey> keys, CancellationToken cancellationToken)
    {
        var edgesByKey = new Dictionary<LinkKey, List<GraphEdge>>();
        foreach (var group in keys.GroupBy(k => (k.Direction, k.Type)))
        {
            var ids = group.Select(k => k.NodeId).Distinct(StringComparer.Ordinal).ToList();
            var edges = await store.GetEdgesAsync(new EdgeQuery(ids, group.Key.Direction, [group.Key.Type]), cancellationToken);
            var wanted = group.ToDictionary(k => k.NodeId, StringComparer.Ordinal);
            foreach (var edge in edges)
            {
                if (group.Key.Direction != EdgeDirection.Incoming && wanted.TryGetValue(edge.Source, out var byOut))
                {
                    Add(byOut, edge);
                }

                if (group.Key.Direction != EdgeDirection.Outgoing && wanted.TryGetValue(edge.Target, out var byIn) && edge.Source != edge.Target)
                {
                    Add(byIn, edge);
                }
            }
        }

        var otherIds = edgesByKey.SelectMany(kv => kv.Value.Select(e => e.Source == kv.Key.NodeId ? e.Target : e.Source))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var nodes = otherIds.Count == 0
            ? new Dictionary<string, GraphNode>(StringComparer.Ordinal)
            : (await store.GetNodesAsync(otherIds, cancellationToken)).ToDictionary(n => n.Id, StringComparer.Ordinal);

        var result = new Dictionary<LinkKey, IReadOnlyList<Link>>();
        foreach (var (key, edges) in edgesByKey)
        {
            result[key] = edges
                .Select(e => nodes.TryGetValue(e.Source == key.NodeId ? e.Target : e.Source, out var n) ? new Link(e, n) : null)
                .Where(l => l is not null)
                .ToList()!;
        }

        return result;

        void Add(LinkKey key, GraphEdge edge)
        {
            if (!edgesByKey.TryGetValue(key, out var list))
            {
                edgesByKey[key] = list = [];
            }

            list.Add(edge);
        }
    }
}
