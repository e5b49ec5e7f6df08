using GraphQL.Types;
using KnowledgeGraph.Api.GraphQL.Types;
using KnowledgeGraph.Graph.Stores;

namespace KnowledgeGraph.Api.GraphQL.Inputs;

/// <summary>
/// The <c>MeetingFilter</c> input, bound to the store's <see cref="MeetingQuery"/> itself: the resolvers add the page
/// and the order (see <c>Finders.MeetingQuery</c>), so a filter field means the same thing at every layer.
/// </summary>
internal sealed class MeetingFilterInputType : InputObjectGraphType<MeetingQuery>
{
    public MeetingFilterInputType()
    {
        Name = "MeetingFilter";
        Description = "Who met whom about what, when: every field narrows.";
        Field<IdGraphType>("participant").Description("A person (or organization) id that attended.");
        Field<IdGraphType>("withParticipant").Description("A second id that attended the same meeting.");
        Field<IdGraphType>("topic").Description("Topic id the meeting was about.");
        Field<StringGraphType>("country").Description("ISO code of the country the meeting was held in.");
        Field<IsoDateGraphType>("from").Description("Meetings on or after this date (undated meetings excluded).");
        Field<IsoDateGraphType>("to").Description("Meetings on or before this date.");
        Field<IdGraphType>("cable").Description("Cable id the meeting is reported in.");
        Field<StringGraphType>("status").Description("held or planned.");
        Field<FloatGraphType>("minConfidence");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) => new MeetingQuery(
        new PageRequest(),
        value.Str("participant"), value.Str("withParticipant"), value.Str("topic"), value.Str("country"),
        value.Date("from"), value.Date("to"), value.Str("cable"), value.Str("status"), value.Double("minConfidence"));
}
