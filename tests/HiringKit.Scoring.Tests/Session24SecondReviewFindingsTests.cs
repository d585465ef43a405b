namespace HiringKit.Scoring.Tests;

/// <summary>
/// A second independent review in session 24, of the rules written from Fresh39's to Fresh41's misses and the first review's
/// mends: 79 probes found 23 regressions, all mended. Month and two-digit year dates after a word ("at Stairways Behavioral
/// Health 9/22 - present"), a slash, a colon or a parenthesis are a post's, and only a score's change ("rose 2/10 - 8/10") is
/// none; a tab or a wide gap drops only a form's label, not another column's word ("Undergraduate Admissions      Counselor");
/// "Head Teller" and "Teller II" are the bank's; a police "Crisis Negotiator" is another trade again unless the title names the
/// trade; a peer post ends where a year-only counselor's post starts in its last year, and may run on a year into it; "Tech" in
/// "Virginia Tech" is no technician's post; "behavior" alone, "act as" and the Affordable Care Act keep no case manager; a
/// referral is no counselling of the post's own; a break's name anywhere in its sentence, unless a post follows it, and "our
/// newborn twins"; "while raising" after a counselor's title is a post; an interpreter's own caseload; a hanging indent's
/// description after a blank line; a resume's subjectless "with a lot to learn about"; "observed and coached" in a note; "rapport
/// with brand-new clients and their case managers" (the brand managers false friend is withdrawn). Nine of its misses are mended
/// too. The probes live in <c>Probes/Session24SecondReview</c>.
/// </summary>
public sealed class Session24SecondReviewFindingsTests
{
    static ResumeScore ScoreOf(string file) => Probes.Score("Session24SecondReview", file);

    // Regressions mended, with the years the review found right (a year's tolerance, as the corpus counts).
    [TestCase("r01-short-dates-after-word-single-space.txt", 8.5)]
    [TestCase("r02-short-dates-after-slash-colon-semicolon.txt", 11.6)]
    [TestCase("r03-short-dates-dates-label.txt", 10.4)]
    [TestCase("r04-short-dates-after-paren-or-at.txt", 9.5)]
    [TestCase("r05-teller-no-longer-other-trade.txt", 2.3)]
    [TestCase("r06-department-column-admissions-camp-counselor.txt", 5.9)]
    [TestCase("r07-peer-year-only-counselor-start.txt", 7.9)]
    [TestCase("r08-peer-then-virginia-tech-therapist.txt", 5.3)]
    [TestCase("r12-youth-worker-not-counselling-role-referrals.txt", 1.2)]
    [TestCase("r13-break-name-over-six-words-before-dates.txt", 12.3)]
    [TestCase("r14-break-caring-for-our-twins.txt", 8.0)]
    [TestCase("r15-while-raising-after-real-post.txt", 14.9)]
    [TestCase("r16-interpreter-own-caseload-same-clause.txt", 7.9)]
    [TestCase("r17-two-column-table-row-paragraph-after-blank.txt", 8.9)]
    [TestCase("r21-peer-kept-part-time-after-therapist-start.txt", 6.9)]
    // Misses mended: "Present (since 2018, full-time)", a table row opening with "9/22 - present", "Started:" / "Finished:", "To:
    // (Currently employed)", "raising our three young children", a childbirth educator's and a pet behavior consultant's years.
    [TestCase("m01-present-since-with-note.txt", 13.8)]
    [TestCase("m02-short-dates-first-in-table.txt", 10.8)]
    [TestCase("m03-started-finished-labels.txt", 10.2)]
    [TestCase("m04-to-currently-employed-brackets.txt", 11.8)]
    [TestCase("m09-raising-our-children-row.txt", 9.9)]
    [TestCase("m13-childbirth-educator.txt", 2.9)]
    [TestCase("m14-pet-behavior-consultant.txt", 3.8)]
    public void Years_are_as_the_review_found_right(string file, double years) =>
        Assert.That(ScoreOf(file).Level.YearsOfExperience, Is.EqualTo(years).Within(1.0));

    [TestCase("r09-child-welfare-case-manager-behavior.txt")]
    [TestCase("r10-idd-case-manager-behavior-plans.txt")]
    [TestCase("r11-case-manager-act-as-word.txt")]
    public void A_case_manager_outside_mental_health_has_no_years(string file) =>
        Assert.That(ScoreOf(file).Level.YearsOfExperience, Is.Null);

    [Test]
    public void A_police_crisis_negotiator_shows_nothing_of_the_trade() =>
        Assert.That(ScoreOf("r22-police-crisis-negotiator.txt").Score, Is.EqualTo(0));

    [TestCase("r18-graduate-with-a-lot-to-learn.txt", "therapeutic alliance", Assertions.Hedged)]
    [TestCase("r18-graduate-with-a-lot-to-learn.txt", "rupture and repair", Assertions.Hedged)]
    [TestCase("r19-teach-what-they-need-to-learn.txt", "therapeutic alliance", Assertions.Asserted)]
    [TestCase("r20-jobboard-duration-note-not-hedge.txt", "clinical supervision", Assertions.Asserted)]
    [TestCase("r20-jobboard-duration-note-not-hedge.txt", "feedback-informed treatment", Assertions.Asserted)]
    [TestCase("r23-rapport-brand-new-clients-case-managers.txt", "rapport", Assertions.Asserted)]
    [TestCase("m16-denial-variants.txt", "clinical supervision", Assertions.Negated)]
    [TestCase("m16-denial-variants.txt", "working alliance inventory", Assertions.Negated)]
    public void Each_phrase_is_asserted_as_the_review_found_right(string file, string phrase, string assertion) =>
        Assert.That(ScoreOf(file).Matches.Where(m => m.Phrase == phrase).Select(m => m.Assertion), Is.Not.Empty.And.All.EqualTo(assertion));
}
