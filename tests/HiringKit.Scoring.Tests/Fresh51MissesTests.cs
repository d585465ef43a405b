using static HiringKit.Scoring.Tests.LookAlikeTradeTests;
using static HiringKit.Scoring.Tests.Resumes;

namespace HiringKit.Scoring.Tests;

/// <summary>
/// The general causes behind session 25's Fresh51 (run once on 04845fa, then read), written by hand, not copied from it:
/// Pennsylvania's "Certified Recovery Specialist (Peer Support)" at a recovery community center counted as a counselor's years;
/// a counselor's post "started under ADC intern registration" read as a placement.
/// </summary>
public sealed class Fresh51MissesTests
{
    [Test]
    public void A_certified_recovery_specialist_is_a_peer_post()
    {
        string text = Header + """
            EXPERIENCE
            Drug & Alcohol Counselor, Lake Erie Comprehensive Treatment      03/2023 - present
            - Individual and group counseling; individualized treatment goals with each patient.

            Certified Recovery Specialist (Peer Support), Erie Recovery Community Center      03/2017 - 02/2023
            - Shared my own recovery with people new to it; meetings, housing, court dates.
            """;
        var score = Score(text, AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(3.8));
    }

    [Test]
    public void A_counselor_s_post_started_under_an_intern_registration_is_a_post()
    {
        string text = Header + """
            EXPERIENCE
            SENIOR COUNSELOR, IOP
            Coastal Recovery Center, Toms River, NJ
            Jan 2020 - Current
            - Individual and group counseling; clinical supervision of two counselors.

            COUNSELOR (CADC; STARTED UNDER ADC INTERN REGISTRATION)
            Preferred Behavioral Health of NJ, Lakewood, NJ
            Mar 2011 - Aug 2014
            - Outpatient substance abuse counselor: individual sessions and two groups a week; the working alliance comes first.
            - Completed the 3,000 supervised hours and the IC&RC exam for CADC (2013).

            SALES REPRESENTATIVE
            Tri-State Beverage Distributors, Edison, NJ
            2004 - 2009
            """;
        var score = Score(text, AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(10.4));
    }
}
