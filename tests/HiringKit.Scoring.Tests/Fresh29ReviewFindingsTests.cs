namespace HiringKit.Scoring.Tests;

/// <summary>
/// An independent review of the rules written from Fresh29's misses (a table of roles with tab cells, "basic" before a phrase,
/// "finding my feet", "Still to come:"): 16 probes found 8 regressions, all mended. A title's employer and dates set apart by
/// tabs under it was read as a table row, so the title went unread (a counselor's post another trade's, an intern's placement
/// paid work); "basic" before a phrase hedged "provide basic crisis intervention" and "train clinicians in basic reflective
/// listening"; "finding my feet" hedged a senior's past; "to come:" caught a wrapped sentence and a roadmap for clients. The
/// probes live in <c>Probes/Fresh29Review</c>, answered as mended and as the review expected.
/// </summary>
public sealed class Fresh29ReviewFindingsTests
{
    static ResumeScore ScoreOf(string file) => Probes.Score("Fresh29Review", file);

    [TestCase("p03-title-over-tabbed-dates-intern.txt", "junior", 2.0)]
    [TestCase("p04-title-over-tabbed-dates-trade.txt", "junior", 1.4)]
    [TestCase("p16-title-over-tabbed-dates-single.txt", "mid", 4.4)]
    [TestCase("p13-wordtable-roles.txt", "senior", 13.3)]
    public void A_probe_is_answered_as_the_review_expected(string file, string? level, double? years)
    {
        var estimate = ScoreOf(file).Level;
        Assert.That((estimate.Level, estimate.YearsOfExperience), Is.EqualTo((level, years)));
    }

    // Claims the withdrawn cues hedged or put off; the intended case still hedged and put off.
    [TestCase("p06-basic-crisis-claim.txt", 43)]
    [TestCase("p07-basic-teach.txt", 54)]
    [TestCase("p09-finding-feet-past.txt", 45)]
    [TestCase("p11-tocome-wrapped.txt", 33)]
    [TestCase("p12-stilltocome-legit.txt", 10)]
    public void A_cue_probe_scores_as_the_review_expected(string file, int score) =>
        Assert.That(ScoreOf(file).Score, Is.EqualTo(score));

    [Test]
    public void A_roadmap_for_clients_is_no_training_to_come() =>
        Assert.That(ScoreOf("p15-tocome-other.txt").Matches.Where(m => m.Phrase == "treatment planning").Select(m => m.Assertion),
            Is.All.EqualTo(Assertions.Asserted).And.Not.Empty);
}
