using static HiringKit.Scoring.Tests.LookAlikeTradeTests;
using static HiringKit.Scoring.Tests.Resumes;

namespace HiringKit.Scoring.Tests;

/// <summary>
/// The general causes behind session 23's closing blind set (Fresh36), written by hand, not copied from it: a lactation
/// consultant and a prosthetist read as the trade; a psychology department's research fellowship read as counselling; "Present
/// (since 2018)" and an open range "2019-" not read as current posts; an Australian application's selection criteria read as
/// the last role's lines; a hotel's guest services read as no trade.
/// </summary>
public sealed class Fresh36MissesTests
{
    [TestCase("Owner and Lactation Consultant (IBCLC)")]
    [TestCase("Breastfeeding Peer Counselor Supervisor / Lactation Counselor")]
    [TestCase("Certified Prosthetist-Orthotist")]
    [TestCase("Clinical Lead, Lower-Limb Prosthetics")]
    public void Infant_feeding_and_prosthetics_are_other_trades(string title)
    {
        string text = Header + $"""
            EXPERIENCE
            {title}                          2018 - present
            - Build a therapeutic relationship with each family over several visits; rapport building by phone at 2 a.m.
            - Maintain a working alliance with the clinic's physicians; active listening and empathy at every appointment.
            """;
        var score = Score(text, AsOf2026);

        Assert.That(Evidence(score).Select(m => m.Phrase), Is.Empty);
        Assert.That(score.Level.YearsOfExperience, Is.Null);
    }

    [Test]
    public void A_perinatal_therapist_who_is_also_a_lactation_consultant_stays_in_the_trade()
    {
        string text = Header + """
            EXPERIENCE
            Perinatal Mental Health Therapist (LCSW, IBCLC)          2018 - present
            - Therapy for postpartum depression and anxiety; the therapeutic alliance with each parent comes first.
            """;
        var score = Score(text, AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(8.9));
    }

    [Test]
    public void A_psychology_department_s_research_fellowship_is_no_counselling()
    {
        string text = Header + """
            PROFESSIONAL EXPERIENCE

            Counselling Psychologist                                July 2014 - March 2018
            Sahyadri Centre for Psychological Wellbeing, Pune
            - Individual counselling for adults; the working alliance is reviewed every fourth session.

            Research Fellow (UGC-JRF/SRF)                           2010 - 2014
            Department of Psychology, University of Pune
            - Doctoral research on client and counsellor perspectives of the alliance.
            """;
        var score = Score(text, AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(3.8));
    }

    [TestCase("Senior Counselling Psychologist                         Present (since 2018)")]
    [TestCase("2018-      Senior Counselling Psychologist")]
    // Any ongoing word, and "from" too (session 23's review leftovers, read in session 24).
    [TestCase("Senior Counselling Psychologist                         Ongoing (since 2018)")]
    [TestCase("Senior Counselling Psychologist                         Current (from 2018)")]
    public void A_current_post_dated_by_its_start_alone_runs_to_today(string line)
    {
        string text = Header + $"""
            PROFESSIONAL EXPERIENCE

            {line}
            Sahyadri Centre for Psychological Wellbeing, Pune
            - Individual and couples counselling for adults; the working alliance is reviewed every fourth session.
            """;
        var score = Score(text, AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(8.9));
    }

    [Test]
    public void A_year_and_dash_inside_a_sentence_is_no_open_range()
    {
        string text = Header + """
            PROFESSIONAL EXPERIENCE

            Counsellor, Riverbend Centre                             2016-2019
            - Generalist counselling for adults; the working alliance first.
            - Budget for 2019-   ran the centre's waitlist project in two phases.
            """;
        var score = Score(text, AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(3.0));
    }

    [Test]
    public void Answers_to_selection_criteria_are_no_part_of_the_last_role()
    {
        string text = Header + """
            EMPLOYMENT HISTORY

            2016-2019  Counsellor
                       Southern Coast Community Health, Torquay VIC
                       - Generalist counselling for adults and adolescents.

            2010-2015  Guest Services Supervisor
                       Harbourview Resort & Spa, Lorne VIC
                       - Trained new staff in active listening on the phones for reservations.

            KEY SELECTION CRITERIA RESPONSE

            KSC 1. Demonstrated ability to establish and maintain a therapeutic relationship.
            I attend to the therapeutic alliance with each partner separately and use the Session Rating Scale every session.
            """;
        var score = Score(text, AsOf2026);

        var phrases = Evidence(score).Select(m => m.Phrase).ToList();
        Assert.That(phrases, Does.Contain("therapeutic alliance").And.Contain("session rating scale"));
        Assert.That(phrases, Does.Not.Contain("active listening"), "the hotel's training");
        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(3.0));
    }
}
