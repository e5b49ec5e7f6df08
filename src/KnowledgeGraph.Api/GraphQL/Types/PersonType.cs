using GraphQL;
using GraphQL.Types;
using GraphQL.Types.Relay;
using KnowledgeGraph.Api.GraphQL.Inputs;
using KnowledgeGraph.Api.GraphQL.Internal;
using KnowledgeGraph.Graph.Model;
using KnowledgeGraph.Graph.Queries;
using KnowledgeGraph.Graph.Stores;

namespace KnowledgeGraph.Api.GraphQL.Types;

internal sealed class PersonType : ObjectGraphType<GraphNode>
{
    public PersonType()
    {
        Name = "Person";
        Description = "A named individual, the same id in every cable.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<StringGraphType>>("name").Resolve(c => c.Source.Name());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("aliases").Resolve(c => c.Source.Strings(GraphProperty.Aliases));
        Field<StringGraphType>("title").Resolve(c => c.Source.Str(GraphProperty.Title));
        Field<CountryType>("country")
            .Description("The country the person represents.")
            .Resolve(c => c.Source.Str(GraphProperty.Country) is { } code ? c.Loaders().Nodes.Load(Finders.CountryId(code)) : null);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<OrganizationType>>>>("organizations")
            .Resolve(c => c.LoadLinked(c.Source.Id, EdgeDirection.Outgoing, RelationshipType.MemberOf, NodeKind.Organization));
        Field<NonNullGraphType<IntGraphType>>("mentionCount").Description("Cables that mention this person.").Resolve(c => (int)(c.Source.Long(GraphProperty.MentionCount) ?? 0));
        Field<NonNullGraphType<ConnectionType<MeetingType>>>("meetings")
            .Description("Meetings this person attended.")
            .Argument<MeetingFilterInputType>("filter")
            .Argument<IntGraphType>("first")
            .Argument<StringGraphType>("after")
            .Argument<MeetingOrderType>("orderBy")
            .Resolve(c => c.Loaders().Meetings.Load(Finders.MeetingQuery(c) with { Participant = c.Source.Id }).Then(page => Paging.ToConnection(page)));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ContactType>>>>("metWith")
            .Description("Whom this person met, most meetings first: from the MET relationships, or recomputed from the meetings when filtered.")
            .Argument<ContactFilterInputType>("filter")
            .Argument<IntGraphType>("first")
            .Resolve(MetWith);
        Field<NonNullGraphType<ConnectionType<CableType>>>("cables")
            .Description("Cables that mention this person, newest first.")
            .Argument<IntGraphType>("first")
            .Argument<StringGraphType>("after")
            .Resolve(c =>
            {
                var page = Paging.Read(c);
                return c.LoadLinked(c.Source.Id, EdgeDirection.Incoming, RelationshipType.Mentions, NodeKind.Cable)
                    .Then(cables => Paging.ToConnection(
                        cables.OrderByDescending(n => n.Str(GraphProperty.Date), StringComparer.Ordinal).ThenBy(n => n.Id, StringComparer.Ordinal).ToList(),
                        page));
            });
    }

    private static object MetWith(IResolveFieldContext<GraphNode> c)
    {
        var options = c.Options();
        var first = c.GetArgument<int?>("first") ?? options.MaxPageSize;
        if (first < 0 || first > options.MaxPageSize)
        {
            throw new ExecutionError($"'first' must be between 0 and {options.MaxPageSize}.") { Code = "PAGE_TOO_LARGE" };
        }

        var filter = c.GetArgument<ContactFilter>("filter");
        if (filter is null || filter.IsEmpty)
        {
            return c.Loaders().Contacts.Load(new ContactsKey(c.Source.Id, first));
        }

        // Recomputed from this person's meetings: one store query per person, so only worth it when filtered.
        return new Deferred<IReadOnlyList<Contact>>(async ct =>
        {
            var found = await new WhoMetWhom(c.Store()).GetContactsAsync([c.Source.Id], filter, first, ct);
            return found[c.Source.Id];
        });
    }
}
