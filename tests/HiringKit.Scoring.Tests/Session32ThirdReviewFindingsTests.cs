namespace HiringKit.Scoring.Tests;

/// <summary>
/// A third independent review in session 32, of the last rules (Fresh127's to Fresh133's readings and the second review's mends;
/// 1325158 against cf29bbb), by a helper who saw only two builds' answers: 88 probes, 5 regressions, all mended. A header's
/// "Licensed Mental Health Counselor | USMC Veteran 2012-2018" and "Served in the U.S. Army (1998-2018). Now a licensed ... counselor"
/// had become posts of the trade (the range's own piece of the line decides now); "I worked as a school counselor (2010-2016)
/// before ..." had been dropped as a profile's aside; a profile's "People often assume I am not a clinician ...; in fact I hold an
/// LPC-MHSP" had made a director of counseling another trade. Mended from its too-narrow findings: a closed range in Nepal's
/// calendar with its Gregorian dates in brackets, "Counselling Work History" and "Therapeutic Work Experience". The probes live in
/// <c>Probes/Session32ThirdReview</c> with the review's summary; each case fails on the reviewed build.
/// </summary>
public sealed class Session32ThirdReviewFindingsTests
{
    [TestCase("r01-04-parenthetical-earlier-counseling-career.txt", 16.9)]
    [TestCase("r01-06-military-parenthetical-ends-sentence.txt", 7.9)]
    [TestCase("r07-01-usmc-veteran-header.txt", 6.9)]
    [TestCase("r07-08-lpc-army-veteran-header.txt", 6.9)]
    [TestCase("r11-05-not-a-clinician-but-licensed-director.txt", 8.9)]
    [TestCase("r12-03-nepal-bs-closed-range.txt", 3.1)]
    [TestCase("r08-04-counselling-work-history-heading.txt", 6.9)]
    [TestCase("r08-06-therapeutic-work-experience-heading.txt", 6.9)]
    public void A_probe_s_years_are_as_the_review_expected(string file, double? years) =>
        Assert.That(Probes.Score("Session32ThirdReview", file).Level.YearsOfExperience, Is.EqualTo(years));
}
