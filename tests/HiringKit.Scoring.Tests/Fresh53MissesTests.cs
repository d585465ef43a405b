using static HiringKit.Scoring.Tests.LookAlikeTradeTests;
using static HiringKit.Scoring.Tests.Resumes;

namespace HiringKit.Scoring.Tests;

/// <summary>
/// The general causes behind Fresh53's misses (Asia-Pacific, the Gulf and Africa; run once on b17bae1, then read), written by
/// hand, not copied from it: a logistics job's closing "Volunteer peer supporter" sentence showed counselling; an L&amp;D
/// executive's EAP coordination showed it through "Counselling itself is delivered by the provider's counsellors" and a
/// "Mental Health Awareness Month"; a short course's "- online introduction" note did not hedge it.
/// </summary>
public sealed class Fresh53MissesTests
{
    [Test]
    public void Volunteering_told_beside_another_job_is_no_counselling_in_it()
    {
        string text = Header + """
            Experience
            Harbourfront Family Centre
            Counsellor
            January 2026 - Present
            Counselling for families referred by schools; treatment goals in the client's own words.

            Pacific Freight Pte Ltd
            Operations Executive
            March 2018 - July 2024
            Warehouse scheduling and onboarding of new staff. Volunteer peer supporter in the company's wellness committee.
            """;
        var score = Score(text, AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(0.9));
    }

    [Test]
    public void An_eap_coordinated_for_a_company_and_an_awareness_month_are_no_counselling()
    {
        string text = Header + """
            PROFILE
            Psychology graduate with five years in learning & development, planning to move into counselling.

            CORE COMPETENCIES
            Therapeutic Alliance | Rapport Building | Active Listening | Empathy | Motivational Interviewing

            WORK EXPERIENCE

            Learning & Development Executive
            Northport Components Sdn Bhd - Penang
            Jan 2023 - Present
            - Run the training calendar for production staff; grant claims.
            - Coordinate the company's Employee Assistance Programme with an external provider and track utilisation. Counselling itself is delivered by the provider's counsellors.
            - Organised Mental Health Awareness Month 2024 and 2025.
            """;
        var score = Score(text, AsOf2026);

        Assert.Multiple(() =>
        {
            Assert.That(score.Level.YearsOfExperience, Is.Null);
            Assert.That(score.Level.Level, Is.Null);
        });
    }

    [TestCase("Motivational Interviewing - online introduction (2024)")]
    [TestCase("Motivational interviewing: taster session, one day")]
    public void A_course_noted_as_an_introduction_is_hedged(string line)
    {
        var matches = MatchesOf("SHORT COURSES\n• " + line);

        Assert.That(matches.Single(m => m.Phrase == "motivational interviewing").Assertion, Is.EqualTo(Assertions.Hedged));
    }
}
