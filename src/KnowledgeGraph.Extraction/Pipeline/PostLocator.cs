using KnowledgeGraph.Extraction.Gazetteer;

namespace KnowledgeGraph.Extraction.Pipeline;

/// <summary>Finds the host country and city of the sending post ("AMEMBASSY TOKYO" → JP, Tokyo) from the origin or the cable id.</summary>
internal sealed class PostLocator : IExtractionStage
{
    public void Run(CableDocument document)
    {
        var lexicon = document.Lexicon;
        foreach (var candidate in Candidates(document))
        {
            var tokens = lexicon.Tokenizer.Tokenize(candidate);
            for (var i = 0; i < tokens.Count; i++)
            {
                var match = lexicon.Countries.Longest(candidate, tokens, i, tokens.Count, allCaps: true);
                if (match is { Value: { Cue: CountryCue.Capital or CountryCue.City } entry })
                {
                    document.HostCountry = entry.Code;
                    var city = candidate[tokens[match.FirstToken].Start..tokens[match.EndToken - 1].End];
                    document.PostCity = Names.DisplayCase(city);
                    return;
                }
            }
        }
    }

    private static IEnumerable<string> Candidates(CableDocument document)
    {
        if (document.Cable.Origin is { Length: > 0 } origin)
        {
            yield return origin;
        }

        // 07TOKYO5019 → TOKYO
        var id = document.Cable.Id ?? "";
        var letters = new string(id.SkipWhile(char.IsDigit).TakeWhile(char.IsLetter).ToArray());
        if (letters.Length > 0)
        {
            yield return letters;
            // ids squeeze multi-word posts: BUENOSAIRES, NEWDELHI
            foreach (var known in KnownSqueezed)
            {
                if (letters.Equals(known.Replace(" ", ""), StringComparison.OrdinalIgnoreCase))
                {
                    yield return known;
                }
            }
        }
    }

    private static readonly string[] KnownSqueezed =
    [
        "Buenos Aires", "New Delhi", "Mexico City", "Kuala Lumpur", "Addis Ababa", "Abu Dhabi", "Tel Aviv", "Port au Prince",
        "Santo Domingo", "San Jose", "San Salvador", "Guatemala City", "Kuwait City", "Panama City", "Phnom Penh", "Dar es Salaam",
        "Sao Paulo", "Rio de Janeiro", "Hong Kong", "Ho Chi Minh City", "Cape Town", "La Paz", "Port of Spain", "St. Petersburg",
    ];
}
