using KnowledgeGraph.Graph.Model;
using KnowledgeGraph.Graph.Queries;
using KnowledgeGraph.Graph.Stores;

namespace KnowledgeGraph.Export.Selection;

/// <summary>
/// Runs a <see cref="SubgraphSelection"/> against a store with the query services the GraphQL API uses
/// (<see cref="Neighbourhood"/>, <see cref="ShortestPath"/>), so an export holds exactly what the same
/// <c>neighborhood</c> or <c>path</c> query shows.
/// </summary>
public sealed class SubgraphSelector(IGraphStore store)
{
    private const int MeetingPage = 1_000;

    /// <exception cref="ArgumentException">The selection is invalid (see <see cref="SubgraphSelection.Validate"/>).</exception>
    public async Task<SelectedSubgraph> SelectAsync(SubgraphSelection selection, CancellationToken cancellationToken = default)
    {
        if (selection.Validate() is { } problem)
        {
            throw new ArgumentException(problem, nameof(selection));
        }

        if (selection.IsPath)
        {
            var path = await new ShortestPath(store).FindAsync(selection.PathFrom!, selection.PathTo!, selection.MaxHops, selection.Via, cancellationToken);
            return new SelectedSubgraph(path ?? Subgraph.Empty, null);
        }

        var topic = selection.Topic is { } t ? await ResolveTopicAsync(t, cancellationToken) : null;
        var seeds = selection.Seeds.Concat(selection.Cables ?? []).Distinct(StringComparer.Ordinal).ToList();
        if (seeds.Count == 0 && topic is not null)
        {
            seeds.Add(topic);
        }
        else if (seeds.Count == 0)
        {
            seeds.AddRange(await MeetingsInRangeAsync(selection, cancellationToken));
        }

        if (seeds.Count == 0)
        {
            return new SelectedSubgraph(Subgraph.Empty, null);
        }

        var filter = new NeighbourhoodFilter(selection.Kinds, selection.RelationshipTypes, selection.From, selection.To, topic, selection.MinConfidence);
        var result = await new Neighbourhood(store).SelectAsync(seeds, selection.Depth, selection.Limit, SubgraphSelection.MaxEdgesPerLevel, filter, cancellationToken);
        return new SelectedSubgraph(result.Subgraph, result.Describe(selection.Limit, SubgraphSelection.MaxEdgesPerLevel));
    }

    /// <summary>A topic id as given, or the id of the topic with that name.</summary>
    private async Task<string> ResolveTopicAsync(string topic, CancellationToken cancellationToken)
    {
        if ((await store.GetNodesAsync([topic], cancellationToken)).Count > 0)
        {
            return topic;
        }

        var byName = await store.FindNodesAsync(new NodeQuery(NodeKind.Topic, new PageRequest(1), Name: topic), cancellationToken);
        return byName.Items.FirstOrDefault()?.Id ?? topic;
    }

    private async Task<List<string>> MeetingsInRangeAsync(SubgraphSelection selection, CancellationToken cancellationToken)
    {
        var ids = new List<string>();
        for (var offset = 0; ids.Count < selection.Limit; offset += MeetingPage)
        {
            var page = await store.FindMeetingsAsync(
                new MeetingQuery(new PageRequest(MeetingPage, offset), From: selection.From, To: selection.To, MinConfidence: selection.MinConfidence, OrderBy: MeetingOrder.DateAscending),
                cancellationToken);
            ids.AddRange(page.Items.Select(m => m.Id));
            if (!page.HasNextPage)
            {
                break;
            }
        }

        return ids.Take(selection.Limit).ToList();
    }
}
