using static HiringKit.Scoring.Tests.LookAlikeTradeTests;
using static HiringKit.Scoring.Tests.Resumes;

namespace HiringKit.Scoring.Tests;

/// <summary>
/// The general causes behind Fresh75's misses (military, veteran, first-responder and workplace counselling; run once as session
/// 28's closing check on 037e0d8, then read), written by hand, not copied from it: a civil-military officer's staff and command
/// posts read as no trade, a fire control operator's ten years read as a counsellor's, and an "Occupational Health Counsellor"
/// read as another subject's.
/// </summary>
public sealed class Fresh75MissesTests
{
    [TestCase("Officer Commanding, CIMIC Support Group, Mali")]
    [TestCase("SO3 / SO2 Partnering, Operation SHADER, Baghdad")]
    [TestCase("Staff Officer Grade 2, Civil-Military Cooperation, 77th Brigade")]
    public void A_military_staff_or_command_post_is_another_trade(string title)
    {
        var score = Score(Header + $"""
            EXPERIENCE
            {title}      Jun 2020 – Jun 2022
            •  Liaison with UN civil affairs and local leaders; rapport with tribal elders and partner commanders.
            """, AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.Null);
    }

    static string CounsellorAfterAControlRoom(string title) => Header + $"""
        EMPLOYMENT HISTORY
        Dates	Employer	Role
        Apr 2023 – date	Mid-Shires Fire and Rescue Service, Occupational Health & Wellbeing	{title}
        	•	Short-term counselling for firefighters and control staff; around 17 clients a week.
        Sep 2009 – Dec 2019	Northamptonshire Fire and Rescue Service, Fire Control	Fire Control Operator / Crew Manager (from 2015)
        	•	Handled 999 emergency calls; calm, active listening with distressed 999 callers.
        """;

    [Test]
    public void An_occupational_health_counsellor_is_the_trade_s_and_a_fire_control_operator_is_not()
    {
        var score = Score(CounsellorAfterAControlRoom("Occupational Health Counsellor (30 hrs/week)"), AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(3.7));
        Assert.That(score.Matches.Select(m => m.Phrase), Has.None.EqualTo("active listening"));
    }
}
