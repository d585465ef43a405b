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

    /// <summary>
    /// A school system's "School Based Therapist", "Based" written apart, is the trade's post, as "School-Based" is: read as another
    /// subject's, the form's current post and its phrase were lost (a review of session 50, rules-1-3-6 R4).
    /// </summary>
    [Test]
    public void A_school_based_therapist_written_apart_is_the_trades_post()
    {
        var score = Probes.Score("Session50Review", "rules-1-3-6/min/m_f12.txt");

        Assert.That(score.Matches.Single(m => m.Phrase == "therapeutic alliance").Section, Is.EqualTo("experience"));
        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(14.2).Within(0.5));
    }

    /// <summary>A therapeutic camp's "Camp Therapist" is the camp's clinician, and her alliance counts (a review of session 50, R1).</summary>
    [Test]
    public void A_camps_therapist_is_the_trades_post()
    {
        var score = Probes.Score("Session50Review", "second-rules-2-1-3-6/s11_camp_therapist_only.txt");

        Assert.That(score.Matches.Single(m => m.Phrase == "therapeutic alliance").Section, Is.EqualTo("experience"));
        Assert.That(score.Band, Is.EqualTo("moderate"));
    }

    const string SummerCamp = """
        Riley Brooks
        Rising senior, Psychology BA

        EXPERIENCE
        {0}
        Camp Winnaki, Maine | 06/2023 - 08/2025
        - Led a cabin of 12 campers; built rapport with campers and parents; active listening during homesickness
        - Taught canoeing and ran evening programs

        Sales Associate
        Target, Portland ME | 09/2021 - 05/2023
        - Customer service and stocking
        """;

    /// <summary>A summer camp's counselor and a camp's masseur stay other trades: only "Camp" right before "Therapist" is the camp's clinician.</summary>
    [TestCase("Camp Counselor")]
    [TestCase("Camp Massage Therapist")]
    public void A_summer_camps_other_posts_stay_other_trades(string title)
    {
        var score = Score(string.Format(SummerCamp, title), AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.Null.Or.Zero);
    }
}
