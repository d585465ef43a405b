namespace HiringKit.Scoring.Tests;

/// <summary>
/// A third independent review in session 25, of the rules written from Fresh48's to Fresh50's misses and of the second review's
/// mends: 65 probes found 14 regressions, 13 mended. An HR "EAP Programme Lead" kept the trade under its table row; "Student",
/// "Employee", "Learner" and "Wellbeing Support Counsellor" at an ed-tech, a help desk, a college and a financial counselling
/// service read as the trade (only a "Staff Support Counsellor" is kept now); a peer post's "(Counsellor from Sept 2020)" note
/// was thrown away; a teacher's counselling clinical intern year joined her teaching; a support worker's "rapport" in a summary
/// lifted her above a keyword block; a previous post's "Studying part-time" bullet made the next post study; a volunteer
/// trainee's hours made her post; "Accreditation:" with a colon inside a job ended the work. Left: "Offender Counsellor
/// (Employment &amp; Skills)", an employability adviser, reads as the trade, as "Offender" keeps Fresh48's forensic counsellor in
/// it. The probes live in <c>Probes/Session25ThirdReview</c>.
/// </summary>
public sealed class Session25ThirdReviewFindingsTests
{
    static ResumeScore ScoreOf(string file) => Probes.Score("Session25ThirdReview", file);

    [TestCase("r01-03-eap-programme-lead-hr-table.txt")]
    [TestCase("r02-01-financial-wellbeing-support-counsellor-au.txt")]
    [TestCase("r02-02-student-support-counsellor-edtech-india.txt")]
    [TestCase("r02-03-employee-support-counsellor-hr-helpdesk.txt")]
    [TestCase("r02-07-learner-support-counsellor-online-college.txt")]
    public void Another_trade_has_no_level_in_this_one(string file) =>
        Assert.That(ScoreOf(file).Level.Level, Is.Null);

    [TestCase("r05-10-peer-paren-counsellor-from-plus-later-post.txt", 10.9)]
    [TestCase("r06-01-teacher-then-clinical-intern-counseling.txt", 1.3)]
    [TestCase("r09-03-studying-bullet-before-next-post.txt", 8.2)]
    // The probe's point is the bullet about the student population; its "Student Counsellor, Cardiff Metropolitan University"
    // held by an accredited counsellor five years after her MSc is the university's own counsellor since session 26 (Fresh52,
    // t11): 10.9, where the review took the placement reading of the time (4.7).
    [TestCase("r09-07-fulltime-student-bullet-before-post.txt", 10.9)]
    [TestCase("r12-02-accreditation-colon-subheading-in-job.txt", 11.9)]
    public void Years_are_as_the_review_found_right(string file, double years) =>
        Assert.That(ScoreOf(file).Level.YearsOfExperience, Is.EqualTo(years).Within(1.0));

    // A support worker's or a group home's "rapport" in the summary is no floor above a keyword block.
    [TestCase("r07-06-support-worker-rapport-only.txt")]
    [TestCase("r07-07-residential-counselor-group-home-us.txt")]
    public void A_soft_skill_in_a_summary_lifts_no_floor(string file) =>
        Assert.That(ScoreOf(file).Score, Is.LessThan(16));

    [Test]
    public void A_volunteer_trainee_s_hours_make_no_post() =>
        Assert.That(ScoreOf("r11-05-student-counsellor-hours-long-trainee.txt").Level.Level, Is.EqualTo(Levels.Junior));
}
