namespace HiringKit.Scoring.Tests;

/// <summary>
/// A third independent review in session 26, of the second review's mends and the rules from Fresh58's and Fresh59's misses
/// (scorer 2.22.0 as of c9132e0, against the session's start): 103 probes found 12 regressions, 9 mended. A counsellor's note
/// naming the trade's field beside another subject ("(Student Wellness &amp; Careers)") read as another subject's; a counselling
/// psychologist's post, or a counsellor's after the dates on their line, under "Training delivered" or "Supporting information"
/// not read as a post; a teacher's "(formerly School Counsellor, 2014)" made her title the trade's; "Until:" and "Employment
/// ended:" unread as a form's end. Left: a "Left:" label, a teacher's "working alliance" credited in a supporting statement (still
/// "none"), and a barista student's interest in how the alliance works. The probes live in <c>Probes/Session26ThirdReview</c>.
/// </summary>
public sealed class Session26ThirdReviewFindingsTests
{
    static ResumeScore ScoreOf(string file) => Probes.Score("Session26ThirdReview", file);

    [TestCase("r06-02-counsellor-housing-first-trauma.txt", 11.9)]
    [TestCase("r06-03-counsellor-careers-note-genuine.txt", 9.9)]
    [TestCase("r06-04-counsellor-money-worries-abuse.txt", 10.9)]
    [TestCase("r07-05-workshops-delivered-then-employment-no-heading-change.txt", 13.9)]
    [TestCase("r07-07-training-delivered-then-clinical-psychologist.txt", 13.9)]
    [TestCase("r08-03-until-line.txt", 3.7)]
    [TestCase("r08-06-endlabel-employmentended.txt", 3.7)]
    public void Years_are_as_the_review_found_right(string file, double years) =>
        Assert.That(ScoreOf(file).Level.YearsOfExperience, Is.EqualTo(years));

    [Test]
    public void A_teacher_s_note_on_a_former_counselling_post_makes_no_counselor() =>
        Assert.That(ScoreOf("r16-08-formerly-counsellor-teacher-skills-phrase.txt").Level.YearsOfExperience, Is.Null);
}
