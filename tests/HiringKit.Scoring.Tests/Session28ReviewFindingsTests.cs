namespace HiringKit.Scoring.Tests;

/// <summary>
/// An independent review in session 28, of the rules from Fresh67's, Fresh68's, Fresh70's and Fresh71's misses (scorer 2.29.0 as
/// of 15b8fbd, against the session's start, 86e84e3): 100 probes found 32 regressions, 31 mended. Stated years "of previous
/// experience as a counsellor" or "of prior clinical experience" were thrown away; a writer who was the person named ("Served
/// as each student's counselor", "Acted as the family's therapist"), or supervised them, lost the post as someone else's
/// counsellor; a counsellor's scope ("I do not counsel couples, only individuals") denied her work; a graduate assistant at a
/// university counseling center who saw students became a desk post; another's leave, a cover post, a policy or a service named
/// with a leave was taken off a post; "Pasantías" and "Practical Placement" were no placements. Left: "Key worker to 12 residents
/// and their counsellor", where the writer may be that counsellor. The probes and the reviewer's summary live in
/// <c>Probes/Session28Review</c>.
/// </summary>
public sealed class Session28ReviewFindingsTests
{
    static ResumeScore ScoreOf(string file) => Probes.Score("Session28Review", file);

    [TestCase("r01-11-do-not-counsel-couples-specialism.txt", 14.9)]
    [TestCase("r01-15-dont-counsel-under-18s-private-practice.txt", 16.9)]
    [TestCase("r01-16-no-longer-counsel-couples.txt", 17.9)]
    [TestCase("r03-09-GA-counseling-center-sessions-no-trade-word.txt", 7.3)]
    [TestCase("r03-10-GA-CAPS-DBT-skills-groups.txt", 6.3)]
    [TestCase("r04-03-covered-managers-maternity-leave.txt", 11.9)]
    [TestCase("r04-10-supported-clients-returning-from-medical-leave.txt", 12.9)]
    [TestCase("r04-12-policy-parental-leave-HR-counsellor.txt", 11.9)]
    [TestCase("r04-13-provided-maternity-leave-cover-bullet.txt", 12.9)]
    [TestCase("r04-15-dates-line-incl-maternity-leave-cover-as-manager.txt", 14.3)]
    [TestCase("r04-16-covered-colleagues-maternity-leave-caseload.txt", 12.9)]
    [TestCase("r05-04-dot-bullet-medical-leave-services.txt", 14.9)]
    [TestCase("r05-07-black-bullet-family-leave-neonatal-counselling.txt", 14.9)]
    [TestCase("r06-03-pasantias-plural.txt", 10.9)]
    [TestCase("r06-10-pasantias-clinica-mexico.txt", 6.9)]
    [TestCase("r06-11-practical-training-eastern-europe.txt", 6.9)]
    [TestCase("r06-12-practical-placement-counselling-service-years.txt", 6.9)]
    [TestCase("r07-15-dated-previous-experience-as-counsellor.txt", 10)]
    [TestCase("r07-16-dated-previous-experience-in-counselling.txt", 12)]
    [TestCase("r07-17-dated-prior-clinical-experience.txt", 15)]
    [TestCase("r07-18-dated-prior-experience-as-therapist.txt", 12)]
    [TestCase("r07-19-dated-earlier-experience-nhs-psych-therapist.txt", 12)]
    [TestCase("r07-26-dated-past-clinical-practice-experience.txt", 16)]
    [TestCase("r08-01-supervised-their-counsellors.txt", 10.9)]
    [TestCase("r08-03-each-students-counselor-self.txt", 14.3)]
    [TestCase("r08-04-acted-as-familys-therapist.txt", 12.8)]
    [TestCase("r08-10-members-counsellor-EAP-self.txt", 12.9)]
    [TestCase("r08-12-supervised-counsellors-own-caseload-title-lead.txt", 9.9)]
    [TestCase("r08-14-team-leader-their-counsellors-plus-earlier.txt", 12.3)]
    [TestCase("r08-16-client-case-manager-self.txt", 14.9)]
    [TestCase("r08-17-third-person-her-therapist-caseload.txt", 14.9)]
    public void Years_are_kept_as_before_the_rules(string file, double years) =>
        Assert.That(ScoreOf(file).Level.YearsOfExperience, Is.EqualTo(years));

    /// <summary>A graduate assistant at a career center who reviews resumes does no counselling: the rule still reads it so.</summary>
    [Test]
    public void A_graduate_assistant_reviewing_resumes_at_a_career_center_is_no_counselor() =>
        Assert.That(ScoreOf("r03-12-GA-career-counseling-center-resumes.txt").Level.YearsOfExperience, Is.EqualTo(2.9));
}
