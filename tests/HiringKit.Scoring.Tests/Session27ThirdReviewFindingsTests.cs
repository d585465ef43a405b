namespace HiringKit.Scoring.Tests;

/// <summary>
/// A third independent review in session 27, of the rules from Fresh63's and Fresh65's misses and the second review's mends
/// (scorer 2.27.0 as of d3173e2, against 343a6ad): 114 probes found 24 regressions, 19 mended. An employer's "Clínica" or
/// "Clinic Group" kept a work psychologist in the trade; "field officer" took a lay counsellor's and a psychosocial officer's
/// years; "no direct caseload" and its kin fired where the post's lines go on to tell counselling; any field after a form's start
/// date made the post held now, "Salary on leaving:", "Reason for leaving:", "Duration:" and "Contract:" too; the people a
/// research assistant studies ("consejeras", "terapeutas") read as her post; a "Member of ..." line with its own dates dropped; a
/// pay band overrode an explicit placement and an organisation's name ("Band 5 Youth Music Project"); "learners" were no people
/// served. Left: "respondents" in the legal sense (a family court's) is still a false friend's context, and a form's "Duration:"
/// or "Salary on leaving:" after the start date now gives the post no years rather than too many. The probes and the reviewer's
/// summary live in <c>Probes/Session27ThirdReview</c>.
/// </summary>
public sealed class Session27ThirdReviewFindingsTests
{
    static ResumeScore ScoreOf(string file) => Probes.Score("Session27ThirdReview", file);

    [TestCase("r01-05-start-contract-fixedterm.txt", 2.6)]
    // The counsellor's post from 03/2014 to the manager's start, 04/2019, as the review expected; 7.7 (until session 35) was the
    // manager's non-clinical years, read through the counsellor's lines.
    [TestCase("r01-12-counsellor-reason-leaving-now-manager.txt", 5.1)]
    [TestCase("r02-05-band-name-music.txt", 3.8)]
    [TestCase("r02-09-band-in-school-title.txt", 2.8)]
    [TestCase("r04-06-member-of-team-sameline.txt", 11.3)]
    [TestCase("r04-07-member-of-staff-sameline.txt", 10.3)]
    [TestCase("r05-07-wellbeing-lead-caseload-later.txt", 7.9)]
    [TestCase("r05-09-clinical-lead-no-direct-clinical-work-then.txt", 10.5)]
    [TestCase("r05-11-wellbeing-worker-moved-from-non-clinical.txt", 5.7)]
    [TestCase("r06-08-studying-people-word-learners.txt", 8.8)]
    [TestCase("r07-07-field-officer-title-no-trade-word.txt", 7.8)]
    [TestCase("r07-13-psychosocial-field-officer-unhcr.txt", 8.9)]
    public void Years_are_as_the_review_found_right(string file, double years) =>
        Assert.That(ScoreOf(file).Level.YearsOfExperience, Is.EqualTo(years));

    [TestCase("r09-01-org-psych-at-clinica.txt")]
    [TestCase("r09-02-psicologa-at-hr-consultancy.txt")]
    [TestCase("r09-03-occupational-psych-priory-clinic.txt")]
    [TestCase("r12-03-research-assistant-consejera-study.txt")]
    [TestCase("r12-05-assistente-pesquisa-estudo-com-terapeutas.txt")]
    public void Another_trade_s_career_has_no_years_in_this_one(string file) =>
        Assert.That(ScoreOf(file).Level.YearsOfExperience, Is.Null);

    [TestCase("r02-07-unpaid-band6-equiv.txt")]
    [TestCase("r02-11-trainee-counselling-psychologist-honorary-band.txt")]
    public void A_placement_said_to_be_one_stays_a_placement_on_a_band(string file) =>
        Assert.That(ScoreOf(file).Level.Level, Is.EqualTo(Levels.Junior));
}
