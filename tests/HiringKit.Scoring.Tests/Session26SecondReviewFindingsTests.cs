namespace HiringKit.Scoring.Tests;

/// <summary>
/// A second independent review in session 26, of the first review's mends and the rules written after it (scorer 2.22.0 as of
/// 6ddc4e7, against the session's start): 125 probes found 21 regressions; 19 mended, two left as wrong as before the session
/// (a form's end date after a blank line; a "Leaving date:" post whose claim reads long). Mended: an undated post of the trade's
/// phrases dropped with a career in another trade (the drop of work phrases outside dated posts is gone); "supervision to the
/// service's counsellors" read as another party's (no "to" now); a volunteer clause and a course clause read too widely
/// ("Volunteer psychological support service lead", "completed the certificate, then applied it with a caseload"); an LPC's
/// EAP at a logistics firm read as logistics; "combined" and "overall" years said of counselling thrown out; "(Housing First
/// team)" and a survivors' service read as advice subjects; posts under "Supporting information" or "Training provided" lost (a
/// counselor's post titled there is read now, an audience of counselors is not); "Date left:" unread; "Garda" in a youth
/// project's name; "CPD" alone as a role's sub-heading; "interested in how I can" and "how best to" no aims. The probes live in
/// <c>Probes/Session26SecondReview</c>.
/// </summary>
public sealed class Session26SecondReviewFindingsTests
{
    static ResumeScore ScoreOf(string file) => Probes.Score("Session26SecondReview", file);

    [TestCase("r01-02-clinical-supervisor-to-services-counsellors.txt", "senior", 14.9)]
    [TestCase("r01-13-volunteer-sentence-psychotherapy-word.txt", "senior", 8.6)]
    [TestCase("r01-14-course-verb-with-clients-after-comma.txt", "senior", 7.5)]
    [TestCase("r01-16-course-verb-clients-variant.txt", "senior", 7.5)]
    [TestCase("r02-01-eap-coordinator-dhl-supply-chain.txt", "senior", 10.5)]
    [TestCase("r11-02-supporting-information-no-form-cv.txt", "senior", 10.9)]
    [TestCase("r12-02-start-date-date-left-label.txt", "junior", 1.3)]
    [TestCase("r13-10-garda-youth-project-counsellor.txt", "senior", 8.3)]
    [TestCase("r16-02-cpd-line-inside-role.txt", "senior", 11.9)]
    [TestCase("r17-07-combined-counsellor-psychotherapist-beside-nurse.txt", "senior", 12.0)]
    [TestCase("r17-10-years-of-overall-experience-all-counselling.txt", "senior", 11.0)]
    [TestCase("r18-01-counsellor-housing-first-team.txt", "senior", 11.9)]
    [TestCase("r18-08-gambling-debt-harm-counsellor.txt", "senior", 10.9)]
    public void A_probe_is_answered_as_the_review_found_right(string file, string level, double years)
    {
        var estimate = ScoreOf(file).Level;
        Assert.That((estimate.Level, estimate.YearsOfExperience), Is.EqualTo((level, (double?)years)));
    }

    // An undated post of the trade beside dated posts of another keeps its phrases.
    [TestCase("r14-01-undated-private-practice-plus-dated-nurse.txt", 30)]
    [TestCase("r14-02-work-intro-paragraph-career-changer.txt", 33)]
    [TestCase("r14-04-counsellor-volunteer-undated-plus-teacher.txt", 20)]
    public void An_undated_post_of_the_trade_keeps_its_score(string file, int score) =>
        Assert.That(ScoreOf(file).Score, Is.EqualTo(score));

    [TestCase("r08-03-interested-in-how-i-can-use.txt")]
    [TestCase("r08-05-interested-in-how-best-to.txt")]
    public void Interest_in_how_one_can_build_the_alliance_is_an_aim(string file) =>
        Assert.That(ScoreOf(file).Matches.Single(m => m.Phrase == "therapeutic alliance").Assertion, Is.EqualTo(Assertions.Aspirational));
}
