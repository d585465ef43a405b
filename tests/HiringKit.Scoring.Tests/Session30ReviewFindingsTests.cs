namespace HiringKit.Scoring.Tests;

/// <summary>
/// An independent review in session 30 of the session's rules (Fresh90's to Fresh95's readings and session 29's leftovers; 93a230a
/// against e09b8ee), by a helper who saw only two builds' answers: 120 probes, 8 regressions, all mended. "Drug treatment" and
/// "chemical dependency" had named the trade in any title (a drug court's coordinator, a unit's nurse: now only the posts); a rank
/// in a town's or a medical centre's name ("Sergeant Bluff, IA", "Corporal Michael J. Crescenz VA") had made a counsellor a
/// soldier (now not before a capitalised word); a running header blanked between a title and its dates cut them apart (now the
/// lines on either side join). Mended from its too-narrow findings too: "Seite 1/3" headers, a Europass copyright line, "AKADEMISCHE
/// AUSBILDUNG", Korean "재직중", "心理カウンセラー", and "Master Addiction Counselor", "Licensed Master Social Worker" and "Master
/// Therapist" on a dates line. The probes live in <c>Probes/Session30Review</c> with the review's summary; each is answered here as
/// the review expected (years within a quarter of a year), and every case fails on the reviewed build.
/// </summary>
public sealed class Session30ReviewFindingsTests
{
    [TestCase("r01-10-exact-rule-header-title-above-break.txt", 6.4)]
    [TestCase("r11-02-sergeant-bluff-town.txt", 11.3)]
    [TestCase("r11-03-corporal-crescenz-va.txt", 12.8)]
    [TestCase("r11-12-sergeant-bluff-mental-health-title.txt", 11.3)]
    [TestCase("r13-02-drug-treatment-court-coordinator.txt", 4.8)]
    [TestCase("r13-03-chemical-dependency-unit-nurse.txt", 3.6)]
    [TestCase("r13-04-drug-abuse-treatment-security.txt", 4.3)]
    [TestCase("r13-08-chemical-dependency-data-analyst.txt", 4.5)]
    [TestCase("r01-02-seite-2-slash-3-header.txt", 12.2)]
    [TestCase("r01-09-page-break-title-no-trade-word-in-header.txt", 7.8)]
    [TestCase("r05-06-akademische-ausbildung.txt", 5.8)]
    [TestCase("r06-03-korean-jaejikjung.txt", 11.8)]
    [TestCase("r06-08-japanese-school-counselor-katakana.txt", 11.7)]
    [TestCase("r12-03-master-addiction-counselor-title.txt", 15.9)]
    [TestCase("r12-07-licensed-master-social-worker.txt", 11.3)]
    [TestCase("r12-08-master-therapist-dates-line.txt", 12.6)]
    // And the wrapped date columns it found still unread: a month's name and year below, "to" as the connector, a street number
    // that looks like a year over the dates.
    [TestCase("r07-02-wrapped-month-names.txt", 10.5)]
    [TestCase("r07-04-wrapped-with-to.txt", 11.7)]
    [TestCase("r08-06-year-like-address-lines-no-counseling-words.txt", 10.3)]
    public void A_probe_s_years_are_as_the_review_expected(string file, double years) =>
        Assert.That(Probes.Score("Session30Review", file).Level.YearsOfExperience, Is.EqualTo(years));

    [Test]
    public void A_europass_copyright_line_joined_under_a_title_is_still_no_post() =>
        Assert.That(Probes.Score("Session30Review", "r01-04-europass-footer-2002-2013.txt").Level.YearsOfExperience, Is.EqualTo(13.8));
}
