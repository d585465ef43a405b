using static HiringKit.Scoring.Tests.LookAlikeTradeTests;
using static HiringKit.Scoring.Tests.Resumes;

namespace HiringKit.Scoring.Tests;

/// <summary>
/// Session 51: the misses of the blind set run at the end of session 50 (Fresh243, first run on 2.46.0), each read as the
/// wording that caused it.
/// </summary>
public sealed class Session51MissesTests
{
    const string NewCounsellor = """
        Nomvula Mthembu
        Registered Counsellor (HPCSA)

        WORK EXPERIENCE

        Registered Counsellor
        Umsunduzi Trauma and Support Centre, Pietermaritzburg            January 2026 – ongoing
           -> Short-term counselling (up to 6 sessions) for adults and teenagers after assault and bereavement
           -> Intake interviews and screening (PHQ-9, GAD-7); referral to the clinical psychologist

        SKILLS
           -> Active listening
           -> Empathy and a non-judgemental attitude

        GOALS
        {0}
        """;

    /// <summary>Years still to come are no experience: the new counsellor's goal made her two years' and mid (Fresh243, t10).</summary>
    [TestCase("In the next two years I hope to gain more experience in trauma counselling and in treatment planning.")]
    [TestCase("Over the coming 3 years I want to build experience in trauma counselling.")]
    public void Years_still_to_come_are_no_experience(string goal)
    {
        var score = Score(string.Format(NewCounsellor, goal), AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.LessThan(1.5));
        Assert.That(score.Level.Level, Is.EqualTo(Levels.Junior));
    }

    /// <summary>Years the writer states of her past still count, beside a goal's.</summary>
    [Test]
    public void Years_of_experience_stated_beside_a_goal_still_count()
    {
        var score = Score(string.Format(NewCounsellor,
            "Over 6 years of experience in trauma counselling before registering; in the next two years I hope to supervise."), AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.GreaterThanOrEqualTo(5.5));
    }

    /// <summary>A tool the writer has just started trying out is a hedge (Fresh243, t11).</summary>
    [TestCase("Have started trying the Session Rating Scale with a few clients this year, with my supervisor's help.")]
    [TestCase("I am starting to try the Session Rating Scale with some couples.")]
    public void A_tool_just_being_tried_out_is_hedged(string line)
    {
        var matches = MatchesOf(With(line));

        Assert.That(matches.Single(m => m.Phrase == "session rating scale").Assertion, Is.EqualTo(Assertions.Hedged));
    }

    /// <summary>A tool the writer has used since a date is the work, tried or not.</summary>
    [Test]
    public void A_tool_used_since_a_date_is_asserted()
    {
        var matches = MatchesOf(With("Started using the Session Rating Scale in 2019 and rolled it out to the team in 2021."));

        Assert.That(matches.Single(m => m.Phrase == "session rating scale").Assertion, Is.EqualTo(Assertions.Asserted));
    }
}
