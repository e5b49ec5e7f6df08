using System.Text.Json;
using KnowledgeGraph.Extraction.Model;

namespace KnowledgeGraph.Cli.Output;

/// <summary>
/// The extraction sections of a cable's JSON object (<c>kg extract --json</c>): persons, countries, organizations,
/// topics and meetings, as the output contract of the extraction issue names them.
/// </summary>
public static class FactsJson
{
    public static void Write(Utf8JsonWriter w, CableFacts facts)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(facts);
        w.WriteStartArray("persons");
        foreach (var p in facts.Persons)
        {
            w.WriteStartObject();
            w.WriteString("id", p.Id);
            w.WriteString("name", p.Name);
            w.WriteStrings("aliases", p.Aliases);
            w.WriteStringOrNull("title", p.Title);
            w.WriteStringOrNull("country", p.Country);
            w.WriteNumber("confidence", p.Confidence);
            Mentions(w, p.Mentions);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("countries");
        foreach (var c in facts.Countries)
        {
            w.WriteStartObject();
            w.WriteString("code", c.Code);
            w.WriteString("name", c.Name);
            Mentions(w, c.Mentions);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("organizations");
        foreach (var o in facts.Organizations)
        {
            w.WriteStartObject();
            w.WriteString("id", o.Id);
            w.WriteString("name", o.Name);
            w.WriteStringOrNull("acronym", o.Acronym);
            w.WriteStringOrNull("country", o.Country);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("topics");
        foreach (var t in facts.Topics)
        {
            w.WriteStartObject();
            w.WriteString("id", t.Id);
            w.WriteString("name", t.Name);
            w.WriteNumber("score", t.Score);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("meetings");
        foreach (var m in facts.Meetings)
        {
            w.WriteStartObject();
            w.WriteString("id", m.Id);
            w.WriteString("status", m.Status == MeetingStatus.Planned ? "planned" : "held");
            w.WriteString("kind", m.Kind);
            w.WriteDateOrNull("date", m.Date);
            w.WriteDateOrNull("endDate", m.EndDate);
            w.WriteStringOrNull("location", m.Location);
            w.WriteStartArray("participants");
            foreach (var p in m.Participants)
            {
                w.WriteStartObject();
                w.WriteString("id", p.Id);
                w.WriteString("name", p.Name);
                w.WriteString("kind", p.Kind);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartArray("topics");
            foreach (var t in m.Topics)
            {
                w.WriteStartObject();
                w.WriteString("id", t.Id);
                w.WriteString("name", t.Name);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartObject("evidence");
            w.WriteNumber("paragraph", m.Evidence.Paragraph);
            w.WriteNumber("start", m.Evidence.Start);
            w.WriteNumber("end", m.Evidence.End);
            w.WriteString("text", m.Evidence.Text);
            w.WriteEndObject();
            w.WriteNumber("confidence", m.Confidence);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void Mentions(Utf8JsonWriter w, IReadOnlyList<Mention> mentions)
    {
        w.WriteStartArray("mentions");
        foreach (var m in mentions)
        {
            w.WriteStartObject();
            w.WriteNumber("paragraph", m.Paragraph);
            w.WriteNumber("start", m.Start);
            w.WriteNumber("end", m.End);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }
}
