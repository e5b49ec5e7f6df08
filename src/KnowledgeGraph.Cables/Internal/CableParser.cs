using System.Buffers;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using KnowledgeGraph.Cables.Model;
using KnowledgeGraph.Cables.Parsing;

namespace KnowledgeGraph.Cables.Internal;

/// <summary>Turns a <see cref="CableDocument"/> (any format) into a <see cref="ParsedCable"/>, or says why it is not a cable.</summary>
internal static partial class CableParser
{
    public static CableReadResult Parse(CableDocument document, CableSource source)
    {
        var header = TextLines.Normalize(document.Header, trimLineBreaks: true);
        var content = TextLines.Normalize(document.Content, trimLineBreaks: true);
        if (header.Length == 0 && content.Length == 0)
        {
            return new CableRejected(source, "empty: no cable text");
        }

        var warnings = new List<string>();
        var (created, precedence) = RoutingHeaderParser.DateTimeGroup(header);
        if (created is null && document.Created is null)
        {
            (created, precedence) = RoutingHeaderParser.DateTimeGroup(content);
        }

        created = document.Created ?? created;
        var id = ResolveId(document, header, content, created, out var sourceId);
        if (id is null)
        {
            return new CableRejected(source, LooksLikeCable(header, content)
                ? "truncated or damaged cable: no reference id (no classification banner with a serial, no id trailer)"
                : "not a cable: no reference id, routing header, TAGS or SUBJECT found");
        }

        if (created is null && warnings.Count == 0)
        {
            warnings.Add("no creation date (no date-time group)");
        }

        var lines = new ContentLines(content);
        var bodyStart = ContentLayout.BodyStart(lines);
        var signers = SignerParser.Parse(lines, bodyStart);
        var bodyEnd = signers.Count > 0 ? ContentLayout.SignatureStart(lines, bodyStart, signers.Count) : lines.Count;
        if (bodyEnd < lines.Count && bodyEnd >= bodyStart && signers.Count > 0 && SignerParser.TextBeforeSignature(lines[bodyEnd]) is { } lastText)
        {
            // The signature ends the last line of text: keep the text, drop only the name.
            lines.Replace(bodyEnd, lastText);
            bodyEnd++;
        }

        var normalized = BodyNormalizer.Normalize(lines, bodyStart, Math.Max(0, bodyEnd - bodyStart));
        if (normalized.Body.Length == 0 && !document.IsPartial)
        {
            warnings.Add("no body text after the header fields");
        }

        var preamble = lines.Join(Math.Min(bodyStart, lines.Count));
        var year = created?.Year ?? 2000 + int.Parse(id[..2], CultureInfo.InvariantCulture);
        var classifiedByStatement = ClassifiedByParser.Statement(content);
        var references = ReferenceParser.Parse(preamble, year, id).ToList();
        if (references.Count == 0 && !string.IsNullOrWhiteSpace(document.ReferenceList))
        {
            references.AddRange(document.ReferenceList.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Where(CableIds.LooksLikeId)
                .Select(r => new CableReference(CableIds.Canonicalize(r), ReferenceKind.Cable, null)));
        }

        var classification = NormalizeClassification(document.Classification) ?? ClassificationParser.FromBanner(content);
        return new CableParsed(new ParsedCable
        {
            Id = id,
            SourceReferenceId = sourceId,
            Source = source,
            Created = created,
            Released = document.Released,
            Origin = document.Origin ?? OriginName(RoutingHeaderParser.From(header)),
            Precedence = precedence,
            TransmissionId = RoutingHeaderParser.TransmissionId(header),
            Recipients = RecipientParser.ParseTo(header),
            InfoRecipients = RecipientParser.ParseInfo(header),
            Classification = classification,
            ClassificationCategories = classifiedByStatement is null ? [] : ClassificationParser.Categories(classifiedByStatement),
            ClassifiedBy = ClassifiedByParser.Parse(content),
            DeclassifyOn = DeclassificationParser.Parse(content),
            Tags = TagParser.Parse(preamble).Select(TagCatalog.ToTag).ToList(),
            Subject = SubjectParser.Parse(preamble),
            References = references,
            Summary = SummaryParser.SummarySpan(normalized.Body, normalized.Sections),
            Comments = SummaryParser.CommentSpans(normalized.Body, normalized.Sections),
            Signers = signers,
            Paragraphs = normalized.Paragraphs,
            Sections = normalized.Sections,
            IsPartial = document.IsPartial,
            Header = header,
            Body = normalized.Body,
            ContentHash = Hash(header, normalized.Body),
            Warnings = warnings,
        });
    }

