using KnowledgeGraph.Graph.Model;

namespace KnowledgeGraph.Export.Tests.Support;

/// <summary>
/// A small graph shaped like the seed cable's (Lavrov met Komura in Tokyo about North Korea, reported in
/// 07TOKYO5019), plus nodes whose names and values are as hostile to each format as text gets: quotes, newlines,
/// <c>&lt;</c>, <c>&amp;</c>, non-ASCII, control characters invalid in XML, a lone surrogate, delimiters.
/// </summary>
internal static class SampleGraph
{
    public const string Nasty = "He said \"no\" & 'yes' <b>now</b>,\r\nthen; left\ttab \\ back";
    public const string Unicode = "Zoë Ünïcødé 日本語 Лавров 🙂";
    public const string ControlChars = "bell\u0007 nul\0 esc\u001b";

    public static Subgraph Create()
    {
        var nodes = new List<GraphNode>
        {
            Node("person:sergey-lavrov", NodeKind.Person, "Sergey Lavrov", ("name", "Sergey Lavrov"), ("aliases", new[] { "Lavrov", "S. Lavrov", "Сергей Лавров" }),
                ("title", "Foreign Minister"), ("country", "RU"), ("mentionCount", 12L), ("confidence", 0.95)),
            Node("person:masahiko-komura", NodeKind.Person, "Masahiko Komura", ("name", "Masahiko Komura"), ("aliases", Array.Empty<string>()),
                ("country", "JP"), ("mentionCount", 3L), ("confidence", 1.0)),
            Node("person:nasty", NodeKind.Person, Nasty, ("name", Nasty), ("aliases", new[] { Unicode, "a \"quoted\" alias" }),
                ("title", ControlChars), ("mentionCount", 1L), ("confidence", 0.5)),
            Node("person:unicode-ü", NodeKind.Person, Unicode, ("name", Unicode), ("title", "lone \ud800 surrogate"), ("mentionCount", 2L)),
            Node("country:jp", NodeKind.Country, "Japan", ("name", "Japan"), ("code", "JP"), ("mentionCount", 40L)),
            Node("topic:north-korea", NodeKind.Topic, "North Korea", ("name", "North Korea"), ("mentionCount", 7L)),
            Node("cable:07TOKYO5019", NodeKind.Cable, "07TOKYO5019", ("date", "2007-10-23"), ("created", "2007-10-23T08:12:00Z"),
                ("origin", "Embassy Tokyo"), ("classification", "CONFIDENTIAL"), ("subject", "LAVROV & KOMURA <DISCUSS> \"DPRK\""),
                ("tags", new[] { "PREL", "JA", "RS" }), ("text", "1. (C) Summary.\n2. Lavrov met Komura.\r\n"), ("isPartial", false),
                ("paragraphNumbers", new long[] { 1, 2 }), ("paragraphMarkings", new[] { "C", "" })),
            Node("meeting:07TOKYO5019:1", NodeKind.Meeting, "Lavrov – Komura", ("date", "2007-10-23"), ("endDate", "2007-10-24"), ("status", "held"),
                ("kind", "bilateral"), ("location", "Tokyo"), ("confidence", 0.875), ("evidence", Nasty)),
        };
        var edges = new List<GraphEdge>
        {
            Edge("ATTENDED", "person:sergey-lavrov", "meeting:07TOKYO5019:1", ("role", "guest"), ("kind", "person"), ("confidence", 0.9)),
            Edge("ATTENDED", "person:masahiko-komura", "meeting:07TOKYO5019:1", ("role", "host"), ("kind", "person"), ("confidence", 1.0)),
            Edge("ABOUT", "meeting:07TOKYO5019:1", "topic:north-korea", ("rank", 1L)),
            Edge("REPORTED_IN", "meeting:07TOKYO5019:1", "cable:07TOKYO5019", ("paragraph", 2L), ("start", 17L), ("end", 36L), ("cable", "07TOKYO5019")),
            Edge("HELD_IN", "meeting:07TOKYO5019:1", "country:jp"),
            Edge("MET", "person:sergey-lavrov", "person:masahiko-komura", ("meetings", 1L), ("first", "2007-10-23"), ("last", "2007-10-23"),
                ("topics", new[] { "topic:north-korea" })),
            Edge("MENTIONS", "cable:07TOKYO5019", "person:nasty", ("count", 2L)),
            Edge("MENTIONS", "cable:07TOKYO5019", "topic:north-korea", ("count", 3L)),
            Edge("TAGGED", "cable:07TOKYO5019", "topic:north-korea"),
            Edge("MENTIONS", "cable:07TOKYO5019", "person:unicode-ü", ("count", 1L)),
        };
        return new Subgraph(nodes, edges);
    }

    public static GraphNode Node(string id, NodeKind kind, string label, params (string Name, object? Value)[] properties) =>
        new(id, kind, label, properties.ToDictionary(p => p.Name, p => p.Value));

    public static GraphEdge Edge(string type, string source, string target, params (string Name, object? Value)[] properties) =>
        new($"{type}:{source}->{target}", type, source, target, properties.ToDictionary(p => p.Name, p => p.Value));
}
