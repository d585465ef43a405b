namespace HiringKit.Scoring.Tests;

/// <summary>
/// An independent review in session 37, of the rules written from Fresh152 and Fresh176-179's misses (research and data trades,
/// key workers, doctoral posts, a post's own "No caseload", a profile's "I am not a counsellor", spaced-slash and Spanish dates,
/// liaison counsellors, learning and exploring, listed denials), by a helper who saw only two builds' answers (b1b73a5 against
/// 7a3825b): 191 probes, 5 regressions, mended. "No caseload, supervised 8 counselors" left a clinical supervisor's, a clinical
/// director's and a liaison psychologist's posts out (now a clinical or psychologist's post is left out only for research said of
/// it); "I am not a counsellor: I am a clinical psychologist" left a psychologist's posts out (now a post of the trade named after
/// it keeps them). Mended too, of its still-wrong variants: a data manager or psychometrist whose employer's name holds the field,
/// Spanish and French doctoral candidates and a short "Postdoc", "Currently learning", "Aim: to", "Objective: to", and "no A, B or
/// C planning". The probes live in <c>Probes/Session37Review</c> with the review's summary; each case but the guards fails on the
/// reviewed build.
/// </summary>
public sealed class Session37ReviewFindingsTests
{
    static ResumeScore ScoreOf(string file) => Probes.Score("Session37Review", file);

    [TestCase("r04-06-clinical-supervisor-no-caseload-wide.txt", 7.1)]
    [TestCase("r04-07-psychologist-no-caseload-cl-wide.txt", 7.1)]
    [TestCase("r04-18-clinical-director-no-caseload-wide.txt", 7.1)]
    [TestCase("r05-05-not-a-counsellor-but-clin-psych-wide.txt", 7.1)]
    [TestCase("r05-17-not-a-counsellor-psychotherapist-clinical-lead-wide.txt", 7.1)]
    [TestCase("r04-12-psychologist-research-only-comma.txt", 4.1)]
    [TestCase("r04-16-counselling-service-manager-no-client-contact.txt", 4.1)]
    [TestCase("r01-06-data-manager.txt", 4.1)]
    [TestCase("r01-22-research-data-analyst-variant.txt", 4.1)]
    [TestCase("r01-23-clinical-data-coordinator-variant.txt", 4.1)]
    [TestCase("r01-27-psychometrist-at-psychotherapy-clinic.txt", 4.1)]
    [TestCase("r03-08-doctorando-spanish-variant.txt", 4.1)]
    [TestCase("r03-09-doctorante-french-variant.txt", 4.1)]
    [TestCase("r03-10-postdoc-short-variant.txt", 4.1)]
    public void Years_are_as_the_review_found_right(string file, double years) =>
        Assert.That(ScoreOf(file).Level.YearsOfExperience, Is.EqualTo(years));

    [TestCase("r08-04-currently-learning-variant.txt", "motivational interviewing", Assertions.Hedged)]
    [TestCase("r08-08-aim-to-variant.txt", "therapeutic alliance", Assertions.Aspirational)]
    [TestCase("r08-09-objective-to-variant.txt", "treatment planning", Assertions.Aspirational)]
    [TestCase("r08-12-no-a-b-or-c-variant.txt", "treatment planning", Assertions.Negated)]
    [TestCase("r08-33-learning-tp-approaches.txt", "treatment planning", Assertions.Hedged)]
    // Guards the review kept right: a colon ends a listed denial; what is explored with clients is done.
    [TestCase("r08-20-no-x-or-y-across-clause-wide.txt", "motivational interviewing", Assertions.Asserted)]
    [TestCase("r08-21-exploring-done-work-wide.txt", "therapeutic alliance", Assertions.Asserted)]
    public void Assertions_are_as_the_review_found_right(string file, string phrase, string expected) =>
        Assert.That(ScoreOf(file).Matches.First(m => m.Phrase == phrase).Assertion, Is.EqualTo(expected));
}
