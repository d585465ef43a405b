using static HiringKit.Scoring.Tests.LookAlikeTradeTests;
using static HiringKit.Scoring.Tests.Resumes;

namespace HiringKit.Scoring.Tests;

/// <summary>
/// The general causes behind Fresh35's misses, written by hand, not copied from it: a headline's note "(2010-2018)" read as the
/// counseling title's range; a German CV's "seit September 2023 (since September 2023)" not read as a post's start; California's
/// registered "MFT Intern" and "AMFT" years read as a placement; a "Goals" heading's aims read as claims; a teacher's
/// "Non-Violent Crisis Intervention (CPI)" course read as the trade's crisis work; a bakery's shift supervisor read as no trade.
/// </summary>
public sealed class Fresh35MissesTests
{
    [Test]
    public void A_headline_s_note_in_parentheses_dates_its_own_piece()
    {
        const string text = """
            DANIEL J. BARKOWSKI, LCSW
            Readjustment Counseling Therapist | U.S. Army veteran (2010-2018)
            Spokane Valley, WA | (509) 555-0193 | dbarkowski.lcsw@example.com

            CLINICAL EXPERIENCE
            Readjustment Counseling Therapist, Spokane Vet Center | since March 2023
            - Individual, couples and group counseling for ~40 combat veterans; I build a working alliance before anything else.
            """;
        var score = Score(text, AsOf2026);

        // March 2023 to November 2026: the army's eight years are no counseling.
        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(3.8));
    }

    [Test]
    public void A_since_date_with_its_translation_dates_the_post_under_it()
    {
        string text = Header + """
            Berufserfahrung / Professional experience

            seit September 2023 (since September 2023)
            Psychologische Beraterin, 60 % part-time
            Beratungsstelle für Eltern, Jugendliche und Familien, Freiburg
            - Individual, couple and parent counselling, 10-12 sessions per week; the working alliance comes first.
            """;
        var score = Score(text, AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(3.3));
    }

    [TestCase("Associate Marriage and Family Therapist (AMFT; registered MFT Intern until 2018 title change)")]
    [TestCase("MFT Intern (IMF 81234), Bayview Family Services")]
    public void California_s_registered_associates_and_mft_interns_are_post_degree_work(string title)
    {
        string text = Header + $"""
            EXPERIENCE
            {title}
            Jan 2013 – May 2017
            - Family therapy for 25 families a week under supervision; the therapeutic alliance with each family member tracked.

            Licensed Marriage and Family Therapist, private practice
            Jun 2017 – Present
            - Couples and family therapy; alliance rupture and repair is the centre of my work.
            """;
        var score = Score(text, AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.GreaterThan(13.0));
    }

    [Test]
    public void A_claim_under_a_goals_heading_is_an_aim()
    {
        string text = Header + """
            EXPERIENCE
            Family Counsellor, Caritas Freiburg
            2019 – Present
            - Individual and couple counselling; I keep the working alliance at the centre.

            Goals
            My goal is to finish the systemic qualification in 2026 and to use session-by-session feedback so that I can
            notice earlier when the therapeutic alliance with a couple is slipping.
            """;
        var score = Score(text, AsOf2026);

        Assert.That(score.Matches.Single(m => m.Phrase == "therapeutic alliance").Assertion, Is.EqualTo(Assertions.Aspirational));
        Assert.That(score.Matches.Single(m => m.Phrase == "working alliance").Assertion, Is.EqualTo(Assertions.Asserted));
    }

    [Test]
    public void A_denial_under_a_goals_heading_stays_a_denial()
    {
        string text = Header + """
            EXPERIENCE
            Family Counsellor, Caritas Freiburg
            2019 – Present
            - Individual and couple counselling; I keep the working alliance at the centre.

            Development Goals
            I have not had formal training in crisis intervention beyond safeTALK and would like more of it.
            """;
        var score = Score(text, AsOf2026);

        Assert.That(score.Matches.Single(m => m.Phrase == "crisis intervention").Assertion, Is.EqualTo(Assertions.Negated));
    }

    [Test]
    public void An_objective_heading_is_no_plan()
    {
        string text = Header + """
            OBJECTIVE
            Experienced therapist who builds a strong therapeutic alliance with every client.

            EXPERIENCE
            Family Counsellor, Caritas Freiburg
            2019 – Present
            - Individual and couple counselling for families.
            """;
        var score = Score(text, AsOf2026);

        Assert.That(score.Matches.Single(m => m.Phrase == "therapeutic alliance").Assertion, Is.EqualTo(Assertions.Asserted));
    }

    [TestCase("Shift Supervisor, Crumb & Co. Artisan Bakery Cafe, Leeds")]
    [TestCase("Team Leader, Northern Cafe Group")]
    public void A_bakery_s_or_a_cafe_s_post_is_another_trade(string title)
    {
        string text = Header + $"""
            EXPERIENCE
            {title}
            March 2021 - present
            - Built rapport with customers and regulars; active listening and empathy at the counter every shift.
            """;
        var score = Score(text, AsOf2026);

        Assert.That(Evidence(score).Select(m => m.Phrase), Is.Empty);
        Assert.That(score.Level.YearsOfExperience, Is.Null);
    }
}
