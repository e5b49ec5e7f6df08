using System.Text.Json;

namespace KnowledgeGraph.Benchmarks.Api;

/// <summary>The measured GraphQL requests as POST bodies (the in-process benchmark and <c>wrk-bench</c> send the same).</summary>
internal static class Queries
{
    public static string MetWith(string name) => Body(
        "query MetWith($name: String!) { person(name: $name) { id name metWith(first: 20) { person { id name } meetingCount topics { name } firstMet lastMet } } }",
        new Dictionary<string, string> { ["name"] = name });

    public static string Meetings(string person, string topic) => Body(
        "query Meetings($person: ID!, $topic: ID!) { meetings(filter: { participant: $person, topic: $topic }, first: 20) { totalCount edges { node { id date participants { id name } topics { name } cable { id subject } evidence { text } } } } }",
        new Dictionary<string, string> { ["person"] = person, ["topic"] = topic });

    private static string Body(string query, Dictionary<string, string> variables)
        => JsonSerializer.Serialize(new Dictionary<string, object> { ["query"] = query, ["variables"] = variables });
}
