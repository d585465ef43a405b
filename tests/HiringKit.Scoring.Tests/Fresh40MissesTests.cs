using static HiringKit.Scoring.Tests.LookAlikeTradeTests;
using static HiringKit.Scoring.Tests.Resumes;

namespace HiringKit.Scoring.Tests;

/// <summary>
/// The general causes behind session 24's third blind set (Fresh40), written by hand, not copied from it (its false friend "rapport
/// with brand managers" was withdrawn after a review: "rapport with brand-new clients and their case managers"): a job board skill's note after its duration ("(Less
/// than 1 year) - basic familiarity only") not read as a hedge; a library assistant's and a bookseller's years read as the trade's.
/// </summary>
public sealed class Fresh40MissesTests
{
    [TestCase("• Working Alliance Inventory (Less than 1 year) - basic familiarity only, from a research role", Assertions.Hedged)]
    [TestCase("• Working Alliance Inventory - some exposure in my practicum", Assertions.Hedged)]
    [TestCase("• Working Alliance Inventory (5 years) - used with every client at sessions 3 and 8", Assertions.Asserted)]
    [TestCase("• Working Alliance Inventory - Introductory + Intermediate (2020)", Assertions.Asserted)]
    public void A_skill_s_note_after_a_dash_qualifies_it(string line, string assertion)
    {
        string text = Header + $"""
            EXPERIENCE
            Registered Psychotherapist, Ottawa Family Services      Aug 2023 - present
            - Individual therapy for adults.

            SKILLS
            {line}
            """;
        var score = Score(text, AsOf2026);

        Assert.That(score.Matches.Single(m => m.Phrase == "working alliance inventory").Assertion, Is.EqualTo(assertion));
    }

    [Test]
    public void Library_and_bookshop_posts_are_another_trade()
    {
        // Their lines name mental health week and a psychology shelf: read as the trade's, a keyword block's writer had 11.3 years.
        string text = Header + """
            PERSONAL STATEMENT
            Friendly library assistant with eight years' experience serving the public, now moving into counselling.

            EMPLOYMENT HISTORY
            Library Assistant (Grade III)                                   June 2018 - present
            Dublin City Libraries, Rathmines Library, Dublin 6
            - Lending desk and inter-library loans for a busy branch.
            - Support the Healthy Ireland at Your Library programme: booked speakers for mental health week.

            Bookseller                                                      Sept 2015 - May 2018
            Hodges Figgis, Dawson Street, Dublin 2
            - Looked after the psychology and self-help section; wrote staff picks cards.

            Keywords: therapeutic alliance; working alliance; rapport building; crisis intervention
            """;
        var score = Score(text, AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.Null);
    }

    [Test]
    public void A_counselor_at_a_library_stays_in_the_trade()
    {
        string text = Header + """
            EXPERIENCE
            Mental Health Counselor, Denver Public Library      2019 - present
            - Brief counseling and crisis intervention for patrons experiencing homelessness; a working alliance over many visits.
            """;
        var score = Score(text, AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(7.9));
    }
}
