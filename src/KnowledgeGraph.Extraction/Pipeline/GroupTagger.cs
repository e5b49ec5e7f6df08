using System.Collections.Frozen;
using KnowledgeGraph.Extraction.Gazetteer;
using KnowledgeGraph.Extraction.Internal;
using KnowledgeGraph.Extraction.Text;

namespace KnowledgeGraph.Extraction.Pipeline;

/// <summary>
/// Unnamed parties that take part in meetings: "Embassy Tokyo", "the Embassy", "Embassy officers", "Poloffs",
/// "MOFA officials", "Russian officials". Each is tied to its organization (the U.S. post, the ministry, the government).
/// </summary>
internal sealed class GroupTagger : IExtractionStage
{
    private static readonly FrozenSet<string> StaffWords = new[]
    {
        "Poloff", "Poloffs", "PolOff", "PolOffs", "Econoff", "Econoffs", "EconOff", "EconOffs", "Emboff", "Emboffs", "EmbOff", "EmbOffs",
        "Conoff", "Conoffs", "PolEconOff", "PolEconOffs", "Pol/Econ", "Poloff's", "PolCouns", "EconCouns", "PolMinCouns", "Embassy",
        "Mission", "Consulate", "Post",
        // unnamed mission staff by office: "DATT", "Legatt", "Pol Chief" (the chief of mission and DCM resolve to persons)
        "DATT", "Legatt", "LegAtt", "PolChief", "EconChief", "RSO", "PAO", "Pol", "Econ",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> PeopleWords = new[]
    {
        "officials", "official", "officers", "officer", "representatives", "representative", "staff", "staffers", "personnel",
        "contacts", "contact", "interlocutors", "diplomats", "delegation", "delegations", "team", "counterparts", "experts",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public void Run(CableDocument document)
    {
        var tokens = document.Tokens;
        var n = tokens.Count;
        var post = document.PostCity;
        var postId = "org:" + EmbassyKey(document);
        var postName = post is null ? "the Embassy" : $"Embassy {post}";
        HashSet<int>? meetingVerbStarts = null;
        for (var i = 0; i < n; i++)
        {
            if (tokens[i].Kind != TokenKind.Word)
            {
                continue;
            }

            var entity = document.EntityOf(i);
            var word = document.TokenSpan(i);
            if (entity is null && word.Equals("Embassy", StringComparison.OrdinalIgnoreCase))
            {
                // "Embassy Tokyo" / "Embassy officers" / "the Embassy"
                var end = i + 1;
                if (end < n && document.EntityOf(end) is { Kind: SpanKind.Country } city
                    && ((CountryEntry)city.Value).Cue is CountryCue.Capital or CountryCue.City)
                {
                    end = city.EndToken;
                }
                else if (end < n && PeopleWords.ContainsText(document.TokenSpan(end)))
                {
                    end++;
                }

                var prev = i > 0 ? document.EntityOf(i - 1) : null;
                if (prev is { Kind: SpanKind.Country } && end == i + 1)
                {
                    continue; // "the Russian Embassy": not ours
                }

                Add(document, i, end, new GroupRecord(postId, end == i + 1 || !PeopleWords.ContainsText(document.TokenSpan(end - 1)) ? postName : "Embassy officers", "US"));
                i = end - 1;
                continue;
            }

            if ((entity is null || entity.Kind == SpanKind.Title) && StaffWords.ContainsText(word) && !word.Equals("Embassy", StringComparison.OrdinalIgnoreCase)
                && (entity is not null || !(word.Equals("Pol", StringComparison.OrdinalIgnoreCase) || word.Equals("Econ", StringComparison.OrdinalIgnoreCase)))
                && !FollowedByName(document, entity?.EndToken ?? i + 1))
            {
                if (word is "Mission" or "Post" or "Consulate" && !(i > 0 && document.TokenIs(i - 1, "the")))
                {
                    continue;
                }

                var first = entity?.FirstToken ?? i;
                var last = entity?.EndToken ?? i + 1;
                if (entity is not null)
                {
                    RemoveEntity(document, entity);
                }

                Add(document, first, last, new GroupRecord(postId, document.Text[tokens[first].Start..tokens[last - 1].End], "US"));
                i = last - 1;
                continue;
            }

            // "told us", "briefed us": the reporting post
            if (entity is null && (word is "us" or "US") && i > 0 && (document.TokenIs(i - 1, "told") || document.TokenIs(i - 1, "informed") || document.TokenIs(i - 1, "briefed")
                                                               || document.TokenIs(i - 1, "assured") || document.TokenIs(i - 1, "asked")))
            {
                Add(document, i, i + 1, new GroupRecord(postId, postName, "US"));
                continue;
            }

            // "We met with…", "we also called on…": the reporting post's officers
            if (entity is null && word is "we" or "We" or "WE" && StartsMeetingVerb(document, i + 1, ref meetingVerbStarts))
            {
                Add(document, i, i + 1, new GroupRecord(postId, postName, "US"));
                continue;
            }

            // a congressional or staff delegation
            if (entity is null && IsDelegationWord(word))
            {
                Add(document, i, i + 1, new GroupRecord("org:us-congress", word.Length > 0 && char.IsUpper(word[1]) ? word.ToString() : "Codel", "US"));
                continue;
            }

            // "MOFA officials", "Russian officials", "GOJ officials"
            if (entity is { Kind: SpanKind.Organization or SpanKind.Country } && entity.EndToken < n && entity.EndToken == i + (entity.EndToken - entity.FirstToken)
                && PeopleWords.ContainsText(document.TokenSpan(entity.EndToken)))
            {
                var (orgId, country) = GroupOrganization(document, entity);
                if (orgId is null)
                {
                    continue;
                }

                var first = entity.FirstToken;
                var last = entity.EndToken + 1;
                RemoveEntity(document, entity);
                Add(document, first, last, new GroupRecord(orgId, document.Text[tokens[first].Start..tokens[last - 1].End], country));
                i = last - 1;
            }
        }
    }

    /// <summary>CODEL, CODELS, STAFFDEL, STAFFDELS in any case (the invariant upper-casing <c>ToUpperInvariant</c> compares by).</summary>
    private static bool IsDelegationWord(ReadOnlySpan<char> word)
        => word.Equals("CODEL", StringComparison.OrdinalIgnoreCase) || word.Equals("CODELS", StringComparison.OrdinalIgnoreCase)
           || word.Equals("STAFFDEL", StringComparison.OrdinalIgnoreCase) || word.Equals("STAFFDELS", StringComparison.OrdinalIgnoreCase);

    /// <summary>A meeting verb ("met", "called on", "told") at <paramref name="index"/>, after "also", "then", "later" or "separately".</summary>
    private static bool StartsMeetingVerb(CableDocument document, int index, ref HashSet<int>? starts)
    {
        starts ??= document.MeetingWords.Where(m => m.Word.Form != MeetingWordForm.Noun).Select(m => m.First).ToHashSet();
        while (index < document.Tokens.Count && (document.TokenIs(index, "also") || document.TokenIs(index, "then") || document.TokenIs(index, "later") || document.TokenIs(index, "separately")))
        {
            index++;
        }

        return starts.Contains(index);
    }

    internal static string EmbassyKey(CableDocument document)
        => document.PostCity is { } city ? "us-embassy-" + Names.Slug(city) : "us-embassy";

    private static (string? OrgId, string? Country) GroupOrganization(CableDocument document, EntitySpan entity)
    {
        if (entity.Value is OrganizationEntry org)
        {
            var country = org.IsHostGovernment ? document.HostCountry : org.Country;
            return (Organizations.IdOf(org, document.HostCountry), country);
        }

        if (entity.Value is CountryEntry { Cue: not CountryCue.NotACountry } c)
        {
            var code = c.Code.Length > 0 ? c.Code : c.Candidates.FirstOrDefault(x => x == document.HostCountry);
            return code is null ? (null, null) : ($"org:{code.ToLowerInvariant()}-government", code);
        }

        return (null, null);
    }

    private static bool FollowedByName(CableDocument document, int index)
    {
        if (index >= document.Tokens.Count || document.Tokens[index].Kind != TokenKind.Word || document.EntityAt[index] >= 0)
        {
            return false;
        }

        var span = document.TokenSpan(index);
        return char.IsUpper(span[0]) && !document.Lexicon.CommonWords.Contains(span);
    }

    private static void RemoveEntity(CableDocument document, EntitySpan entity)
    {
        for (var k = entity.FirstToken; k < entity.EndToken; k++)
        {
            document.EntityAt[k] = -1;
        }
    }

    private static void Add(CableDocument document, int first, int end, GroupRecord group)
        => document.AddEntity(new EntitySpan(first, end, SpanKind.Group, group));
}
