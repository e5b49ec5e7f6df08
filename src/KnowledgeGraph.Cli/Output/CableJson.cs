using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using KnowledgeGraph.Cables.Model;

namespace KnowledgeGraph.Cli.Output;

/// <summary>
/// The one JSON shape of a cable (<c>kg extract --json</c>, one object per line, camelCase). Later stages add their
/// sections (persons, countries, organizations, topics, meetings) to the same object through <c>extra</c>.
/// </summary>
public static class CableJson
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = false };

    /// <summary>One JSON line (no trailing newline).</summary>
    public static string ToLine(ParsedCable cable, Action<Utf8JsonWriter>? extra = null)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            Write(writer, cable, extra);
        }

        return System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    /// <summary>Writes the cable object; <paramref name="extra"/> writes further properties before it is closed.</summary>
    public static void Write(Utf8JsonWriter w, ParsedCable c, Action<Utf8JsonWriter>? extra = null)
    {
        w.WriteStartObject();
        w.WriteString("cable", c.Id);
        w.WriteStringOrNull("date", c.Created?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        w.WriteStringOrNull("created", c.Created?.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture));
        w.WriteStringOrNull("released", c.Released?.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture));
        w.WriteStringOrNull("origin", c.Origin);
        w.WriteStringOrNull("classification", c.Classification);
        w.WriteString("subject", c.Subject);
        w.WriteStartArray("tags");
        foreach (var t in c.Tags)
        {
            w.WriteStringValue(t.Value);
        }

        w.WriteEndArray();
        w.WriteStartArray("references");
        foreach (var r in c.References.Where(r => r.Kind == ReferenceKind.Cable).Select(r => r.Value).Distinct(StringComparer.Ordinal))
        {
            w.WriteStringValue(r);
        }

        w.WriteEndArray();
        w.WriteStartArray("classifiedBy");
        foreach (var b in c.ClassifiedBy)
        {
            w.WriteStartObject();
            w.WriteString("name", b.Name);
            w.WriteStringOrNull("title", b.Title);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStrings("signers", c.Signers);
        w.WriteStartArray("paragraphs");
        foreach (var p in c.Paragraphs)
        {
            w.WriteStartObject();
            w.WriteNumber("number", p.Number);
            w.WriteStringOrNull("marking", p.Marking);
            w.WriteNumber("start", p.Span.Start);
            w.WriteNumber("end", p.Span.End);
            w.WriteString("text", p.Text);
            w.WriteEndObject();
        }

        w.WriteEndArray();

        w.WriteStringOrNull("sourceReferenceId", c.SourceReferenceId);
        w.WriteStartObject("source");
        w.WriteString("format", c.Source.Format switch { CableFormat.WikiLeaksHtml => "html", CableFormat.CablesCsv => "csv", _ => "text" });
        w.WriteString("name", c.Source.Name);
        if (c.Source.Record is { } record)
        {
            w.WriteNumber("record", record);
        }

        w.WriteEndObject();
        w.WriteStringOrNull("precedence", c.Precedence);
        w.WriteStringOrNull("transmissionId", c.TransmissionId);
        WriteRecipients(w, "recipients", c.Recipients);
        WriteRecipients(w, "infoRecipients", c.InfoRecipients);
        w.WriteStrings("classificationCategories", c.ClassificationCategories);
        w.WriteDateOrNull("declassifyOn", c.DeclassifyOn);
        w.WriteStartArray("tagDetails");
        foreach (var t in c.Tags)
        {
            w.WriteStartObject();
            w.WriteString("value", t.Value);
            w.WriteString("kind", JsonNamingPolicy.CamelCase.ConvertName(t.Kind.ToString()));
            w.WriteStringOrNull("countryCode", t.CountryCode);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("referenceDetails");
        foreach (var r in c.References)
        {
            w.WriteStartObject();
            w.WriteString("value", r.Value);
            w.WriteString("kind", JsonNamingPolicy.CamelCase.ConvertName(r.Kind.ToString()));
            w.WriteStringOrNull("bullet", r.Bullet);
            w.WriteStringOrNull("title", r.Title);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        WriteSpan(w, "summary", c, c.Summary);
        w.WriteStartArray("comments");
        foreach (var span in c.Comments)
        {
            WriteSpanValue(w, c, span);
        }

        w.WriteEndArray();
        w.WriteStartArray("sections");
        foreach (var s in c.Sections)
        {
            w.WriteStartObject();
            w.WriteString("title", s.Title);
            w.WriteNumber("start", s.Span.Start);
            w.WriteNumber("end", s.Span.End);
            w.WriteNumber("sectionEnd", s.Section.End);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteBoolean("isPartial", c.IsPartial);
        w.WriteString("contentHash", c.ContentHash);
        w.WriteStrings("warnings", c.Warnings);
        w.WriteString("header", c.Header);
        w.WriteString("body", c.Body);
        extra?.Invoke(w);
        w.WriteEndObject();
    }

    private static void WriteRecipients(Utf8JsonWriter w, string name, IReadOnlyList<Recipient> recipients)
    {
        w.WriteStartArray(name);
        foreach (var r in recipients)
        {
            w.WriteStartObject();
            w.WriteStringOrNull("route", r.Route);
            w.WriteString("name", r.Name);
            w.WriteStringOrNull("precedence", r.Precedence);
            w.WriteStringOrNull("mcn", r.Mcn);
            w.WriteStrings("excluded", r.Excluded);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void WriteSpan(Utf8JsonWriter w, string name, ParsedCable c, TextSpan? span)
    {
        if (span is not { } s)
        {
            w.WriteNull(name);
            return;
        }

        w.WritePropertyName(name);
        WriteSpanValue(w, c, s);
    }

    private static void WriteSpanValue(Utf8JsonWriter w, ParsedCable c, TextSpan s)
    {
        w.WriteStartObject();
        w.WriteNumber("start", s.Start);
        w.WriteNumber("end", s.End);
        w.WriteString("text", c.TextOf(s));
        w.WriteEndObject();
    }

}
