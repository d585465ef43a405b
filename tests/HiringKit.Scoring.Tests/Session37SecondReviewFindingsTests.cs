namespace HiringKit.Scoring.Tests;

/// <summary>
/// A second independent review in session 37, of the first review's mends and the readings of Fresh179 and Fresh181-184 (a
/// profile's "I am a teacher, not a therapist", a post's "No clinical duties", data and machine-training trades, research
/// fellowships, helplines' titles, footnote marks and nursing headings, growing one's skills, work done by another, a denial's
/// reach), by a helper who saw only two builds' answers (7a3825b against b84e682): 164 probes, 7 regressions, mended. "I am a
/// counsellor, not a clinician" and "I am a play therapist, not a counsellor" left the writer's own posts out (now what the writer
/// says she is, if of the trade, keeps them); an assistant psychologist's "No clinical duties." counted again (now only "No
/// caseload" spares a psychologist's or clinical post); "where I can keep building my skills in group work, drawing on six years
/// of motivational interviewing" made the interviewing an aim (now only before a comma). Mended too, of its still-wrong variants: a
/// research fellowship at a psychotherapy research centre, an Italian "Dottoranda", "No face-to-face client work", "Not
/// client-facing", an "Emotional Support and Counselling Helpline", planning "done by", "carried out by" or "completed by" the
/// psychiatrist, ", as this protects", "Currently training in", and a four-item denial. The probes live in
/// <c>Probes/Session37SecondReview</c> with the review's summary; each case but the guards fails on the reviewed build.
/// </summary>
public sealed class Session37SecondReviewFindingsTests
{
    static ResumeScore ScoreOf(string file) => Probes.Score("Session37SecondReview", file);

    [TestCase("r01-14-WIDE-counsellor-not-clinician.txt", 3.0)]
    [TestCase("r01-18-WIDE-integrative-counsellor-not-clinician.txt", 3.0)]
    [TestCase("r01-19-WIDE-counsellor-not-therapist.txt", 3.0)]
    [TestCase("r01-20-WIDE-psychologist-not-therapist.txt", 3.0)]
    [TestCase("r01-21-WIDE-play-therapist-not-counsellor.txt", 3.0)]
    [TestCase("r02-08-assistant-psychologist-no-clinical-duties.txt", 4.1)]
    [TestCase("r02-05-no-face-to-face-client-work.txt", 4.1)]
    [TestCase("r02-06-not-client-facing.txt", 4.1)]
    [TestCase("r04-01-research-fellow-psychotherapy-centre.txt", 4.1)]
    [TestCase("r04-08-dottoranda-italian.txt", 4.1)]
    [TestCase("r04-15-postdoctoral-research-fellow-psychotherapy.txt", 4.1)]
    [TestCase("r05-07-emotional-support-and-counselling.txt", 7.1)]
    public void Years_are_as_the_review_found_right(string file, double years) =>
        Assert.That(ScoreOf(file).Level.YearsOfExperience, Is.EqualTo(years));

    [TestCase("r07-06-WIDE-where-growing-then-bring-mi.txt", "motivational interviewing", Assertions.Asserted)]
    [TestCase("r07-17-done-by-psychiatrist.txt", "treatment planning", Assertions.Negated)]
    [TestCase("r07-22-carried-out-by.txt", "treatment planning", Assertions.Negated)]
    [TestCase("r07-24-completed-by.txt", "treatment planning", Assertions.Negated)]
    [TestCase("r07-27-not-past-as-this.txt", "therapeutic alliance", Assertions.Asserted)]
    [TestCase("r07-33-currently-training-in.txt", "motivational interviewing", Assertions.Hedged)]
    [TestCase("r07-45-no-a-b-c-or-phrase.txt", "treatment planning", Assertions.Negated)]
    // Guards: the writer among those who do it.
    [TestCase("r07-19-WIDE-done-by-myself.txt", "treatment planning", Assertions.Asserted)]
    [TestCase("r07-20-WIDE-done-by-each-counsellor-incl-me.txt", "treatment planning", Assertions.Asserted)]
    public void Assertions_are_as_the_review_found_right(string file, string phrase, string expected) =>
        Assert.That(ScoreOf(file).Matches.First(m => m.Phrase == phrase).Assertion, Is.EqualTo(expected));
}
