namespace HiringKit.Scoring.Tests;

/// <summary>
/// An independent review of 2.17.0's student of the trade as first written (175a8af): 31 probes, written from the rule's text,
/// found 17 regressions. A degree line was read anywhere on the page ("MS" for multiple sclerosis or Microsoft Teams, "MA" for
/// Massachusetts, a summary's "Master's-level counselor ... to date"), with any field that holds "counseling" (genetic,
/// financial, career) or "psychotherapy" anywhere after it (a biostatistics thesis), under way by the next line's license or
/// accreditation; and the rule wiped out the years of counselors and students working in the trade under titles the title
/// lists lack, while a student's years stated of another career made her senior. The probes live in
/// <c>Probes/StudentReview</c>, each answered here as the mended rule answers and as the review expected.
/// </summary>
public sealed class StudentReviewFindingsTests
{
    // Another trade's resume: no level, no years, as before the rule.
    [TestCase("p03-genetic-counseling-student.txt", null, null)]
    [TestCase("p04-financial-counselling.txt", null, null)]
    [TestCase("p05-nurse-ms.txt", null, null)]
    [TestCase("p06-benefits-ma.txt", null, null)]
    [TestCase("p22-matriculating-2027.txt", null, null)]
    [TestCase("p23-ms-teams-it.txt", null, null)]
    [TestCase("p25-career-counseling-recruiter.txt", null, null)]
    [TestCase("p30-biostat-psychotherapy-thesis.txt", null, null)]
    // Counselors and students who work in the trade keep the years their roles show.
    [TestCase("p07-phd-candidate-oneline.txt", "senior", 8.5)]
    [TestCase("p08-educator-license-nextline.txt", "senior", 21.1)]
    [TestCase("p09-masters-level-hours-to-date.txt", "senior", 10.6)]
    [TestCase("p10-uk-diploma-bacp-to-date.txt", "senior", 15.5)]
    [TestCase("p16-student-qmhp-css.txt", "senior", 5.3)]
    [TestCase("p17-student-crisis-worker.txt", "mid", 4.2)]
    [TestCase("p28-associate-next-line-expected.txt", "mid", 4.3)]
    [TestCase("p31-training-director-supervises-students.txt", "senior", 15.5)]
    // Students of the trade: junior, no years, whatever years of another career they state.
    [TestCase("p11-student-stated-years.txt", "junior", 0.0)]
    [TestCase("p15-degree-2025-present.txt", "junior", 0.0)]
    public void A_probe_is_answered_as_the_review_expected(string file, string? level, double? years)
    {
        var estimate = Probes.Score("StudentReview", file).Level;
        Assert.That((estimate.Level, estimate.YearsOfExperience), Is.EqualTo((level, years)));
    }
}
