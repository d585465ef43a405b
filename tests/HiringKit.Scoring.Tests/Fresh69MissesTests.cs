using static HiringKit.Scoring.Tests.LookAlikeTradeTests;
using static HiringKit.Scoring.Tests.Resumes;

namespace HiringKit.Scoring.Tests;

/// <summary>
/// The general causes behind Fresh69's misses (specialist and niche counselling; run once as a held-back check on 15b8fbd, then
/// read), written by hand, not copied from it: a "Gambling Help Counsellor" read as another subject's counsellor, so two years
/// and every phrase of the post were lost.
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
}
