namespace KnowledgeGraph.Graph.Model;

/// <summary>Relationship types of the graph (see graph-schema/README.md for their properties).</summary>
public static class RelationshipType
{
    public const string Attended = "ATTENDED";        // (Person|Organization)-[:ATTENDED {role, kind}]->(Meeting)
    public const string About = "ABOUT";              // (Meeting)-[:ABOUT {rank}]->(Topic)
    public const string ReportedIn = "REPORTED_IN";   // (Meeting)-[:REPORTED_IN {paragraph, start, end}]->(Cable)
    public const string HeldIn = "HELD_IN";           // (Meeting)-[:HELD_IN]->(Country)
    public const string Met = "MET";                  // (Person)-[:MET {meetings, first, last}]->(Person), derived
    public const string Mentions = "MENTIONS";        // (Cable)-[:MENTIONS {count}]->(Person|Country|Organization|Topic)
    public const string Represents = "REPRESENTS";    // (Person)-[:REPRESENTS]->(Country)
    public const string MemberOf = "MEMBER_OF";       // (Person)-[:MEMBER_OF]->(Organization)
    public const string References = "REFERENCES";    // (Cable)-[:REFERENCES]->(Cable)
    public const string SentFrom = "SENT_FROM";       // (Cable)-[:SENT_FROM]->(Post)
    public const string Tagged = "TAGGED";            // (Cable)-[:TAGGED]->(Topic|Country)

    public static readonly IReadOnlyList<string> All =
        [Attended, About, ReportedIn, HeldIn, Met, Mentions, Represents, MemberOf, References, SentFrom, Tagged];
}
