namespace HiringKit.Scoring.Tests;

/// <summary>
/// An independent review in session 35, of the session's readings (Fresh137's and Fresh156-161's misses and the leftovers; the
/// build 2027b20 against 452c1e3), by a helper who saw only two builds' answers: 113 probes, 3 regressions, mended. "Not a
/// counselling service" dropped a counsellor's whole post where she had opened a peer drop-in beside her counselling (now it speaks
/// only for a post not titled as a counselor's); "Denver, Co. 80202" read as an Irish county and an Irish referee's "Address:" at
/// the foot of a Boston page both turned US dates day first (now only Ireland's counties, and an address among the first lines).
/// Mended from its too-narrow findings: a placement titled under its dates ending in "dept." with no note; "Children in Need" and
/// adoption social workers; "Foster Care Therapist", "Adoption Support Therapist", "Child Protection Counsellor", "Advocacy
/// Counsellor" and "Advocate and Counsellor"; "signposted to counselling" as a referral, so a housing officer's years no longer count
/// (the root of several of its misses); "- non-clinical" in a title; an application form's current post whose "Reason for leaving:"
/// says it goes on ("N/A - current post", "Seeking progression"), its "Date started:" label and its "CURRENT OR MOST RECENT
/// EMPLOYMENT" section. The probes live in
/// <c>Probes/Session35Review</c> with the review's summary; each case fails on the reviewed build.
/// </summary>
public sealed class Session35ReviewFindingsTests
{
    static ResumeScore ScoreOf(string file) => Probes.Score("Session35Review", file);

    [TestCase("r05-09-sw-children-in-need.txt")]
    [TestCase("r05-10-adoption-social-worker.txt")]
    public void A_statutory_social_worker_is_no_counsellor(string file) =>
        Assert.That(ScoreOf(file).Level.YearsOfExperience, Is.Null);

    [TestCase("r01-14-counsellor-at-hub-dropin-not-service.txt", 9.9)]
    [TestCase("r10-12-denver-co-abbrev-monthfirst.txt", 3.2)]
    [TestCase("r10-13-us-resume-referee-address-ireland.txt", 3.2)]
    [TestCase("r10-09-placement-dept-abbrev.txt", 2.9)]
    [TestCase("r05-12-foster-care-therapist.txt", 8.3)]
    [TestCase("r09-07-adoption-support-therapist.txt", 7.3)]
    [TestCase("r01-03-nonclinical-dash.txt", 6.9)]
    [TestCase("r01-04-not-a-counselling-service-peer-dropin.txt", 2.9)]
    [TestCase("r01-06-not-a-therapy-service.txt", 2.9)]
    [TestCase("r01-10-dropin-parens-not-service.txt", 2.9)]
    [TestCase("r01-11-signposted-only-no-denial.txt", 2.9)]
    [TestCase("r05-18-child-protection-counsellor.txt", 8.3)]
    [TestCase("r06-08-advocate-and-counsellor-title.txt", 7.6)]
    [TestCase("r06-10-advocacy-counsellor.txt", 7.6)]
    [TestCase("r03-03-appform-reason-na-current.txt", 12.8)]
    [TestCase("r03-04-appform-date-started-word-month.txt", 12.8)]
    [TestCase("r03-07-appform-current-reason-wishing-to-leave.txt", 7.8)]
    public void Years_are_as_the_review_found_right(string file, double years) =>
        Assert.That(ScoreOf(file).Level.YearsOfExperience, Is.EqualTo(years));
}
