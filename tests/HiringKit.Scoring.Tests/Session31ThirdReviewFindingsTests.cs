namespace HiringKit.Scoring.Tests;

/// <summary>
/// A third independent review in session 31, of the last rules (Fresh107's to Fresh113's readings; 3ce5e31 against ce6c809), by a
/// helper who saw only two builds' answers: 119 probes, 3 regressions, all mended. "PGCE", "PG Cert" and "Postgraduate
/// Certificate" on a post's title line ("Counsellor (PGCE and PG Cert students)") had made the post a degree (the words are no
/// degree words now; the heading that Fresh113's teacher needed reads her degrees as study). Mended from its too-narrow findings:
/// "μέχρι σήμερα", "עד כה", "حتى الان", German Switzerland's "ab 07.2014", "Conseillère familiale et conjugale", "HIV/AIDS
/// Counselor", a learning disabilities support worker, in-house and general counsel, "Not counselling work." read whole, and "depuis" or "dès" opening a table row's first cell. The probes live in
/// <c>Probes/Session31ThirdReview</c> with the review's summary; each case fails on the reviewed build.
/// </summary>
public sealed class Session31ThirdReviewFindingsTests
{
    [TestCase("r09-12-counsellor-for-pgce-students-too-wide.txt", 8.3)]
    [TestCase("r09-13-pgce-mentor-in-post-line-too-wide.txt", 9.3)]
    [TestCase("r09-14-counsellor-pg-cert-course-clinic-too-wide.txt", 10.2)]
    [TestCase("r03-02-greek-mechri-simera.txt", 8.3)]
    [TestCase("r03-08-hebrew-ad-ko.txt", 10.9)]
    [TestCase("r03-09-arabic-hatta-alan-no-hamza.txt", 9.9)]
    [TestCase("r05-05-ab-german-swiss.txt", 12.4)]
    [TestCase("r07-03-conseillere-familiale-et-conjugale-reversed.txt", 7.9)]
    [TestCase("r12-06-hiv-aids-counselor.txt", 10.8)]
    [TestCase("r01-02-support-worker-disability-variant.txt", 5.8)]
    [TestCase("r11-02-in-house-counsel.txt", 4.9)]
    [TestCase("r01-14-not-counselling-work-exact.txt", 5.8)]
    [TestCase("r01-15-not-counselling-work-own-line.txt", 5.8)]
    [TestCase("r05-02-depuis-table-row.txt", 7.8)]
    [TestCase("r05-04-des-table-row.txt", 12.4)]
    public void A_probe_s_years_are_as_the_review_expected(string file, double? years) =>
        Assert.That(Probes.Score("Session31ThirdReview", file).Level.YearsOfExperience, Is.EqualTo(years));
}
