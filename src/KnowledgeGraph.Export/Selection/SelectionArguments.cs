using System.Globalization;
using KnowledgeGraph.Graph.Model;

namespace KnowledgeGraph.Export.Selection;

/// <summary>
/// A selection as users type it, on the command line (<c>kg export</c>) or in a URL (<c>GET /api/export</c>): the one
/// place that turns those strings into a <see cref="SubgraphSelection"/> and explains, in one line, what is wrong.
/// List arguments also accept comma-separated values (except seeds, whose ids are taken whole).
/// </summary>
public sealed record SelectionArguments(
    IReadOnlyList<string>? Seeds = null,
    int? Depth = null,
    int? Limit = null,
    string? Topic = null,
    string? From = null,
    string? To = null,
    IReadOnlyList<string>? Cables = null,
    IReadOnlyList<string>? Kinds = null,
    IReadOnlyList<string>? RelationshipTypes = null,
    double? MinConfidence = null,
    string? PathFrom = null,
    string? PathTo = null,
    int? MaxHops = null,
    IReadOnlyList<string>? Via = null)
{
    public bool TryCreate(out SubgraphSelection selection, out string? error)
    {
        selection = new SubgraphSelection([]);
        error = null;
        if (!TryDate(From, "from", out var from, ref error) || !TryDate(To, "to", out var to, ref error)
            || !TryKinds(out var kinds, ref error)
            || !TryTypes(RelationshipTypes, "relationship type", out var types, ref error)
            || !TryTypes(Via, "via relationship type", out var via, ref error))
        {
            return false;
        }

        selection = new SubgraphSelection(
            Seeds: (Seeds ?? []).Select(s => s.Trim()).Where(s => s.Length > 0).Distinct(StringComparer.Ordinal).ToArray(),
            Depth: Depth ?? 1,
            Limit: Limit ?? SubgraphSelection.DefaultLimit,
            Topic: Blank(Topic),
            From: from,
            To: to,
            Cables: Split(Cables),
            Kinds: kinds,
            RelationshipTypes: types,
            MinConfidence: MinConfidence,
            PathFrom: Blank(PathFrom),
            PathTo: Blank(PathTo),
            MaxHops: MaxHops ?? 4,
            Via: via);
        error = selection.Validate();
        return error is null;
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static string[] Split(IReadOnlyList<string>? values) =>
        (values ?? []).SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).Distinct(StringComparer.Ordinal).ToArray();

    private static bool TryDate(string? text, string name, out DateOnly? date, ref string? error)
    {
        date = null;
        if (Blank(text) is not { } value)
        {
            return true;
        }

        // A year or a month stands for its first day (from) or its last day (to).
        string[] formats = ["yyyy-MM-dd", "yyyy-MM", "yyyy"];
        if (!DateOnly.TryParseExact(value, formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            error = $"'{value}' is not a date for --{name} (use YYYY-MM-DD, YYYY-MM or YYYY).";
            return false;
        }

        date = name == "to" && value.Length < 10 ? (value.Length == 4 ? parsed.AddYears(1) : parsed.AddMonths(1)).AddDays(-1) : parsed;
        return true;
    }

    private bool TryKinds(out NodeKind[]? kinds, ref string? error)
    {
        kinds = null;
        var names = Split(Kinds);
        if (names.Length == 0)
        {
            return true;
        }

        var parsed = new List<NodeKind>();
        foreach (var name in names)
        {
            if (!Enum.TryParse<NodeKind>(name, ignoreCase: true, out var kind) || !Enum.IsDefined(kind) || int.TryParse(name, out _))
            {
                error = $"'{name}' is not a node kind (one of {string.Join(", ", Enum.GetNames<NodeKind>())}).";
                return false;
            }

            parsed.Add(kind);
        }

        kinds = parsed.Distinct().ToArray();
        return true;
    }

    private static bool TryTypes(IReadOnlyList<string>? values, string what, out string[]? types, ref string? error)
    {
        types = null;
        var names = Split(values);
        if (names.Length == 0)
        {
            return true;
        }

        var parsed = new List<string>();
        foreach (var name in names)
        {
            var type = RelationshipType.All.FirstOrDefault(t => string.Equals(t, name, StringComparison.OrdinalIgnoreCase));
            if (type is null)
            {
                error = $"'{name}' is not a {what} (one of {string.Join(", ", RelationshipType.All)}).";
                return false;
            }

            parsed.Add(type);
        }

        types = parsed.Distinct().ToArray();
        return true;
    }
}
