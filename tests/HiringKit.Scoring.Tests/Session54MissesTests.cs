using static HiringKit.Scoring.Tests.LookAlikeTradeTests;
using static HiringKit.Scoring.Tests.Resumes;

namespace HiringKit.Scoring.Tests;

/// <summary>
/// Session 54: the misses of Fresh249 (run once on 2.49.0 before any was read) and the leftovers of Fresh247 and Fresh248 that
/// share their wording.
/// </summary>
public sealed class Session54MissesTests
{
    static string AssertionOf(string text, string phrase) => MatchesOf(text).Single(m => m.Phrase == phrase).Assertion;

    /// <summary>
    /// A skill the writer says, later in its sentence, they are still learning (Fresh249, t06; Fresh248, t06), would not call
    /// themselves proficient in (Fresh249, t05), or practise seldom (Fresh249, t10) is hedged.
    /// </summary>
    [TestCase("- rapport – ok w/ adults, still learning w/ teens (they don't talk much to me yet)", "rapport")]
    [TestCase("- Professional boundaries are the part I'm still learning. In a small town clients know me.", "professional boundaries")]
    [TestCase("Rapport with adults comes easily; with teenagers I am still learning.", "rapport")]
    [TestCase("I use parts of motivational interviewing with clients who are ambivalent about drinking, though I would not call myself proficient.", "motivational interviewing")]
    [TestCase("I use motivational interviewing with some clients, but I wouldn't call myself an expert.", "motivational interviewing")]
    [TestCase("We have a feedback form at the reception. I must be honest, I do not look at the\n  client feedback very often; maybe two times a year.", "client feedback")]
    [TestCase("I don't use the Session Rating Scale much, only with couples.", "session rating scale")]
    public void A_skill_still_being_learned_or_seldom_used_is_hedged(string line, string phrase)
    {
        Assert.That(AssertionOf(With(line), phrase), Is.EqualTo(Assertions.Hedged));
    }

    /// <summary>
    /// A plan or an aim said after the phrase, or as the purpose of training, is aspirational: "A measurement-based care pilot ...
    /// is planned for 2027" (Fresh249, t01), "starting a supervision training ... so that I can offer clinical supervision"
    /// (Fresh249, t05; Fresh247, t08), "My supervisor suggested the Session Rating Scale. I hope to start using it next year"
    /// (Fresh249, t12).
    /// </summary>
    [TestCase("A measurement-based care pilot across UCC Student Counselling is planned for 2027, if the records system allows it.", "measurement-based care")]
    [TestCase("Feedback-informed treatment is planned for next year across the team.", "feedback-informed treatment")]
    [TestCase("I am starting a supervision training in February 2027 so that I can offer clinical supervision\nto newer counsellors at the Trust in time.", "clinical supervision")]
    [TestCase("Completing the supervisor course, so I can provide clinical supervision to associates.", "clinical supervision")]
    [TestCase("My supervisor suggested the Session Rating Scale. I hope to start using it next year, after our team translate it.", "session rating scale")]
    public void A_plan_after_the_phrase_or_a_purpose_of_training_is_aspirational(string line, string phrase)
    {
        Assert.That(AssertionOf(With(line), phrase), Is.EqualTo(Assertions.Aspirational));
    }

    /// <summary>What the writer does and has: the same words about something else, or not about the phrase, leave it claimed.</summary>
    [TestCase("Built rapport with new clients while still learning the agency's records system.", "rapport")]
    [TestCase("Crisis intervention on the walk-in rota; still learning Spanish for sessions with families.", "crisis intervention")]
    [TestCase("Built rapport with new clients and trained the volunteers, who are still learning.", "rapport")]
    [TestCase("- Use active listening and reflective listening to slow sessions down; still learning when to\n  challenge.", "active listening")]
    [TestCase("Treatment planning is scheduled weekly with each client.", "treatment planning")]
    [TestCase("Collaborative goal setting is planned with each client in the first session.", "collaborative goal setting")]
    [TestCase("I use the Session Rating Scale so that I can see how each session lands.", "session rating scale")]
    [TestCase("I give clinical supervision to two associates so that I can offer the team more capacity.", "clinical supervision")]
    [TestCase("I use the Session Rating Scale every session. I hope to start using it in groups too.", "session rating scale")]
    [TestCase("I use the Session Rating Scale with every client; I would not call it perfect.", "session rating scale")]
    public void The_same_words_about_something_else_leave_the_claim(string line, string phrase)
    {
        Assert.That(AssertionOf(With(line), phrase), Is.EqualTo(Assertions.Asserted));
    }

    /// <summary>A denial stays one where the seldom word is no limit of the writer's own practice.</summary>
    [TestCase("I do not provide clinical supervision.", "clinical supervision")]
    [TestCase("I have never used the Session Rating Scale, however often it was suggested.", "session rating scale")]
    [TestCase("I do not use motivational interviewing, and would not call myself proficient in it.", "motivational interviewing")]
    [TestCase("I don't use the Working Alliance Inventory routinely; I ask directly instead.", "working alliance inventory")]
    public void A_denial_stays_one(string line, string phrase)
    {
        Assert.That(AssertionOf(With(line), phrase), Is.EqualTo(Assertions.Negated));
    }
}
