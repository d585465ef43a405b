using static HiringKit.Scoring.Tests.LookAlikeTradeTests;
using static HiringKit.Scoring.Tests.Resumes;

namespace HiringKit.Scoring.Tests;

/// <summary>
/// The general causes behind Fresh71's misses (long careers of 20-35 years; run once on e30d7de, then read), written by hand,
/// not copied from it.
/// </summary>
public sealed class Fresh71MissesTests
{
    static string ReturnerWhoStates(string headline) => Header + $"""
        Resume Headline
        {headline}

        Employment
        Counsellor, Mindspring Wellness Pvt. Ltd., Bengaluru
        Feb 2026 to Present
        - Short-term counselling for working adults referred through their employers' EAP.

        Head - HR Business Partnering, Veltrix Technologies Ltd., Bengaluru
        Apr 2012 to Jun 2023
        - HR partner to a 3,000-person engineering division.
        """;

    /// <summary>Years said of an earlier career's experience are that career's: a counsellor in her first year is a junior.</summary>
    [TestCase("Counsellor with 24 years of prior corporate HR experience; trained in person-centered and CBT approaches.")]
    [TestCase("Counsellor with 24 years of previous experience in human resources.")]
    public void Years_of_an_earlier_career_s_experience_are_not_the_trade_s(string headline)
    {
        var score = Score(ReturnerWhoStates(headline), AsOf2026);

        Assert.That(score.Level.Level, Is.EqualTo("junior"));
        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(0.8));
    }

    /// <remarks>The trade's own earlier experience stays the writer's: "of prior counselling experience".</remarks>
    [Test]
    public void Years_of_the_trade_s_own_earlier_experience_are_still_read()
    {
        var score = Score(ReturnerWhoStates("Counsellor with 12 years of prior counselling experience in schools before a career break."), AsOf2026);

        Assert.That(score.Level.Level, Is.EqualTo("senior"));
    }
}
