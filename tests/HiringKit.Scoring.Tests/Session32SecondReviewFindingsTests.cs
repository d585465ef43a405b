namespace HiringKit.Scoring.Tests;

/// <summary>
/// A second independent review in session 32, of the later rules (Fresh116's to Fresh126's readings; cf29bbb against 34415d9), by
/// a helper who saw only two builds' answers: 134 probes, 5 regressions, 4 mended. "Wellness Counselor" alone (a gym's, a weight-loss
/// firm's) is another subject again, "Community Wellness Counsellor" the trade's (the review's leisure-centre seller of that title
/// stays counted, left: its title is the Indigenous services' own); a bare two-digit year is no year when a four-digit one follows
/// ("Sept 19 - Nov 21, 2024" are days); a veteran's years are set aside only in a header above headings, and not beside a post of
/// the trade. Mended from its too-narrow findings: "Sep 19 to present", "Jan 20 to current", "Therapeutic work", an equity research
/// analyst and an immunisation coordinator, and "(hired from Master's Internship)" as a note of an earlier post. The probes live in
/// <c>Probes/Session32SecondReview</c> with the review's summary; each case fails on the reviewed build.
/// </summary>
public sealed class Session32SecondReviewFindingsTests
{
    [TestCase("r03-07-no-headings-veterans-counselor-line.txt", 13.9)]
    [TestCase("r05-06-day-range-in-bullet.txt", 3.5)]
    [TestCase("r09-11-gym-wellness-other-trade.txt", 2.9)]
    [TestCase("r09-12-nutrition-wellness-counselor-other-trade.txt", 2.9)]
    [TestCase("r05-05-to-current.txt", 6.9)]
    [TestCase("r05-08-sep-19-to-present-hyphenless.txt", 7.3)]
    [TestCase("r06-04-therapeutic-work-heading.txt", 7.9)]
    [TestCase("r11-04-equity-analyst.txt", 3.9)]
    [TestCase("r11-06-immunisation-coordinator-uk-narrow.txt", 3.9)]
    public void A_probe_s_years_are_as_the_review_expected(string file, double? years) =>
        Assert.That(Probes.Score("Session32SecondReview", file).Level.YearsOfExperience, Is.EqualTo(years));

    [Test]
    public void A_post_hired_from_its_internship_is_no_placement() =>
        Assert.That(Probes.Score("Session32SecondReview", "r04-09-hired-from-internship-note.txt").Level.Level, Is.EqualTo("senior"));
}
