using System.Globalization;
using KnowledgeGraph.Cables.Model;

namespace KnowledgeGraph.Extraction.Tests;

/// <summary>
/// A deliberately minimal plain-text cable parser for tests only, so extraction can be tested on its own:
/// body from the first paragraph mark, ¶-numbered paragraphs, dashed headings, subject, TAGS, Classified By,
/// the date-time group and the signature. The product reader lives in KnowledgeGraph.Cables.
/// </summary>
internal static class SeedCableParser
{
    public static ParsedCable Parse(string id, string raw)
    {
        var text = raw.Replace("\r\n", "\n");
        var lines = text.Split('\n').Select(l => l.TrimEnd()).ToList();
        var bodyStart = text.IndexOf('\u00B6');
        var header = text[..bodyStart];
        var body = string.Join('\n', text[bodyStart..].Split('\n').Select(l => l.TrimEnd())).TrimEnd();

        var paragraphs = new List<Paragraph>();
        var marks = new List<int>();
        for (var i = body.IndexOf('\u00B6'); i >= 0; i = body.IndexOf('\u00B6', i + 1))
        {
            marks.Add(i);
        }

        for (var p = 0; p < marks.Count; p++)
        {
            var start = marks[p];
            var end = p + 1 < marks.Count ? marks[p + 1] : body.Length;
            var dot = body.IndexOf('.', start);
            var number = int.Parse(body[(start + 1)..dot], CultureInfo.InvariantCulture);
            var textStart = dot + 1;
            string? marking = null;
            var open = body.IndexOf('(', textStart);
            if (open >= 0 && open < textStart + 3)
            {
                var close = body.IndexOf(')', open);
                marking = body[(open + 1)..close];
                textStart = close + 1;
            }

            while (textStart < end && char.IsWhiteSpace(body[textStart]))
            {
                textStart++;
            }

            var textEnd = end;
            while (textEnd > textStart && char.IsWhiteSpace(body[textEnd - 1]))
            {
                textEnd--;
            }

            paragraphs.Add(new Paragraph(number, marking, new TextSpan(textStart, textEnd), body[textStart..textEnd]));
        }

        var sections = new List<SectionHeading>();
        var bodyLines = body.Split('\n');
        var offset = 0;
        var lineStarts = new List<int>();
        foreach (var l in bodyLines)
        {
            lineStarts.Add(offset);
            offset += l.Length + 1;
        }

        for (var i = 1; i + 1 < bodyLines.Length; i++)
        {
            if (bodyLines[i - 1].StartsWith("---", StringComparison.Ordinal) && bodyLines[i + 1].StartsWith("---", StringComparison.Ordinal) && bodyLines[i].Trim().Length > 0)
            {
                var start = lineStarts[i];
                var title = bodyLines[i].Trim();
                sections.Add(new SectionHeading(title, new TextSpan(start, start + title.Length), new TextSpan(start, body.Length)));
            }
        }

        for (var i = 0; i + 1 < sections.Count; i++)
        {
            sections[i] = sections[i] with { Section = new TextSpan(sections[i].Section.Start, sections[i + 1].Span.Start) };
        }

        var subjectIndex = lines.FindIndex(l => l.StartsWith("SUBJECT:", StringComparison.Ordinal));
        var subject = lines[subjectIndex]["SUBJECT:".Length..].Trim();
        for (var i = subjectIndex + 1; i < lines.Count && lines[i].Trim().Length > 0; i++)
        {
            subject += " " + lines[i].Trim();
        }

        var tags = lines.First(l => l.StartsWith("TAGS:", StringComparison.Ordinal))["TAGS:".Length..]
            .Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(t => t switch
            {
                "JA" => new CableTag(t, TagKind.Geo, "JP"),
                "RU" or "RS" => new CableTag(t, TagKind.Geo, "RU"),
                _ => new CableTag(t, TagKind.Subject),
            })
            .ToList();

        var classified = lines.First(l => l.StartsWith("Classified By:", StringComparison.OrdinalIgnoreCase))["Classified By:".Length..].Trim();
        classified = classified[..classified.IndexOf(". Reasons", StringComparison.Ordinal)];
        var space = classified.IndexOf(' ');
        var dtg = lines.First(l => l.StartsWith("O ", StringComparison.Ordinal) || l.StartsWith("P ", StringComparison.Ordinal) || l.StartsWith("R ", StringComparison.Ordinal)).Trim();
        var created = DateTimeOffset.ParseExact(dtg[2..], "ddHHmm'Z' MMM yy", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
        var signer = bodyLines.Last(l => l.Trim().Length > 0).Trim();

        return new ParsedCable
        {
            Id = id,
            Source = new CableSource(CableFormat.Text, id + ".txt"),
            Created = created,
            Origin = lines.First(l => l.StartsWith("FM ", StringComparison.Ordinal))[3..].Trim(),
            Subject = subject,
            Tags = tags,
            ClassifiedBy = [new ClassifiedBy(classified[(space + 1)..], classified[..space])],
            Signers = [signer],
            Paragraphs = paragraphs,
            Sections = sections,
            Header = header,
            Body = body,
            ContentHash = "test",
        };
    }
}
