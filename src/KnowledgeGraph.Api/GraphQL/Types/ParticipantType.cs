using GraphQL.Types;
using KnowledgeGraph.Api.GraphQL.Internal;
using KnowledgeGraph.Graph.Model;

namespace KnowledgeGraph.Api.GraphQL.Types;

internal sealed class ParticipantType : ObjectGraphType<Link>
{
    public ParticipantType()
    {
        Name = "Participant";
        Description = "Who attended a meeting: a person, or an organization / group of unnamed officials.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Node.Id);
        Field<NonNullGraphType<StringGraphType>>("name").Resolve(c => c.Source.Node.Name());
        Field<NonNullGraphType<StringGraphType>>("kind")
            .Description("person, group or organization.")
            .Resolve(c => c.Source.Edge.Str(GraphProperty.Kind) ?? c.Source.Node.Kind.ToString().ToLowerInvariant());
        Field<StringGraphType>("role").Description("host, guest, briefer, participant.").Resolve(c => c.Source.Edge.Str(GraphProperty.Role));
        Field<PersonType>("person").Resolve(c => c.Source.Node.Kind == NodeKind.Person ? c.Source.Node : null);
        Field<OrganizationType>("organization").Resolve(c => c.Source.Node.Kind == NodeKind.Organization ? c.Source.Node : null);
    }
}
