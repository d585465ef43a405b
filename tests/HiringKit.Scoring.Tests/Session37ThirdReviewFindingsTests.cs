namespace HiringKit.Scoring.Tests;

/// <summary>
/// A third independent review in session 37, of the session's start (b1b73a5) against its end (e765f66), by a helper who saw only
/// the two builds' answers: 137 probes, 2 regressions, mended in 2.38.1. "Therapeutic alliance is carried out by active listening"
/// was denied as work done by someone else (now only a person of a trade does it for the writer), and "Aim: to cut no-shows by 20%,
/// which we achieved by reinforcing the therapeutic alliance" read as an aim (now a labelled aim stops at a comma). Mended too:
/// "I am not a counsellor; I am a wellbeing practitioner who ... refers on to qualified counsellors" (the trade named after the
/// denial is whom she refers to). Its other
/// too-narrow findings (placements named in titles, Hungarian and Czech months, "Research Psychologist", "Exploring" in a
/// profile) are left for the next session; the probes live in <c>Probes/Session37ThirdReview</c> with the review's summary.
/// </summary>
public sealed class Session37ThirdReviewFindingsTests
{
    [TestCase("r05-09-carried-out-by-method.txt")]
    [TestCase("r05-19-aim-to-far-before-phrase.txt")]
    public void The_therapeutic_alliance_is_claimed(string file) =>
        Assert.That(Probes.Score("Session37ThirdReview", file).Matches.First(m => m.Phrase == "therapeutic alliance").Assertion,
            Is.EqualTo(Assertions.Asserted));

    /// <summary>"I am not a counsellor; I am a wellbeing practitioner who ... refers on to qualified counsellors": the counsellors
    /// are whom she refers to, not what she is.</summary>
    [Test]
    public void A_profile_s_denial_stands_when_the_trade_named_after_it_is_whom_the_writer_refers_to() =>
        Assert.That(Probes.Score("Session37ThirdReview", "r06-01-profile-not-a-counsellor.txt").Level.YearsOfExperience, Is.Null);
}
