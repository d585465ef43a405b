namespace HiringKit.Scoring.Tests;

/// <summary>
/// A second independent review in session 31, of the later rules (Fresh96's, Fresh105's and Fresh106's readings and the first
/// review's mends; 3c7bd21 against 9ef58cb), by a helper who saw only two builds' answers: 113 probes, 7 regressions, all mended. A
/// clerical post at an area's counselling service ("Administrative Officer, Regional Counselling Service") had become the trade's
/// (the service's name now speaks only where it heads the title or follows a post of no other trade); "Psychologist" whose lines
/// say "I'm not a counsellor" had become another trade; "Психолог по подбору персонала" the trade's; a bare "Specialization" line
/// inside a post had ended the work section; "Portland, Maine (New England)" had read day first, and a name alone over a blank line
/// had hidden "Melbourne VIC ... +61" below it. Mended from its too-narrow findings: "Psycholog pracy i transportu", a health plan's
/// reporting analyst, "с 03.2021 по н.в.", years stated in another trade's field with no dated post, Perth, Cape Town, India and a
/// surname "Ireland". The probes live in <c>Probes/Session31SecondReview</c> with the review's summary; each case fails on the
/// reviewed build.
/// </summary>
public sealed class Session31SecondReviewFindingsTests
{
    [TestCase("r01-02-regional-service-admin-officer.txt", null)]
    [TestCase("r01-10-hse-ncs-clerical-officer.txt", null)]
    [TestCase("r03-08-health-plan-bh-reporting-analyst.txt", null)]
    [TestCase("r06-13-specialization-line-inside-experience.txt", 8.0)]
    [TestCase("r07-12-psycholog-pracy-i-transportu.txt", null)]
    [TestCase("r07-17-hr-psychologist-russian.txt", null)]
    [TestCase("r08-04-psychologist-says-not-counsellor.txt", 5.0)]
    [TestCase("r09-04-perth-wa.txt", 2.7)]
    [TestCase("r09-05-blank-line-after-name-melbourne.txt", 2.7)]
    [TestCase("r09-06-india-header.txt", 2.7)]
    [TestCase("r09-08-us-new-england.txt", 3.3)]
    [TestCase("r09-09-us-surname-ireland.txt", 3.3)]
    [TestCase("r09-11-cape-town.txt", 2.7)]
    [TestCase("r12-02-s-po-nv.txt", 5.8)]
    [TestCase("r12-14-po-nv-without-s.txt", 5.8)]
    public void A_probe_s_years_are_as_the_review_expected(string file, double? years) =>
        Assert.That(Probes.Score("Session31SecondReview", file).Level.YearsOfExperience, Is.EqualTo(years));

    [Test]
    public void Stated_years_in_another_trade_s_field_give_a_new_graduate_no_level() =>
        Assert.That(Probes.Score("Session31SecondReview", "r05-01-stated-years-customer-service-school-admin.txt").Level.Level,
            Is.Not.EqualTo("mid"));
}
