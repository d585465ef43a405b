namespace HiringKit.Scoring.Tests;

/// <summary>
/// A second independent review in session 22, of the rules written from Fresh31's and Fresh32's misses (designers as another
/// trade, "since" heading its line, a break named with a dash, a teletherapy company's operations posts, work done "by" others,
/// "(X, not counselling.)" notes, ranges in a break's own lines): 63 probes found 6 regressions, all mended. "By telephone",
/// "by appointment", "by our team, including me" and "by a small team that I led" lost counselors' years; "(Admin cover, not
/// counselling.)" in a counsellor's post and "(psychotherapy, not counselling)" on a psychotherapist's dates line zeroed them;
/// a separate dated post of the trade after a break's note was taken as the break's. The probes live in
/// <c>Probes/Session22SecondReview</c>, answered as mended and as the review expected, with the rules' own cases beside them.
/// </summary>
public sealed class Session22SecondReviewFindingsTests
{
    static ResumeScore ScoreOf(string file) => Probes.Score("Session22SecondReview", file);

    // Regressions mended.
    [TestCase("p29_r5_provided_by_me_and_team.txt", 7.9)]
    [TestCase("p30b_r5_by_telephone_untitled.txt", 7.9)]
    [TestCase("p31_r5_by_appointment.txt", 7.9)]
    [TestCase("p55_r5_team_lead_by.txt", 7.9)]
    [TestCase("p33_r6_duty_note_sentence.txt", 10.9)]
    [TestCase("p34_r6_psychotherapy_dates_line.txt", 10.9)]
    [TestCase("p41_r7_break_then_job_oneline.txt", 8.8)]
    [TestCase("p41b_r7_break_then_job_level.txt", 2.9)]
    // The rules' intended cases.
    [TestCase("p24_r5_done_by_team.txt", null)]
    [TestCase("p32_r6_social_care_note.txt", 3.9)]
    [TestCase("p02_r1_content_designer.txt", 2.2)]
    [TestCase("p07_r2_since_gap.txt", 7.7)]
    [TestCase("p20_r4_onboarding_specialist.txt", 2.0)]
    public void A_probe_s_years_are_as_the_review_expected(string file, double? years) =>
        Assert.That(ScoreOf(file).Level.YearsOfExperience, Is.EqualTo(years));
}
