using static HiringKit.Scoring.Tests.LookAlikeTradeTests;
using static HiringKit.Scoring.Tests.Resumes;

namespace HiringKit.Scoring.Tests;

/// <summary>
/// The general causes behind Fresh65's misses (seniority and leadership edges; run once on 343a6ad, then read), written by hand,
/// not copied from it: a clinical supervisor at a "Counselling Training Collective, Ōtautahi" read as another subject's
/// counselling, as the practice's name was read on to the town after its comma; a support worker's years set apart under "Earlier
/// work" counted beside the counselling that followed; "Clinical supervision ... is provided by our Clinical Lead, not by me"
/// read as the writer's own supervision.
/// </summary>
public sealed class Fresh65MissesTests
{
    [Test]
    public void A_clinical_supervisor_at_a_counselling_training_collective_is_in_the_trade()
    {
        string text = Header + """
            EXPERIENCE
            Clinical Supervisor & Trainer (0.6 FTE)
            Kahukura Counselling Training Collective, Ōtautahi
            2021/04 – current
            • Clinical supervision for 14 practising counsellors from AOD, family and school services.
            """;
        var score = Score(text, AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(5.7));
    }

    [Test]
    public void A_support_worker_s_years_set_apart_as_earlier_work_are_left_out_beside_the_counselling()
    {
        string text = Header + """
            EXPERIENCE
            Senior Counsellor
            Canterbury Family Counselling Trust, Ōtautahi
            2017/02 – current
            • Counselling for adults, couples and families, 20–22 clients a week.

            Earlier work
            Support worker, Pathways community mental health residential service, Ōtautahi (2012 – 2016, part-time while studying)
            """;
        var score = Score(text, AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(9.8));
    }

    [Test]
    public void What_another_provides_not_the_writer_is_denied()
    {
        string text = With("EXPERIENCE", "Program Manager, Headspace Centre, 2019 - present",
            "• Clinical supervision of the clinicians is provided by our Clinical Lead, not by me; my role covers rosters and recruitment.",
            // Still a counsellor's page: on one in another trade its denials leave with its other words (session 48).
            "• Keep a small caseload of young people in brief counselling, with a strong therapeutic alliance.");

        Assert.That(Score(text).Matches.Single(m => m.Phrase == "clinical supervision").Assertion, Is.EqualTo(Assertions.Negated));
    }

    [Test]
    public void Supervision_the_writer_gives_is_still_claimed()
    {
        string text = With("EXPERIENCE", "Senior Counselor, Hope Clinic, 2019 - present",
            "• Provide clinical supervision to two trainees, in person, not by video.");

        Assert.That(Score(text).Matches.Single(m => m.Phrase == "clinical supervision").Assertion, Is.EqualTo(Assertions.Asserted));
    }
}
