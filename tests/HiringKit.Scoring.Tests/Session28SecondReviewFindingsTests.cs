namespace HiringKit.Scoring.Tests;

/// <summary>
/// A second independent review in session 28, of the rules read after 15b8fbd (Fresh69's, Fresh71's, Fresh72's and Fresh74's
/// misses) and the first review's mends, against 15b8fbd: 100 probes found 20 regressions, all mended. A dated duty's line
/// swallowed counselling told in other words (psychodrama, DBT, Kooth, one-to-one sessions, private practice); a prison's rank
/// took posts of the trade's own work (substance misuse, recovery, trauma support, treatment) and bodies named for prisons (a
/// prisoners' charity, the prison officers' union); a counselling service's clinical quality leads became business posts; a
/// "Career Help Counsellor" became the trade's; a registered MFT intern at a training clinic a placement; a feeding team's
/// emotional-wellbeing counsellor another trade; a psychotherapy student's placement wrapped over a hospital's counselling service
/// a post. The probes and the reviewer's summary live in <c>Probes/Session28SecondReview</c>.
/// </summary>
public sealed class Session28SecondReviewFindingsTests
{
    static ResumeScore ScoreOf(string file) => Probes.Score("Session28SecondReview", file);

    [TestCase("r01-07-senior-officer-therapeutic-community.txt", 6)]
    [TestCase("r01-13-substance-misuse-officer-hmp.txt", 10.9)]
    [TestCase("r01-14-recovery-officer-hmp.txt", 9.8)]
    [TestCase("r01-15-trauma-support-officer-prison-service.txt", 11.3)]
    [TestCase("r01-16-charity-family-support-manager-prison-name.txt", 13.5)]
    [TestCase("r01-18-wellbeing-manager-prison-officers-association.txt", 15.8)]
    [TestCase("r01-19-treatment-supervisor-correctional-facility-us.txt", 15.6)]
    [TestCase("r02-04-teacher-private-practice-sentence.txt", 10.3)]
    [TestCase("r02-09-nurse-sessional-kooth-line.txt", 7.3)]
    [TestCase("r02-11-hca-time-to-talk-line.txt", 6.9)]
    [TestCase("r02-12-prison-dated-line-names-trade-psycho.txt", 13.5)]
    [TestCase("r02-14-nurse-dbt-cbt-line.txt", 11.8)]
    [TestCase("r06-07-registered-mft-intern-training-clinic-one-line.txt", 4.3)]
    [TestCase("r07-08-infant-feeding-specialist-counselling-duties.txt", 11.3)]
    [TestCase("r08-01-clinical-quality-lead-counselling-org.txt", 13.8)]
    [TestCase("r08-06-quality-wellbeing-practitioner.txt", 7.2)]
    [TestCase("r08-07-clinical-quality-manager-ireland.txt", 13.8)]
    [TestCase("r08-10-senior-practitioner-quality-lead.txt", 12.3)]
    public void Years_are_kept_as_before_the_rules(string file, double years) =>
        Assert.That(ScoreOf(file).Level.YearsOfExperience, Is.EqualTo(years));

    [Test]
    public void A_psychotherapy_student_s_placement_wrapped_over_a_service_is_still_a_junior_s() =>
        Assert.That(ScoreOf("r04-11-honorary-student-wrap-counselling-service.txt").Level.Level, Is.EqualTo(Levels.Junior));

    [Test]
    public void A_career_help_counsellor_selling_courses_is_no_counsellor() =>
        Assert.That(ScoreOf("r05-08-career-help-counsellor.txt").Level.YearsOfExperience, Is.Null);
}
