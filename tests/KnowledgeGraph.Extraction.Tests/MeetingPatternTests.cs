using KnowledgeGraph.Cables.Model;
using KnowledgeGraph.Extraction.Model;

namespace KnowledgeGraph.Extraction.Tests;

/// <summary>Meeting patterns on sentences written for these tests (not from the gold cables): who met whom, and when.</summary>
public sealed class MeetingPatternTests
{
    public static TheoryData<string, string, string, string?> Cases => new()
    {
        // a meeting noun in a fronted phrase: the main clause's subject attends; its date goes to the sentence's meeting
        { "During their October 16 luncheon, former President Jose Aznar told Ambassador Eduardo Aguirre that relations had improved.", "person:jose-aznar", "person:eduardo-aguirre", "2009-10-16" },
        { "Over lunch June 7, the ministry's Gulf director, Franck Gellet, shared his views on Iran.", "person:franck-gellet", "org:us-embassy-london", "2009-06-07" },
        // "…meeting with X, Y said": the fronted phrase names one side, the main clause's subject is the other
        { "During a November 20 tripartite meeting with FBI Director Robert Mueller, Interior Minister Rehman Malik made no commitment.", "person:robert-mueller", "person:rehman-malik", "2009-11-20" },
        // "X, accompanied by Y, met with Z": the companion and the one accompanied both attend; a title's holder in apposition
        { "Representative Robert Wexler (D, Florida), accompanied by Deputy Chief of Staff Joshua Rogin, met with Intelligence Chief, MG Amos Yadlin, on November 10.", "person:robert-wexler", "person:amos-yadlin", "2009-11-10" },
        { "Representative Robert Wexler (D, Florida), accompanied by Deputy Chief of Staff Joshua Rogin, met with Intelligence Chief, MG Amos Yadlin, on November 10.", "person:joshua-rogin", "person:amos-yadlin", "2009-11-10" },
        // a word between two titles is the title's ("Chief Electoral Advisor"), so the list reaches the name after it
        { "On November 3, Ambassador Karl Eikenberry met with UNDP Chief Electoral Advisor Margie Cook.", "person:karl-eikenberry", "person:margie-cook", "2009-11-03" },
        // a list after a plural title: every name in it holds the title
        { "On November 3, Ambassadors Karl Eikenberry, Holbrooke, and Ricciardone met with SRSG Kai Eide.", "person:ricciardone", "person:kai-eide", "2009-11-03" },
        // "X's meeting with Y": "meeting with" is one meeting word, and its list follows it
        { "Defense Minister Jose Bono had a productive meeting with Secretary Donald Rumsfeld in Nice.", "person:jose-bono", "person:donald-rumsfeld", null },
        { "A week later, in a November 24 meeting with National Security Advisor Tariq Aziz, Ambassador Anne Patterson presented the same points.", "person:tariq-aziz", "person:anne-patterson", "2009-11-24" },
        { "In a phone call with German Chancellor Angela Merkel, President Dmitry Medvedev insisted on the return of troops.", "person:angela-merkel", "person:dmitry-medvedev", null },
        // "(ACRONYM)" and "Foreign and Commonwealth Office" inside the object's description
        { "On November 9, Ambassador Matthew Barzun met with Social Democratic Party (SDP) Leader Mona Sahlin.", "person:matthew-barzun", "person:mona-sahlin", "2009-11-09" },
        { "Poloff met with incoming Foreign and Commonwealth Office (FCO) North Africa Director Jane Smith on September 23.", "org:us-embassy-london", "person:jane-smith", "2009-09-23" },
        // "We met with": the reporting post
        { "We met with presidential adviser Pierre Dumont September 4 to follow up on reports.", "org:us-embassy-london", "person:pierre-dumont", "2009-09-04" },
        // "him" and "he": the person the previous sentence is about
        { "Defense Minister Nelson Jobim said he would sign the agreement in March. Samuel Guimaraes has told him that cannot happen.", "person:nelson-jobim", "person:samuel-guimaraes", null },
        { "Foreign Minister Karl Berg spoke at length about the treaty. He later met with Ambassador John Doe to discuss it.", "person:karl-berg", "person:john-doe", null },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Finds_the_meeting(string text, string first, string second, string? date)
    {
        var facts = FactExtractor.Default.Extract(Cable(text));
        var meeting = facts.Meetings.FirstOrDefault(m => m.Participants.Any(p => p.Id == first) && m.Participants.Any(p => p.Id == second));
        Assert.True(meeting is not null, $"no meeting of {first} and {second}; found: {string.Join(" | ", facts.Meetings.Select(m => string.Join(", ", m.Participants.Select(p => p.Id))))}");
        if (date is not null)
        {
            Assert.Contains(facts.Meetings, m => m.Date == DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)
                                                 && m.Participants.Any(p => p.Id == first) && m.Participants.Any(p => p.Id == second));
        }
    }

    [Fact]
    public void A_pronoun_does_not_reach_back_to_the_classifying_official()
    {
        var facts = FactExtractor.Default.Extract(Cable("Classified By: DCM Robert Jackson for reasons 1.4 (b) and (d). The minister assured the mayor and asked him to be patient."));
        Assert.DoesNotContain(facts.Meetings, m => m.Participants.Any(p => p.Id == "person:robert-jackson"));
    }

    [Fact]
    public void A_generational_suffix_in_Classified_By_is_not_the_surname()
    {
        const string body = "Ambassador Randt met with Foreign Minister Yang Jiechi on November 3.";
        var facts = FactExtractor.Default.Extract(Cable(body) with { ClassifiedBy = [new ClassifiedBy("Clark T. Randt, Jr.", "Ambassador")] });
        var randt = Assert.Single(facts.Persons, p => p.Name.Contains("Randt", StringComparison.Ordinal));
        Assert.Equal("person:clark-t-randt", randt.Id);
        Assert.Contains(facts.Meetings, m => m.Participants.Any(p => p.Id == randt.Id) && m.Participants.Any(p => p.Id == "person:yang-jiechi"));
    }

    private static ParsedCable Cable(string body) => new()
    {
        Id = "09LONDON9999",
        Origin = "Embassy London",
        Source = new CableSource(CableFormat.Text, "test"),
        Created = new DateTimeOffset(2009, 12, 1, 0, 0, 0, TimeSpan.Zero),
        Paragraphs = [new Paragraph(1, null, new TextSpan(0, body.Length), body)],
        Body = body,
        ContentHash = "x",
    };
}
