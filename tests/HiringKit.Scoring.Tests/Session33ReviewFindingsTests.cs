namespace HiringKit.Scoring.Tests;

/// <summary>
/// An independent review in session 33, of the session's readings (Fresh114's, Fresh135's, Fresh136's and Fresh138's; the build
/// after them against 9a50101), by a helper who saw only two builds' answers: 74 probes, 1 regression, mended. A ward's "Rapport
/// (handover)" read as a meeting through the context word "handover" also took a counselling psychologist's "Built rapport and
/// handover plans with clients" (the false friend is withdrawn; the Swiss "Rapport" stays a miss). Mended from its too-narrow
/// findings: a peer post saying "I am not a clinician" or "peer supporters are not counsellors", and "Professional Development
/// Goals" as a plans heading. The probes live in <c>Probes/Session33Review</c> with the review's summary; each case fails on the
/// reviewed build.
/// </summary>
public sealed class Session33ReviewFindingsTests
{
    [Test]
    public void A_counsellor_s_rapport_beside_handover_plans_is_rapport() =>
        Assert.That(Probes.Score("Session33Review", "r08-03-real-rapport-and-handover.txt").Matches.Select(m => m.Phrase), Does.Contain("rapport"));

    [TestCase("r02-02-peer-not-counsellors-variant-I.txt")]
    [TestCase("r02-03-peer-supporters-are-not-counsellors.txt")]
    public void A_peer_post_that_says_it_is_no_counselling_gives_no_years(string file) =>
        Assert.That(Probes.Score("Session33Review", file).Level.YearsOfExperience, Is.Null);

    [Test]
    public void An_aim_under_professional_development_goals_is_an_aim() =>
        Assert.That(Probes.Score("Session33Review", "r04-05-professional-goals-variant.txt").Matches
            .Single(m => m.Phrase == "therapeutic alliance").Assertion, Is.EqualTo(Assertions.Aspirational));
}