    private static string? ResolveId(CableDocument document, string header, string content, DateTimeOffset? created, out string? sourceId)
    {
        sourceId = null;
        if (!string.IsNullOrWhiteSpace(document.ReferenceId))
        {
            sourceId = document.ReferenceId.Trim();
            var canonical = CableIds.Canonicalize(sourceId);
            if (CableIds.LooksLikeId(canonical))
            {
                return canonical;
            }
        }

        if (created is { } date && ClassificationParser.BannerId(content) is { } banner)
        {
            return CableIds.FromParts(date.Year.ToString(CultureInfo.InvariantCulture), banner.Origin, banner.Serial);
        }

        var trailer = IdTrailer().Match(content);
        if (trailer.Success)
        {
            sourceId = trailer.Groups[1].Value;
            return CableIds.Canonicalize(sourceId);
        }

        if (document.FileStem is { } stem && CableIds.LooksLikeId(stem) && LooksLikeCable(header, content))
        {
            sourceId = stem;
            return CableIds.Canonicalize(stem);
        }

        return null;
    }

    private static bool LooksLikeCable(string header, string content)
        => RoutingHeaderParser.From(header) is not null || CableMarker().IsMatch(content);

    /// <summary>The WikiLeaks way of naming a post, so text, HTML and CSV cables count alike (<c>AMEMBASSY TOKYO</c> → <c>Embassy Tokyo</c>).</summary>
    internal static string? OriginName(string? from)
    {
        if (string.IsNullOrWhiteSpace(from))
        {
            return null;
        }

        var f = TextLines.Squash(from).ToUpperInvariant();
        if (f.StartsWith("SECSTATE", StringComparison.Ordinal))
        {
            return "Secretary of State";
        }

        foreach (var (prefix, name) in new[] { ("AMEMBASSY ", "Embassy "), ("AMCONSUL ", "Consulate "), ("USMISSION ", "Mission "), ("AMCONGEN ", "Consulate ") })
        {
            if (f.StartsWith(prefix, StringComparison.Ordinal))
            {
                return name + TitleCase(f[prefix.Length..]);
            }
        }

        return TextLines.Squash(from);
    }

    private static string TitleCase(string text)
        => string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.Length <= 1 ? w : char.ToUpperInvariant(w[0]) + w[1..].ToLowerInvariant()));

    private static string? NormalizeClassification(string? classification)
        => string.IsNullOrWhiteSpace(classification) ? null : TextLines.Squash(classification).ToUpperInvariant();

    /// <summary>SHA-256 of the UTF-8 of <c>header + "\n\0\n" + body</c>, hashed piece by piece through one pooled buffer.</summary>
    private static string Hash(string header, string body)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(Math.Max(header.Length, body.Length)));
        try
        {
            hash.AppendData(buffer, 0, Encoding.UTF8.GetBytes(header, buffer));
            hash.AppendData("\n\0\n"u8);
            hash.AppendData(buffer, 0, Encoding.UTF8.GetBytes(body, buffer));
            return Convert.ToHexStringLower(hash.GetCurrentHash());
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    [GeneratedRegex(@"^\s*((?:19|20)\d\d[A-Z]{2,}\d{3,})\b", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex IdTrailer();

    [GeneratedRegex(@"^\s*(?:TAGS?\b|SUBJ(?:ECT)?\s*:|C O N F I D E N T I A L|S E C R E T|UNCLAS|E\.O\. \d)", RegexOptions.Multiline | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CableMarker();
}
