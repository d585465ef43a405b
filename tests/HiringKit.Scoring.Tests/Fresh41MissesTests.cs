using static HiringKit.Scoring.Tests.LookAlikeTradeTests;
using static HiringKit.Scoring.Tests.Resumes;

namespace HiringKit.Scoring.Tests;

/// <summary>
/// The general causes behind session 24's fourth blind set (Fresh41), written by hand, not copied from it: an agency recruiter
/// who places counsellors ("Senior Consultant, Allied Health &amp; Mental Health Recruitment") read as the trade; an application's
/// screening question exported without labels ("Are you able to provide clinical supervision to ...? - No.") not read as a denial.
/// </summary>
public sealed class Fresh41MissesTests
{
    [TestCase("Senior Consultant, Allied Health & Mental Health Recruitment")]
    [TestCase("Associate Consultant, Behavioral Health Staffing")]
    public void A_recruiter_of_counselors_is_another_trade(string title)
    {
        string text = Header + $"""
            EXPERIENCE
            {title}
            January 2022 - Present
            - Built rapport with candidates; placed 38 counsellors and psychologists into community mental health agencies.
            - Active listening and empathy on every candidate call; crisis intervention roles filled within 30 days.
            """;
        var score = Score(text, AsOf2026);

        Assert.That(Evidence(score).Select(m => m.Phrase), Is.Empty);
        Assert.That(score.Level.YearsOfExperience, Is.Null);
    }

    [TestCase("Are you able to provide clinical supervision to students or LADC candidates? - No.", Assertions.Negated)]
    [TestCase("Do you provide clinical supervision? No", Assertions.Negated)]
    [TestCase("Do you provide clinical supervision? - Yes, to two LADC candidates.", Assertions.Asserted)]
    public void A_screening_question_answered_on_its_line_says_what_the_writer_has(string line, string assertion)
    {
        string text = Header + $"""
            EXPERIENCE
            Alcohol and Drug Counselor (LADC), Northland Recovery      2021 - present
            - Primary counselor for 20 adults in IOP.

            APPLICATION QUESTIONS
            Are you willing to work evenings? - Yes
            {line}
            """;
        var score = Score(text, AsOf2026);

        Assert.That(score.Matches.Single(m => m.Phrase == "clinical supervision").Assertion, Is.EqualTo(assertion));
    }
}
