namespace HiringKit.Scoring.Tests;

/// <summary>
/// A fourth independent review in session 23, of the rules written from Fresh35's misses (a headline's note, a since-date with
/// a note, California's associates, a "Goals" heading, the CPI course, bakeries and cafes): 93 probes found 15 regressions, all
/// mended. A headline's last piece became the title whatever it named ("LPC | Cascade Counseling (2019–present)"); "amft" inside
/// "COAMFTE" and a student's "MFT Intern (practicum)" made practica jobs; a "Goals" heading made a whole EXPERIENCE section,
/// completed training, results, a clinical method and a defended thesis's "Aims" into aims; "nonviolent" near crisis
/// intervention dropped a counselor's crisis work beside Nonviolent Communication or nonviolent offenders; "Recovery Cafe"'s
/// coordinator became food service. The probes live in <c>Probes/Session23FourthReview</c>.
/// </summary>
public sealed class Session23FourthReviewFindingsTests
{
    static ResumeScore ScoreOf(string file) => Probes.Score("Session23FourthReview", file);

    // Regressions mended: a headline's piece that names the trade or an employer keeps the line's title, its years and the
    // score's floor for a resume titled in the trade; a recovery cafe's coordinator keeps hers.
    [TestCase("u13_r1_headline_phd_underway.txt", 14.9)]
    [TestCase("u14_r1_headline_employers_no_phd.txt", 14.9)]
    [TestCase("u18_r1_no_headings_piped_roles.txt", 11.9)]
    [TestCase("u74_r6_recovery_cafe_coordinator.txt", 7.9)]
    public void A_counselor_keeps_her_years(string file, double years) =>
        Assert.That(ScoreOf(file).Level.YearsOfExperience, Is.EqualTo(years));

    [TestCase("u15_r1_headline_only_dated_floor.txt")]
    [TestCase("u16_r1_lpc_clinical_director_floor.txt")]
    [TestCase("u17_r1_therapist_pieces_floor.txt")]
    public void A_resume_titled_in_the_trade_keeps_its_floor(string file) =>
        Assert.That(ScoreOf(file).Band, Is.EqualTo("weak"));

    // Regressions mended: a student's practicum stays a placement.
    [TestCase("u31_r3_mft_intern_student_practicum.txt")]
    [TestCase("u32_r3_coamfte_practicum.txt")]
    [TestCase("u34_r3_aamft_student_member_internship.txt")]
    public void A_student_s_practicum_stays_junior(string file) =>
        Assert.That(ScoreOf(file).Level.Level, Is.EqualTo("junior"));

    // The rules' own cases, and a note that ends the post.
    [TestCase("u05_r1_army_veteran_test_like.txt", 3.8)]
    [TestCase("u20_r2_since_parttime.txt", 7.9)]
    [TestCase("u25_r2_seit_numeric.txt", 3.3)]
    [TestCase("u39_r3_mft_intern_control.txt", 13.9)]
    [TestCase("u24_r2_since_note_closed.txt", 4.9)]
    public void A_probe_s_years_are_as_expected(string file, double years) =>
        Assert.That(ScoreOf(file).Level.YearsOfExperience, Is.EqualTo(years));

    // Regressions mended: work done, results, a method or a finished thesis under a plans heading stay claims.
    [TestCase("u41_r4_goals_no_blank_before_experience.txt", "therapeutic alliance")]
    [TestCase("u42_r4_goals_bullets_mixed.txt", "therapeutic alliance")]
    [TestCase("u43_r4_goals_met_paragraph.txt", "working alliance")]
    [TestCase("u45_r4_goals_subheading_in_role.txt", "working alliance")]
    [TestCase("u56_r4_goals_as_clinical_method.txt", "therapeutic alliance")]
    [TestCase("u92_r4_aims_completed_thesis.txt", "working alliance")]
    // Regressions mended: "nonviolent" near crisis intervention without the CPI course's name.
    [TestCase("u59_r5_nvc_comma_list.txt", "crisis intervention")]
    [TestCase("u60_r5_non_judgmental_violent_crime.txt", "crisis intervention")]
    [TestCase("u62_r5_nonviolent_offenders.txt", "crisis intervention")]
    public void A_claim_stays_asserted(string file, string phrase) =>
        Assert.That(ScoreOf(file).Matches.Where(m => m.Phrase == phrase).Select(m => m.Assertion), Is.All.EqualTo(Assertions.Asserted).And.Not.Empty);

    [Test]
    public void A_goal_s_verb_under_a_goals_heading_makes_an_aim() =>
        Assert.That(ScoreOf("u93_r4_goals_control.txt").Matches.Single(m => m.Phrase == "therapeutic alliance").Assertion,
            Is.EqualTo(Assertions.Aspirational));

    [Test]
    public void A_cafe_job_before_counseling_adds_no_years() =>
        Assert.That(ScoreOf("u80_r6_cafe_plain_mixed.txt").Level.YearsOfExperience, Is.EqualTo(2.9));
}
