namespace HiringKit.Scoring.Tests;

/// <summary>
/// A second independent review in session 36, of the rules written after the first review's mends (stuffers' and stuffed
/// students' levels, a prison's classification counselor, probation grades, EMTs and the fire service, "not a counselling
/// position", years something else spans, a Europass study, the seed's new false friends), by a helper who saw only two builds'
/// answers (90f6865 against b08071e): 149 probes, 9 regressions, mended. A post whose lines tell counselling done under a title
/// not in the trade ("Student Assistance Program Specialist" giving individual counseling sessions) lost its years to the
/// stuffer's rule, and a student's practicum its junior level to the student's (now counselling done, in a post or anywhere on
/// the page, keeps them); "did not involve counselling children" left an adult counsellor's post out (now only the bare denial);
/// "experience spanning 15+ years" and "my career has lasted 10+ years" lost their years (now only what is not the writer's own
/// career); "rapport with branch staff" of an EAP counsellor after a robbery and with patients "referred by surgeons" were false
/// friends (those two seed entries are withdrawn). The probes live in <c>Probes/Session36SecondReview</c> with the review's
/// summary; each case fails on the reviewed build.
/// </summary>
public sealed class Session36SecondReviewFindingsTests
{
    static ResumeScore ScoreOf(string file) => Probes.Score("Session36SecondReview", file);

    [TestCase("r01-13-counselor-in-summary-title-kw-list.txt", 4.3)]
    [TestCase("r01-22-student-assistance-counselor-variant.txt", 4.3)]
    [TestCase("r05-08-did-not-involve-counselling-children-only.txt", 6.3)]
    [TestCase("r06-05-experience-spans-8-years.txt", 8.0)]
    [TestCase("r06-06-career-has-lasted-10-years.txt", 10.0)]
    [TestCase("r06-10-experience-spanning-15-years.txt", 15.0)]
    public void Years_are_as_the_review_found_right(string file, double years) =>
        Assert.That(ScoreOf(file).Level.YearsOfExperience, Is.EqualTo(years));

    [Test]
    public void A_student_s_practicum_keeps_her_junior_level_beside_a_long_list() =>
        Assert.That(ScoreOf("r02-03-student-10kw-practicum.txt").Level.Level, Is.EqualTo("junior"));

    [TestCase("r08-12-eap-counsellor-rapport-branch-staff.txt")]
    [TestCase("r08-14-therapist-rapport-with-surgeons-patients.txt")]
    public void A_counsellor_s_rapport_beside_branch_staff_or_surgeons_is_hers(string file) =>
        Assert.That(ScoreOf(file).Matches.Select(m => m.Phrase), Does.Contain("rapport"));
}
