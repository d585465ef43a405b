namespace HiringKit.Scoring.Tests;

/// <summary>
/// An independent review in session 34, of the session's readings (Fresh134's and the eleven blind sets' misses, and session 33's
/// leftovers; the build after them against bac152f), by a helper who saw only two builds' answers: 119 probes, 3 regressions,
/// mended. A bare "RCC" licence made a roller-compacted-concrete engineer and a regional coordination centre's coordinator
/// counsellors (now a licence only beside the trade's word); "CAREER BEFORE COUNSELLING", once a heading, left a welfare officer's
/// "welfare counselling" years counted (now a post under a heading of the career before the trade is that career's unless titled
/// as a counsellor's). Mended from its too-narrow findings: posts under "Before psychotherapy", "Previous career" and "Earlier
/// Career"; an area control centre's controller, a drug product scientist, a resident advisor; antenatal and postnatal
/// counsellors; a symbol font's bullet as a private-use character or as mojibake; "❖" before a heading in capitals. The probes
/// live in <c>Probes/Session34Review</c> with the review's summary; each case fails on the reviewed build.
/// </summary>
public sealed class Session34ReviewFindingsTests
{
    static ResumeScore ScoreOf(string file) => Probes.Score("Session34Review", file);

    [TestCase("r07-10-rcc-engineer.txt")]
    [TestCase("r07-14-rcc-coordinator.txt")]
    public void Rcc_alone_is_no_counsellor_s_licence(string file) =>
        Assert.That(ScoreOf(file).Level.YearsOfExperience, Is.Null);

    [TestCase("r02-01-before-psychotherapy.txt", 8.8)]
    [TestCase("r02-02-previous-career.txt", 8.8)]
    [TestCase("r02-05-earlier-career-variant.txt", 8.8)]
    [TestCase("r02-06-career-before-counselling-variant.txt", 8.8)]
    [TestCase("r02-14-before-psychotherapy-titlecase-top.txt", 8.8)]
    [TestCase("r02-15-previous-career-sw-title.txt", 8.8)]
    [TestCase("r06-07-area-controller.txt", 2.8)]
    [TestCase("r06-08-drug-product-scientist.txt", 2.8)]
    [TestCase("r06-27-resident-advisor.txt", 2.8)]
    [TestCase("r07-05-antenatal.txt", 7.8)]
    [TestCase("r03-03-wingdings-mojibake.txt", 7.9)]
    [TestCase("r03-04-pua-bullet.txt", 7.9)]
    [TestCase("r02-12-other-bullet-education.txt", 3.2)]
    public void Years_count_the_trade_s_posts_only(string file, double years) =>
        Assert.That(ScoreOf(file).Level.YearsOfExperience, Is.EqualTo(years));
}
