namespace HiringKit.Scoring.Tests;

/// <summary>
/// A fifth independent review in session 23, of the rules written from Fresh36's misses (infant feeding and prosthetics posts, a
/// research fellowship, "Present (since 2018)", an open "2019-" range, selection criteria headings, hotel guest services): 100
/// probes found 18 regressions, 17 mended. Those trades' words named employers too ("Clinical Director, Breastfeeding Center",
/// "EAP Coordinator, Orthotic Solutions Inc."); "research fellow" and "reservations" took clinical fellows and a tribe's
/// behavioral health specialist out of the trade; a criteria heading worded otherwise left the answers in the hotel job above
/// and dropped them; an open range with its end later on the line or on the next was read as a current post. Left: a
/// title-case "Selection Criteria" line inside a job now ends it. The probes live in <c>Probes/Session23FifthReview</c>.
/// </summary>
public sealed class Session23FifthReviewFindingsTests
{
    static ResumeScore ScoreOf(string file) => Probes.Score("Session23FifthReview", file);

    [TestCase("v02_r1_clinical_director_breastfeeding_center.txt")]
    [TestCase("v07_r1_support_group_facilitator_prosthetics.txt")]
    [TestCase("v08_r1_eating_feeding_counselor.txt")]
    [TestCase("v09_r1_employer_orthotic_eap.txt")]
    [TestCase("v97_r1_clinical_director_employer_below.txt")]
    [TestCase("v98_r1_amputee_peer_mentor_coordinator.txt")]
    [TestCase("v28_r2_postdoc_research_fellow_anxiety_clinic.txt")]
    [TestCase("v29_r2_research_fellow_employer_above.txt")]
    [TestCase("v36_r2_mental_health_research_fellow_clinic.txt")]
    [TestCase("v31_r2_employer_guest_services_ltd_eap.txt")]
    [TestCase("v32_r2_bh_specialist_reservations.txt")]
    [TestCase("v33_r2_addictions_specialist_reservations.txt")]
    [TestCase("v37_r2_bereavement_coordinator_guest_relations_hospice.txt")]
    [TestCase("v49_r3_present_since_control.txt")]
    [TestCase("v54_r3m_till_date_since_jan_2018.txt")]
    [TestCase("v65_r4_open_range_control.txt")]
    public void A_counselor_stays_senior(string file) =>
        Assert.That(ScoreOf(file).Level.Level, Is.EqualTo("senior"));

    // Regressions mended: an open range whose end follows later is no current post.
    [TestCase("v75_r4_wrapped_range_end_next_col.txt")]
    [TestCase("v82_r4_wrapped_date_column.txt")]
    public void A_range_ended_later_is_no_current_post(string file) =>
        Assert.That(ScoreOf(file).Level.Level, Is.Not.EqualTo("senior"));

    // Regressions mended: answers under any wording of a selection criteria heading stay the counsellor's.
    [TestCase("v85_r5_selection_criteria_statement.txt")]
    [TestCase("v86_r5_statement_against_the_selection_cr.txt")]
    [TestCase("v87_r5_responses_to_selection_criteria.txt")]
    [TestCase("v88_r5_key_selection_criteria_responses.txt")]
    [TestCase("v89_r5_addressing_the_selection_criteria.txt")]
    [TestCase("v90_r5_statement_of_claims_against_the_se.txt")]
    [TestCase("v91_r5_ksc_responses.txt")]
    public void Answers_to_selection_criteria_keep_their_phrases(string file) =>
        Assert.That(ScoreOf(file).Matches.Where(m => m.Phrase == "therapeutic alliance").Select(m => m.Assertion),
            Is.Not.Empty.And.All.EqualTo(Assertions.Asserted));

    [Test]
    public void A_lactation_consultant_gives_no_years() =>
        Assert.That(ScoreOf("v11_r1_lactation_consultant_control.txt").Level.YearsOfExperience, Is.Null);
}
