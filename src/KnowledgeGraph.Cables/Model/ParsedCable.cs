namespace KnowledgeGraph.Cables.Model;

/// <summary>
/// One cable, fully parsed. Every character offset in this model (paragraphs, sections, summary)
/// points into <see cref="Body"/>, the normalized body text kept with the cable, so later stages
/// can cite evidence exactly.
/// </summary>
public sealed record ParsedCable
{
    /// <summary>Canonical reference id, e.g. <c>07TOKYO5019</c>.</summary>
    public required string Id { get; init; }

    /// <summary>The id as the source gave it (a WikiLeaks page may use a malformed id), or null.</summary>
    public string? SourceReferenceId { get; init; }

    public required CableSource Source { get; init; }

    /// <summary>Creation date-time in UTC, from the date-time group or the page metadata.</summary>
    public DateTimeOffset? Created { get; init; }

    /// <summary>Release date-time (WikiLeaks pages only).</summary>
    public DateTimeOffset? Released { get; init; }

    /// <summary>The sending post as named by the source, e.g. <c>Embassy Tokyo</c> or <c>AMEMBASSY TOKYO</c>.</summary>
    public string? Origin { get; init; }

    /// <summary>Precedence of the transmission (<c>IMMEDIATE</c>, <c>PRIORITY</c>, <c>ROUTINE</c>, …).</summary>
    public string? Precedence { get; init; }

    /// <summary>Transmission id from the header (<c>VZCZCXRO9974</c>).</summary>
    public string? TransmissionId { get; init; }

    public IReadOnlyList<Recipient> Recipients { get; init; } = [];
    public IReadOnlyList<Recipient> InfoRecipients { get; init; } = [];

    /// <summary>Classification in upper case: <c>UNCLASSIFIED</c>, <c>CONFIDENTIAL</c>, <c>SECRET//NOFORN</c>, …</summary>
    public string? Classification { get; init; }

    /// <summary>Reasons for classification as written after "Reasons", e.g. <c>1.4 (B)</c>, <c>1.4 (D)</c>.</summary>
    public IReadOnlyList<string> ClassificationCategories { get; init; } = [];

    public IReadOnlyList<ClassifiedBy> ClassifiedBy { get; init; } = [];

    /// <summary>Declassification deadline from the E.O. 12958 DECL line.</summary>
    public DateOnly? DeclassifyOn { get; init; }

    public IReadOnlyList<CableTag> Tags { get; init; } = [];

    /// <summary>Subject, unwrapped onto one line; empty when the cable has none.</summary>
    public string Subject { get; init; } = "";

    public IReadOnlyList<CableReference> References { get; init; } = [];

    /// <summary>The summary section, if any (span into <see cref="Body"/>).</summary>
    public TextSpan? Summary { get; init; }

    /// <summary>Comment sections, if any (spans into <see cref="Body"/>).</summary>
    public IReadOnlyList<TextSpan> Comments { get; init; } = [];

    /// <summary>Signer surnames as written at the end of the cable (<c>SCHIEFFER</c>).</summary>
    public IReadOnlyList<string> Signers { get; init; } = [];

    public IReadOnlyList<Paragraph> Paragraphs { get; init; } = [];

    public IReadOnlyList<SectionHeading> Sections { get; init; } = [];

    /// <summary>True when the source says the record is a partial extract.</summary>
    public bool IsPartial { get; init; }

    /// <summary>The header text (everything before the body) as read, normalized line endings.</summary>
    public string Header { get; init; } = "";

    /// <summary>Normalized body text; every offset in this model points into it.</summary>
    public required string Body { get; init; }

    /// <summary>Hex SHA-256 of the normalized header and body: changes exactly when the cable's content does.</summary>
    public required string ContentHash { get; init; }

    /// <summary>Non-fatal problems met while parsing (a header field that could not be read, …).</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];

    /// <summary>The text of a span of <see cref="Body"/>.</summary>
    public string TextOf(TextSpan span) => Body.Substring(span.Start, span.End - span.Start);
}
