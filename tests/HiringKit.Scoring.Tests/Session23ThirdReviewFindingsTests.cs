namespace HiringKit.Scoring.Tests;

/// <summary>
/// A third independent review in session 23, of the rules written from Fresh34's misses (a therapy dog's handler, a back-office
/// post over a counseling practice's name, a skills list's tenures): 75 probes found 19 regressions, all mended. A clinician who
/// is also the dog's handler ("Clinical Director &amp; Therapy Dog Handler", "QMHP / Canine Handler") lost every year; a crisis
/// line's specialist, an EAP specialist or a clinical admissions coordinator over a counseling center's name read as a business
/// post; "Clinical experience - 9 years", "Psychotherapy (12+ years)" and a headline's "| 15+ years" were dropped as skills'
/// tenures. The probes live in <c>Probes/Session23ThirdReview</c>, answered as mended and as the review expected.
/// </summary>
public sealed class Session23ThirdReviewFindingsTests
{
    static ResumeScore ScoreOf(string file) => Probes.Score("Session23ThirdReview", file);

    // Regressions mended: a clinician who handles a dog, a clinical post over a counseling center's name, a career's stated years.
    [TestCase("s05_r1_clinical_director_dog.txt")]
    [TestCase("s06_r1_crisis_specialist_dog.txt")]
    [TestCase("s09_r1_advocate_facility_dog.txt")]
    [TestCase("s12_r1_setting_dog_center_director.txt")]
    [TestCase("s23_r1_peer_specialist_dog.txt")]
    [TestCase("s24_r1_qmhp_dog.txt")]
    [TestCase("s35_r2_crisis_call_center.txt")]
    [TestCase("s36_r2_eap_specialist.txt")]
    [TestCase("s37_r2_mha_admissions.txt")]
    [TestCase("s38_r2_clinical_supervisor_member_services.txt")]
    [TestCase("s39_r2_wellness_coordinator_ucc.txt")]
    [TestCase("s42_r2_admissions_coordinator_clinical.txt")]
    [TestCase("s60_r3_qualifications_over12.txt")]
    [TestCase("s61_r3_clinical_exp_9.txt")]
    [TestCase("s62_r3_years_of_exp_11.txt")]
    [TestCase("s64_r3_linkedin_top_skills.txt")]
    [TestCase("s66_r3_key_strengths_comma.txt")]
    [TestCase("s70_r3_inrole_list.txt")]
    [TestCase("s82_r3_headline_pipe.txt")]
    [TestCase("s83_r3_summary_list_line.txt")]
    [TestCase("s86_r3_skills_over12_semicolon.txt")]
    public void A_counselor_stays_senior(string file) =>
        Assert.That(ScoreOf(file).Level.Level, Is.EqualTo("senior"));

    // The rules' own cases: animal handlers' posts and a front desk over a practice's name give no years.
    [TestCase("s13_r1_miss_equine_learning.txt")]
    [TestCase("s17_r1_miss_aai_coordinator.txt")]
    [TestCase("s18_r1_miss_service_dog_trainer.txt")]
    [TestCase("s19_r1_miss_k9_officer.txt")]
    [TestCase("s22_r1_miss_dog_groomer.txt")]
    [TestCase("s59_r2_ok_note_in_dates_line.txt")]
    public void Another_trade_s_post_gives_no_years(string file) =>
        Assert.That(ScoreOf(file).Level.YearsOfExperience, Is.Null);

    // The rule's own cases: skills' tenures in several spellings leave a second-year counselor junior.
    [TestCase("s71_r3_fixed_indeed.txt")]
    [TestCase("s72_r3_miss_salesforce_yrs.txt")]
    [TestCase("s73_r3_ok_excel_colon_yrs.txt")]
    [TestCase("s77_r3_ok_additional_info.txt")]
    [TestCase("s79_r3_miss_period.txt")]
    [TestCase("s80_r3_ok_dash_item.txt")]
    [TestCase("s81_r3_ok_indeed_pos.txt")]
    public void A_skills_tenure_is_no_career(string file) =>
        Assert.That(ScoreOf(file).Level.Level, Is.EqualTo("junior"));
}
