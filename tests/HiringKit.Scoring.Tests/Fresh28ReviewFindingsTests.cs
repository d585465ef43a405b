namespace HiringKit.Scoring.Tests;

/// <summary>
/// An independent review of the rules written from Fresh28's misses (keyword blocks over wrapped lines, the Dutch occupational
/// therapist, treatment courts, "heden", "no counseling duties", a post over the students' counseling, a student whose page names
/// the term): 34 probes found 8 regressions, 7 mended. A paragraph made a keyword block whole took a senior's work bullet and
/// summary sentences with it, and "rapport" inside "rapport building" counted as two phrases back to back; a student's stated
/// years of another career made her senior; a finished counseling degree took an MBA's "expected 2027" below it; "clients with no
/// counseling experience" denied an untitled counselor's work. Left, as a judgement call: "Coordinator for Student Counseling and
/// Advising" reads as the trade's. The probes live in <c>Probes/Fresh28Review</c>, answered as mended and as the review expected.
/// </summary>
public sealed class Fresh28ReviewFindingsTests
{
    static ResumeScore ScoreOf(string file) => Probes.Score("Fresh28Review", file);

    [TestCase("p10-clients-no-counseling-experience.txt", "senior", 7.3)]
    [TestCase("p21-student-with-stated-years.txt", "junior", 0.0)]
    [TestCase("p23-stuffed-finished-degree-mba-expected.txt", null, null)]
    // A stuffed student's level is left out since session 36, as thirty-two seen sets' writers leave it (the review answered junior).
    [TestCase("p31-stuffed-student-stated-years.txt", null, 0.0)]
    // What the rules fix.
    [TestCase("p14-director-student-counseling-center.txt", "senior", 13.3)]
    // A university's "Student Counsellor" after the MSc is the university's own counsellor, not a placement: 11.3 since session 26
    // (Fresh52, t11), where the first answer read the post as a student's (7.3).
    [TestCase("p16-head-of-student-counselling-uk.txt", "senior", 11.3)]
    // "01-09-2019 – heden" starts in September since session 29, when whole dates written with hyphens were read with their month
    // (Fresh83, t07); before, only the year was read, from January (7.9).
    [TestCase("p18-dutch-heden-ergo.txt", "senior", 7.3)]
    [TestCase("p19-ergotherapeut-only.txt", null, null)]
    [TestCase("p20-heden-in-text.txt", "senior", 9.9)]
    [TestCase("p24-stuffed-student-degree-inprogress.txt", null, 0.0)]
    public void A_probe_is_answered_as_the_review_expected(string file, string? level, double? years)
    {
        var estimate = ScoreOf(file).Level;
        Assert.That((estimate.Level, estimate.YearsOfExperience), Is.EqualTo((level, years)));
    }

    // A work bullet, a summary sentence and a bullet without a full stop beside a block of phrases stay what they are; the
    // appended block is still read whole.
    [TestCase("p01-exp-bullet-then-tools.txt", 43)]
    [TestCase("p04-bullet-no-period-above-skills.txt", 56)]
    [TestCase("p28-ats-boost-paragraph.txt", 15)]
    public void A_keyword_block_probe_scores_as_the_review_expected(string file, int score) =>
        Assert.That(ScoreOf(file).Score, Is.EqualTo(score));

    [TestCase("p02-summary-sentence-then-list.txt")]
    [TestCase("p03-summary-prose-wrapped.txt")]
    public void A_summary_s_sentences_beside_a_block_stay_summary(string file) =>
        Assert.That(ScoreOf(file).Matches.Where(m => m.Phrase == "therapeutic alliance").Select(m => m.Section), Has.None.EqualTo("keywords"));
}
