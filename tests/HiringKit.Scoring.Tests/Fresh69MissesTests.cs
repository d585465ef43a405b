using static HiringKit.Scoring.Tests.LookAlikeTradeTests;
using static HiringKit.Scoring.Tests.Resumes;

namespace HiringKit.Scoring.Tests;

/// <summary>
/// The general causes behind Fresh69's misses (specialist and niche counselling; run once as a held-back check on 15b8fbd, then
/// read), written by hand, not copied from it: a "Gambling Help Counsellor" read as another subject's counsellor, so two years
/// and every phrase of the post were lost; an NHS "Infant Feeding Specialist" and a "Breastfeeding Peer Supporter" read as the
/// trade, so a lactation consultant was a senior counsellor.
/// </summary>
public sealed class Fresh69MissesTests
{
    static string CounsellorTitled(string title) => Header + $"""
        EXPERIENCE

        {title}
        Harbourline Counselling, Blacktown
        Mar 2021 – Jun 2023
        - Caseload of 20-25 clients with poker machine and sports betting problems.
        - Building rapport and a therapeutic relationship with clients who usually arrive in crisis and ashamed.
        """;

    [TestCase("Gambling Help Counsellor")]
    [TestCase("Drug and Alcohol Help Counsellor")]
    public void A_help_service_named_for_the_trade_s_problem_names_the_trade(string title)
    {
        var score = Score(CounsellorTitled(title), AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(2.3));
        Assert.That(score.Matches.Select(m => m.Phrase), Has.Member("therapeutic relationship"));
    }

    [Test]
    public void A_help_desk_s_counsellor_is_still_another_subject_s()
    {
        var score = Score(CounsellorTitled("IT Help Counsellor"), AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.Null);
    }

    static string LactationCareer(string post) => Header + $"""
        EXPERIENCE

        {post} — Leeds Community Infant Feeding Team
        April 2020 – present
        - Complex feeding clinic: poor weight gain, tongue-tie, low supply; feeding plans agreed with parents.
        - Active listening with exhausted parents who often arrive feeling judged by previous advice.

        Breastfeeding Peer Supporter (volunteer) — Leeds Children's Centres
        2013 – 2015
        - Weekly baby café; signposting to health visitors.
        """;

    [TestCase("Infant Feeding Specialist (Band 6, 0.6 WTE)")]
    [TestCase("Infant Feeding Lead")]
    public void An_infant_feeding_team_s_posts_are_another_trade(string post)
    {
        var score = Score(LactationCareer(post), AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.Null);
        Assert.That(score.Matches.Select(m => m.Phrase), Has.None.EqualTo("active listening"));
    }

    /// <remarks>A perinatal mental health peer worker names the trade beside the feeding: it stays in it.</remarks>
    [Test]
    public void A_perinatal_mental_health_peer_supporter_stays_in_the_trade()
    {
        string text = Header + """
            EXPERIENCE

            Perinatal Mental Health & Breastfeeding Peer Supporter — Leeds Mind
            April 2020 – present
            - One-to-one peer support for mothers with postnatal depression and anxiety; weekly support group.
            """;
        var score = Score(text, AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.Not.Null);
    }
}
