namespace HiringKit.Scoring.Tests;

/// <summary>
/// An independent review in session 36 of the rules written from Fresh143 and Fresh166-168 (railways, pipe tables, aims and
/// opinions as hedges, gambling harm and hospice counsellors, casino and ward posts, "not a counselling position", "OTHER
/// EXPERIENCE", a PiA post "bis 2016 in Ausbildung"), by a helper who saw only two builds' answers (b08071e against 5da934d):
/// 122 probes, 5 regressions, mended. "bis 2027 in Ausbildung" in 2026 made a trainee's post a psychotherapist's (now the year must
/// be passed by the post's dates); a railway's "Clinical Lead, Employee Support Service" holding a counselling caseload was the
/// railway's (now its lines are read); a "Senior Mental Health Practitioner" under "OTHER EMPLOYMENT" was an earlier career's (now
/// such a heading leaves the trade's posts in any words); "helped trainees become more confident in building a therapeutic
/// alliance" was the writer's aim, and "Where I feel I add most value is alliance rupture and repair" a hedge. Mended from its
/// too-narrow findings: the denial "Not a counselling position" read anywhere in the post's first lines (not only beside a youth
/// worker's title, and not in parentheses on one duty or said "for them"), and "ADDITIONAL EXPERIENCE" and "NON-CLINICAL
/// EXPERIENCE" as headings of other experience. The probes live in <c>Probes/Session36Review</c> with the review's summary; each
/// case fails on the reviewed build.
/// </summary>
public sealed class Session36ReviewFindingsTests
{
    static ResumeScore ScoreOf(string file) => Probes.Score("Session36Review", file);

    [TestCase("r08-06-bis-2027-in-ausbildung-still-training-wide.txt", 3.0)]
    [TestCase("r01-13-clinical-lead-counsellor-caseload-network-rail-wide.txt", 6.9)]
    [TestCase("r07-17-other-employment-senior-mental-health-practitioner-wide.txt", 6.9)]
    [TestCase("r06-01-youth-worker-not-a-counselling-position-base.txt", 2.9)]
    [TestCase("r06-02-youth-worker-not-counselling-no-article-narrow.txt", 2.9)]
    [TestCase("r06-09-youth-worker-counseling-us-denial.txt", 2.9)]
    [TestCase("r06-10-youth-worker-denial-own-line-no-bullet.txt", 2.9)]
    [TestCase("r07-08-additional-experience-narrow.txt", 2.9)]
    [TestCase("r07-10-non-clinical-experience.txt", 2.9)]
    public void Years_are_as_the_review_found_right(string file, double years) =>
        Assert.That(ScoreOf(file).Level.YearsOfExperience, Is.EqualTo(years));

    [TestCase("r03-03-helped-trainees-become-confident-wide.txt", "therapeutic alliance")]
    [TestCase("r03-12-where-i-feel-i-add-value-wide.txt", "alliance rupture")]
    public void What_the_writer_teaches_or_names_as_a_strength_is_claimed(string file, string phrase) =>
        Assert.That(ScoreOf(file).Matches.First(m => m.Phrase == phrase).Assertion, Is.EqualTo(Assertions.Asserted));
}
