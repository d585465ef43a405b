namespace HiringKit.Scoring.Tests;

/// <summary>
/// An independent review of the rules written from Fresh27's misses (qualifiers of services abroad, a student services
/// counsellor's post, a denial before the trade's word, "wants to" as someone else's wish, "some grounding", "will start", a
/// winter start): 33 probes found 18 regressions, all mended. How a post is engaged ("Visiting", "Locum", "Casual",
/// "Qualified") and "integrative", "postnatal" or "disorders" took physical and occupational therapists, masseuses, debt
/// advisers and sleep technicians into the trade; a placement said on the line under a student counsellor's dates was read as
/// a post; "no therapy client waited" denied the therapy; a third-person profile's own aim read as done; "will start" caught
/// habits and clients' starts, "basic grounding" a grounding skill; a winter start of an offer accepted counted. The probes
/// live in <c>Probes/Fresh27Review</c>, answered as the mended rules answer and as the review expected, with its fixes.
/// </summary>
public sealed class Fresh27ReviewFindingsTests
{
    static ResumeScore ScoreOf(string file) => Probes.Score("Fresh27Review", file);

    // Other trades' titles: no level, no years, as before the rules.
    [TestCase("p01-visiting-pt.txt", null, null)]
    [TestCase("p02-locum-ot.txt", null, null)]
    [TestCase("p03-freelance-massage.txt", null, null)]
    [TestCase("p04-casual-beauty.txt", null, null)]
    [TestCase("p05-casual-camp.txt", null, null)]
    [TestCase("p06-qualified-debt.txt", null, null)]
    [TestCase("p07-accredited-credit.txt", null, null)]
    [TestCase("p08-disorders-slp.txt", null, null)]
    [TestCase("p09-sleep-disorder.txt", null, null)]
    [TestCase("p10-integrative-spa.txt", null, null)]
    [TestCase("p11-postnatal.txt", null, null)]
    // A denial of the clients, not of the therapy; a student counsellor's placement said under her dates; an offer accepted.
    [TestCase("p21-denied-wrongly.txt", "senior", 5.9)]
    [TestCase("p32-student-trainee-then-job.txt", "junior", 1.9)]
    [TestCase("p29-winter-future.txt", "junior", 0.6)]
    // What the rules fix: student services counsellors' posts, a winter start held now.
    [TestCase("p17-student-counsellor-post.txt", "senior", 7.9)]
    [TestCase("p18-student-counsellor-intl.txt", "senior", 6.8)]
    [TestCase("p28-winter-now.txt", "mid", 4.0)]
    [TestCase("p31-winter-mixed.txt", "junior", 0.9)]
    public void A_probe_is_answered_as_the_review_expected(string file, string? level, double? years)
    {
        var estimate = ScoreOf(file).Level;
        Assert.That((estimate.Level, estimate.YearsOfExperience), Is.EqualTo((level, years)));
    }

    // Habits, others' starts and wishes, grounding skills and a third-person profile's aim: scored as before the cues.
    [TestCase("p22-third-person-wants.txt", 21)]
    [TestCase("p24-will-start.txt", 47)]
    [TestCase("p26-grounding-work.txt", 38)]
    // A client's wish is not the writer's aim: the work it describes counts.
    [TestCase("p23-client-wants.txt", 25)]
    public void A_cue_probe_scores_as_the_review_expected(string file, int score) =>
        Assert.That(ScoreOf(file).Score, Is.EqualTo(score));
}
