using static HiringKit.Scoring.Tests.LookAlikeTradeTests;
using static HiringKit.Scoring.Tests.Resumes;

namespace HiringKit.Scoring.Tests;

/// <summary>
/// The general causes behind Fresh54's misses (second careers; run once as a seen set on a22de84, then read), written by hand,
/// not copied from it: a former Garda's policing years counted as a counsellor's; a fulfillment center's operations manager and an
/// airline's joint-venture manager read as the trade; an EAP's "Affiliate Counsellor" read as another trade's counselor, so its
/// phrases were dropped.
/// </summary>
public sealed class Fresh54MissesTests
{
    [Test]
    public void A_garda_s_years_are_no_counsellor_s()
    {
        string text = Header + """
            Experience

            Health Service Executive
            Addiction Counsellor
            January 2013 - Present
            Key worker for 25 clients in the community detox programme; relapse prevention groups.

            An Garda Síochána
            Garda, Community Policing
            1998 - 2012
            Community beat; liaison with local youth projects and the drugs task force on addiction.
            """;
        var score = Score(text, AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(13.9));
    }

    [TestCase("Operations Manager", "Midwest Fulfillment Partners - Obetz, OH",
        "- Coach supervisors through associates going through divorce or addiction (referred to EAP)")]
    [TestCase("Senior Manager, Alliances & Joint Ventures", "Straits Air, Singapore",
        "- Rebuilt the working alliance with our European JV partner after the capacity cuts")]
    public void A_logistics_or_partnerships_manager_is_another_trade(string title, string employer, string bullet)
    {
        string text = Header + $"""
            PROFILE
            Looking to move into behavioral health; I hope to build a therapeutic relationship with clients.

            CORE SKILLS
            Therapeutic Alliance | Active Listening | Empathy | Rapport Building | Motivational Interviewing

            Work Experience

            {title}
            {employer}
            March 2016 to Present
            {bullet}
            """;
        var score = Score(text, AsOf2026);

        Assert.That(score.Level.Level, Is.Null);
    }

    [Test]
    public void An_eap_s_affiliate_counsellor_is_the_trade_s()
    {
        string text = Header + """
            EXPERIENCE
            01/09/2022 – present	School Counsellor	Riverside Academy
            	• One-to-one counselling for pupils aged 11-18.
            01/03/2024 – present	Affiliate Counsellor (sessional)	Health Assured (EAP)
            	• Short-term telephone counselling; some familiarity with motivational interviewing from a one-day course.
            """;
        var score = Score(text, AsOf2026);

        Assert.That(score.Matches.Single(m => m.Phrase == "motivational interviewing").Assertion, Is.EqualTo(Assertions.Hedged));
    }
}
