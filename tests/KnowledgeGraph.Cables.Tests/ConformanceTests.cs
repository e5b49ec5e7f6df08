using System.Text.Json;
using KnowledgeGraph.Cables.Parsing;
using KnowledgeGraph.Testing;
using Xunit.Abstractions;

namespace KnowledgeGraph.Cables.Tests;

/// <summary>
/// The 914 cablemap conformance cases of ../shared/conformance/cablemap-cases.json (read at test time, never copied),
/// run suite by suite against our parser functions. Each suite must pass at least its recorded number of cases
/// (a ratchet: raise it as the parsers improve); the failing cases are printed with expected and actual values.
/// </summary>
public sealed class ConformanceTests(ITestOutputHelper output)
{
    private static readonly Lazy<IReadOnlyList<JsonElement>> Cases = new(() =>
    {
        using var stream = File.OpenRead(SharedData.ConformanceCases!);
        return JsonDocument.Parse(stream).RootElement.EnumerateArray().ToList();
    });

    /// <summary>Suite → cases that must pass (of how many).</summary>
    public static TheoryData<string, int> Suites => new()
    {
        { "c14n", 55 },
        { "c14n_malformed_ids", 80 },
        { "c14n_invalid_ids", 123 },
        { "nondisclosure_deadline", 12 },
        { "tag_kind", 12 },
        { "recipients", 7 },
        { "info_recipients", 8 },
        { "tags", 34 },
        { "subject", 45 },
        { "signers", 38 },
        { "references", 62 },
        { "references_ng", 17 },
        { "classified_by", 75 },
        { "summary", 23 },
        { "clean_content", 13 },
        { "titlefy", 33 },
    };

    [SharedDataTheory]
    [MemberData(nameof(Suites))]
    public void Suite_passes_at_least_its_recorded_cases(string suite, int mustPass)
    {
        var cases = Cases.Value.Where(c => c.GetProperty("suite").GetString() == suite).ToList();
        Assert.NotEmpty(cases);
        var passed = 0;
        foreach (var c in cases)
        {
            var expected = Normalize(c.GetProperty("expected"));
            string actual;
            try
            {
                actual = Run(suite, c);
            }
            catch (NotSupportedException)
            {
                actual = "<not implemented>";
            }

            if (expected == actual)
            {
                passed++;
            }
            else
            {
                output.WriteLine($"{c.GetProperty("id").GetString()}\n  expected {expected}\n  actual   {actual}");
            }
        }

        output.WriteLine($"{suite}: {passed}/{cases.Count} pass");
        Assert.True(passed >= mustPass, $"{suite}: {passed}/{cases.Count} pass, at least {mustPass} expected");
    }

    private static string Run(string suite, JsonElement c)
    {
        var input = c.GetProperty("input").GetString()!;
        var p = c.GetProperty("params");
        return suite switch
        {
            "c14n" or "c14n_malformed_ids" or "c14n_invalid_ids" => Json(CableIds.Canonicalize(input)),
            "nondisclosure_deadline" => Json(DeclassificationParser.Parse(input)?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)),
            "tag_kind" => Json(TagCatalog.KindOf(input, p.TryGetProperty("default", out var d) ? Enum.Parse<Model.TagKind>(d.GetString()!, true) : Model.TagKind.Unknown) switch
            {
                Model.TagKind.Organization => "ORG",
                var k => k.ToString().ToUpperInvariant(),
            }),
            "recipients" => Json(RecipientParser.ParseTo(input).Select(Recipient)),
            "info_recipients" => Json(RecipientParser.ParseInfo(input).Select(Recipient)),
            "tags" => Json(TagParser.Parse(input, p.GetProperty("canonicalize").GetBoolean())),
            "subject" => Json(SubjectParser.Parse(input, !p.TryGetProperty("clean", out var clean) || clean.GetBoolean())),
            "signers" => Json(SignerParser.Parse(input)),
            "references" => Json(ReferenceParser.Parse(input, p.GetProperty("year").GetInt32(), SelfId(c))
                .Where(r => r.Kind == Model.ReferenceKind.Cable).Select(r => r.Value).Distinct()),
            "references_ng" => Json(ReferenceParser.Parse(input, p.GetProperty("year").GetInt32(), SelfId(c))
                .Select(r => new { value = r.Value, kind = r.Kind.ToString().ToUpperInvariant(), bullet = r.Bullet, title = r.Title })),
            "titlefy" => Json(Titlefier.Titlefy(input)),
            "clean_content" => Json(ContentCleaner.Clean(input)),
            "summary" => Json(SummaryParser.Parse(input)),
            "classified_by" => Json(ClassifiedByParser.Parse(input).Select(b => b.Name)),
            _ => throw new NotSupportedException(suite),
        };
    }

    private static string? SelfId(JsonElement c)
        => c.GetProperty("reference_id").GetString() is { } id ? CableIds.Canonicalize(id) : null;

    private static object Recipient(Model.Recipient r) => new { route = r.Route, name = r.Name, precedence = r.Precedence, mcn = r.Mcn, excluded = r.Excluded };

    private static string Json<T>(T value) => JsonSerializer.Serialize(value);

    private static string Normalize(JsonElement expected) => JsonSerializer.Serialize(expected);
}
