namespace KnowledgeGraph.Graph.Model;

/// <summary>
/// Property names, one place for all of them. Every node has <c>id</c>; every fact carries its
/// provenance (<c>cable</c>, <c>paragraph</c>, <c>start</c>, <c>end</c>) and <c>confidence</c> where it has one.
/// </summary>
public static class GraphProperty
{
    public const string Id = "id";
    public const string Name = "name";               // display name of Person, Country, Organization, Topic, Post
    public const string Aliases = "aliases";         // string[] (Person, Organization)
    public const string Title = "title";             // Person
    public const string Country = "country";         // ISO code (Person, Organization, Post, Meeting's held-in)
    public const string Code = "code";               // Country
    public const string Acronym = "acronym";         // Organization
    public const string MentionCount = "mentionCount"; // Person, Country, Organization, Topic: number of cables mentioning it
    public const string Confidence = "confidence";   // double 0..1

    // Cable
    public const string Date = "date";               // ISO date (Cable, Meeting)
    public const string Created = "created";         // ISO date-time UTC (Cable)
    public const string Origin = "origin";           // Cable: post name
    public const string Classification = "classification";
    public const string Subject = "subject";
    public const string Tags = "tags";               // string[]
    public const string Text = "text";               // Cable body (normalized)
    public const string ContentHash = "contentHash";
    public const string IsPartial = "isPartial";
    public const string Stub = "stub";               // Cable: true on a cable known only from another cable's REF list
    public const string ParagraphNumbers = "paragraphNumbers"; // long[]
    public const string ParagraphStarts = "paragraphStarts";   // long[] offsets into text
    public const string ParagraphEnds = "paragraphEnds";       // long[]
    public const string ParagraphMarkings = "paragraphMarkings"; // string[] ("" when none)

    // Meeting
    public const string Status = "status";           // held | planned
    public const string Kind = "kind";               // meeting kind; on ATTENDED: person | group | organization
    public const string EndDate = "endDate";
    public const string Location = "location";
    public const string Cable = "cable";             // provenance: cable id
    public const string Paragraph = "paragraph";
    public const string Start = "start";
    public const string End = "end";
    public const string Evidence = "evidence";       // evidence sentence text

    // Relationships
    public const string Role = "role";               // ATTENDED
    public const string Rank = "rank";               // ABOUT
    public const string Count = "count";             // MENTIONS
    public const string Meetings = "meetings";       // MET: number of meetings
    public const string First = "first";             // MET: first meeting date
    public const string Last = "last";               // MET: last meeting date
    public const string Topics = "topics";           // MET: topic ids discussed (string[])
}
