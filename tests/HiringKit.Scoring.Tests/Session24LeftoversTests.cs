using static HiringKit.Scoring.Tests.LookAlikeTradeTests;
using static HiringKit.Scoring.Tests.Resumes;

namespace HiringKit.Scoring.Tests;

/// <summary>
/// Session 23's reviews left these, each the same reading as a rule already made: an ongoing post dated by its start in any
/// ongoing word ("Ongoing (since 2018)", "Current (from 2018)": cases of Fresh36MissesTests' own test); two standings joined in
/// a denial ("Not licensed or certified to"); a plans heading that names its span ("Five-Year Plan", "Future Goals"); allied and
/// birth trades (doulas, pedorthists, hearing instrument specialists, dietitians, dog behaviorists) titled as such.
/// </summary>
public sealed class Session24LeftoversTests
{
    [Test]
    public void A_note_from_a_year_without_an_ongoing_word_is_no_post()
    {
        string text = Header + """
            PROFESSIONAL EXPERIENCE

            Counselling Psychologist, Sahyadri Centre, Pune                       2014 - 2018
            - Individual counselling for adults; the working alliance is reviewed every fourth session.
            - Supervised trainees (from 2016)
            """;
        var score = Score(text, AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(4.0));
    }

    [TestCase("Not licensed or certified to provide crisis intervention; I refer on to the duty clinician.")]
    [TestCase("I am not trained or qualified to provide crisis intervention and refer on to the duty clinician.")]
    public void Two_standings_joined_deny_the_work(string sentence)
    {
        string text = Header + $"""
            EXPERIENCE
            Wellbeing Practitioner, Student Services      2023 - present
            - {sentence}
            """;
        var score = Score(text, AsOf2026);

        Assert.That(score.Matches.Where(m => m.Phrase == "crisis intervention").Select(m => m.Assertion),
            Is.EqualTo(new[] { Assertions.Negated }));
    }

    [TestCase("Five-Year Plan")]
    [TestCase("5-Year Goals")]
    [TestCase("FUTURE GOALS")]
    public void A_plans_heading_that_names_its_span_holds_aims(string heading)
    {
        string text = Header + $"""
            EXPERIENCE
            Family Counsellor, Caritas Freiburg
            2019 – Present
            - Individual and couple counselling; I keep the working alliance at the centre.

            {heading}
            Complete the systemic qualification and use session-by-session feedback to notice earlier when the therapeutic
            alliance with a couple is slipping.
            """;
        var score = Score(text, AsOf2026);

        Assert.That(score.Matches.Single(m => m.Phrase == "therapeutic alliance").Assertion, Is.EqualTo(Assertions.Aspirational));
        Assert.That(score.Matches.Single(m => m.Phrase == "working alliance").Assertion, Is.EqualTo(Assertions.Asserted));
    }

    [TestCase("Birth and Postpartum Doula")]
    [TestCase("Certified Pedorthist")]
    [TestCase("Hearing Instrument Specialist")]
    [TestCase("Registered Dietitian")]
    [TestCase("Canine Behaviorist")]
    [TestCase("Orientation and Mobility Specialist")]
    public void Allied_and_birth_trades_are_other_trades(string title)
    {
        string text = Header + $"""
            EXPERIENCE
            {title}, Harbor Services      2018 - present
            - Build a therapeutic relationship with each client over several visits; rapport building at every appointment.
            - Crisis intervention when a visit goes badly; treatment planning with the family.
            """;
        var score = Score(text, AsOf2026);

        Assert.That(Evidence(score).Select(m => m.Phrase), Is.Empty);
        Assert.That(score.Level.YearsOfExperience, Is.Null);
    }

    [TestCase("Perinatal Mental Health Therapist and Doula")]
    [TestCase("Dietitian / LPC")]
    public void An_allied_trade_titled_beside_the_trade_stays_the_trade_s(string title)
    {
        string text = Header + $"""
            EXPERIENCE
            {title}, Harbor Services      2018 - present
            - Build a therapeutic relationship with each client over several visits; rapport building at every appointment.
            """;
        var score = Score(text, AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(8.9));
    }
}
