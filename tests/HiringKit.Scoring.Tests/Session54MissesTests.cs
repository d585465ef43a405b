using static HiringKit.Scoring.Tests.LookAlikeTradeTests;
using static HiringKit.Scoring.Tests.Resumes;
using static HiringKit.Scoring.Tests.Session53MissesTests;

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
    [TestCase("I use parts of motivational interviewing with clients who are ambivalent about drinking, though I would not call myself proficient.", "motivational interviewing")]
    [TestCase("I use motivational interviewing with some clients, though I would not yet call myself proficient.", "motivational interviewing")]
    // After the closing check (Fresh248, t11; Fresh250, t12): a skill that comes hard to the writer.
    [TestCase("- Rapport with seniors who speak mainly Hokkien or Teochew is harder for me. My dialect is basic.", "rapport")]
    [TestCase("- Rapport with older men who have lost their wives comes slower for me, I'm still finding my way.", "rapport")]
    [TestCase("- Crisis intervention on the phone is not easy for me yet.", "crisis intervention")]
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
    [TestCase("I am completing the supervisor course, so I can provide clinical supervision to associates.", "clinical supervision")]
    [TestCase("My supervisor suggested the Session Rating Scale. I hope to start using it next year, after our team translate it.", "session rating scale")]
    [TestCase("My supervisor suggested the Session Rating Scale. I'd like to start using it next year.", "session rating scale")]
    [TestCase("I am taking the state's 30-hour supervisor training this winter,\n  so that I can offer clinical supervision to our LPC-IT staff in 2027.", "clinical supervision")]
    [TestCase("Working towards the supervisor credential so I can eventually offer clinical supervision.", "clinical supervision")]
    [TestCase("Feedback-informed treatment rollout is planned to start in 2027.", "feedback-informed treatment")]
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
    // A review of session 54: a level of another skill, another thing planned, a purpose of a step already taken or of a habit, a
    // measure in use whose use goes on, how long rather than how often.
    [TestCase("Use motivational interviewing daily with clients, though I would not call myself an expert in DBT.", "motivational interviewing")]
    [TestCase("Deliver crisis intervention in English and Spanish, though I would not call myself fluent in Spanish.", "crisis intervention")]
    [TestCase("Weekly therapeutic alliance check-ins with each client; the next session is scheduled for this Friday.", "therapeutic alliance")]
    [TestCase("Motivational interviewing with pre-op clients whose surgery is scheduled for next month.", "motivational interviewing")]
    [TestCase("Delivered crisis intervention for 5 years; a refresher course is planned for 2027.", "crisis intervention")]
    [TestCase("Treatment planning with each client, and follow-ups are scheduled for this month.", "treatment planning")]
    [TestCase("Completed the supervision credential in 2022 so that I can provide clinical supervision to associates.", "clinical supervision")]
    [TestCase("Learned Spanish in 2019 so I can offer motivational interviewing in clients' first language.", "motivational interviewing")]
    [TestCase("I keep my caseload small so I can offer a safe therapeutic environment to each client.", "safe therapeutic environment")]
    [TestCase("The Session Rating Scale is given at the end of every session. I plan to keep using it in private practice.", "session rating scale")]
    [TestCase("Session Rating Scale completed by every client since 2022. I would like to expand it to the group programme.", "session rating scale")]
    // A third review: routines scheduled, duties' participles, a measure in use extended, humility, a past doubt.
    [TestCase("Clinical supervision is scheduled.", "clinical supervision")]
    [TestCase("Crisis intervention appointments are scheduled for next day when a client calls after hours.", "crisis intervention")]
    [TestCase("Motivational interviewing groups are scheduled for Q1 and Q3 each year, I facilitate both.", "motivational interviewing")]
    [TestCase("Taking the on-call phone each weekend so that I can provide crisis intervention between sessions.", "crisis intervention")]
    [TestCase("Studying Spanish so I can offer motivational interviewing to more of our Latino clients.", "motivational interviewing")]
    [TestCase("Session Rating Scale used at every individual session. I plan to introduce it to the group programme next year.", "session rating scale")]
    [TestCase("Crisis intervention; still learning with each client.", "crisis intervention")]
    [TestCase("After twelve years of crisis intervention with adolescents, I am still learning.", "crisis intervention")]
    [TestCase("Rapport with teens comes naturally; DBT I am still learning.", "rapport")]
    [TestCase("Crisis intervention: ten years ago I would not call myself confident at it, now I lead the county mobile crisis team.", "crisis intervention")]
    // A fourth review: a recertification planned, a language course's purpose, a recommended measure in use, the person-centred
    // stance, a past doubt, others still learning, a former trade beside the counselling now, the referrers served in the end.
    [TestCase("Motivational interviewing recertification is scheduled for 2026.", "motivational interviewing")]
    [TestCase("Clinical supervision audit is planned for next spring.", "clinical supervision")]
    [TestCase("I am studying Spanish at level B2 so I can offer motivational interviewing in Spanish.", "motivational interviewing")]
    [TestCase("I will keep my license current so I can provide crisis intervention.", "crisis intervention")]
    [TestCase("The Session Rating Scale was recommended by my supervisor in 2019 and has been used at every session since. I'd like to introduce it to the whole team.", "session rating scale")]
    [TestCase("Person-centered: I wouldn't call myself an expert, the client knows best.", "person-centered")]
    [TestCase("Crisis intervention: in my first placement I would not call myself confident, today I lead the out-of-hours team.", "crisis intervention")]
    [TestCase("Clinical supervision of interns, still learning with me.", "clinical supervision")]
    // A fifth review: a senior's modesty, a concession on another skill's line, another thing planned, a second object, others
    // learning, humility after years, a measure in use in other words.
    [TestCase("I use motivational interviewing with some clients, but I wouldn't call myself an expert.", "motivational interviewing")]
    [TestCase("CORE SKILLS\nMotivational interviewing\nSandtray, but I would not call myself proficient", "motivational interviewing")]
    [TestCase("Motivational interviewing implementation review is planned for 2026.", "motivational interviewing")]
    [TestCase("Clinical supervision rollout to the Leeds hub is planned for next year.", "clinical supervision")]
    [TestCase("I am enrolled in EMDR training so I can offer EMDR and motivational interviewing.", "motivational interviewing")]
    [TestCase("I'm completing my CCS credential and I run late clinics so I can offer crisis intervention to shift workers.", "crisis intervention")]
    [TestCase("Provide clinical supervision, still learning with supervisees.", "clinical supervision")]
    [TestCase("Nineteen years of crisis intervention and I am still learning.", "crisis intervention")]
    [TestCase("Built rapport with hard-to-reach youth for me and the team; harder cases go to the lead.", "rapport")]
    [TestCase("Crisis intervention for clients for whom the nights are hardest, for me the core of the job.", "crisis intervention")]
    [TestCase("Rapport with teenagers is something that comes easily for me.", "rapport")]
    [TestCase("Rapport made it hard for me to leave.", "rapport")]
    [TestCase("Rapport, but filing is harder for me.", "rapport")]
    [TestCase("Rapport, once difficult for me, is now a strength.", "rapport")]
    [TestCase("Crisis intervention on nights was a challenge for me until 2020, now I lead the night team.", "crisis intervention")]
    [TestCase("Rapport with clients who are hard for me to reach.", "rapport")]
    [TestCase("The Session Rating Scale was recommended by my supervisor and is administered at each session. I plan to start graphing it for clients.", "session rating scale")]
    [TestCase("Working alliance is at the heart of my practice and I'm still learning with my clients.", "working alliance")]
    public void The_same_words_about_something_else_leave_the_claim(string line, string phrase)
    {
        Assert.That(AssertionOf(With(line), phrase), Is.EqualTo(Assertions.Asserted));
    }

    /// <summary>A denial stays one where the seldom word is no limit of the writer's own practice.</summary>
    [TestCase("I do not provide clinical supervision.", "clinical supervision")]
    [TestCase("I have never used the Session Rating Scale, however often it was suggested.", "session rating scale")]
    [TestCase("I do not use motivational interviewing, and would not call myself proficient in it.", "motivational interviewing")]
    [TestCase("I don't use the Working Alliance Inventory routinely; I ask directly instead.", "working alliance inventory")]
    [TestCase("Worked without clinical supervision for much of 2023.", "clinical supervision")]
    [TestCase("Not doing treatment planning alone but often together with the family.", "treatment planning")]
    public void A_denial_stays_one(string line, string phrase)
    {
        Assert.That(AssertionOf(With(line), phrase), Is.EqualTo(Assertions.Negated));
    }

    /// <summary>
    /// A resume written all in bullets, one fact a line, under "WORK": each post's title and employer are bullets over a bullet
    /// of its dates (Fresh249, t06, whose posts had no titles and a new counselor's placements no years).
    /// </summary>
    [Test]
    public void A_terse_resume_s_bulleted_posts_have_their_titles()
    {
        var score = Score(Filler + """

            WORK

            - Mental Health Counselor I
            - Riverbend Behavioral Health, Columbus
            - 03/2026–now
            - caseload ~20, intakes, treatment planning
            - crisis intervention on walk-in rotation

            - Counseling Intern
            - Riverbend Behavioral Health (same agency)
            - 05/2025–12/2025
            - co-led DBT skills group

            PRIOR

            - Teller / Sr. Teller
            - Buckeye Federal Credit Union
            - 06/2016–07/2023
            - cash drawer, new accounts
            """, AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(1.5).Within(0.2));
        Assert.That(score.Level.Level, Is.EqualTo("junior"));
    }

    /// <summary>
    /// Referrers named as the ones who refer are a party, whoever they send (Fresh249, t03); the writer's earlier trade named at
    /// the sentence's start makes its rapport that trade's (Fresh249, t05).
    /// </summary>
    [TestCase("Built rapport with the teachers and school counselors who refer students to our clinic (11 schools).", "rapport")]
    [TestCase("Built a working alliance with the GPs who send patients to the service.", "working alliance")]
    [TestCase("Why I left teaching. As a teacher I worked hard at rapport with the students in my class.", "rapport")]
    [TestCase("As a bank teller, I built rapport with customers and students alike.", "rapport")]
    [TestCase("Built rapport with the GPs and practice nurses, who regularly refer clients to us.", "rapport")]
    [TestCase("SUMMARY\nAs a teacher, I build rapport with students.", "rapport")]
    // After the closing check (Fresh250, t04): referrers named by the referrals they make, whatever the words for them.
    [TestCase("Built rapport with the residence dons and faculty advisors who refer students, so they know what we offer.", "rapport")]
    [TestCase("Built a working alliance with the probation officers who refer clients to the programme.", "working alliance")]
    // And a team or unit of colleagues named as one (Fresh250, t01 and t12), whatever its words.
    [TestCase("Good working alliance with the Offender Management Unit; we share risk information.", "working alliance")]
    [TestCase("Built rapport with the wing officers and the Safer Custody team so referrals come early.", "rapport")]
    [TestCase("Trust building with the chaplaincy team and the ward nurses, so they tell me which families need me.", "trust building")]
    public void Referrers_and_an_earlier_trade_s_sentences_are_no_claim(string line, string phrase)
    {
        Assert.That(PhrasesOfACounsellor(line), Has.No.Member(phrase));
    }

    /// <summary>The people served who are referred, and the trade's own post at a sentence's start, keep the claim.</summary>
    [TestCase("Built rapport with the teachers who were referred to us after the school fire.", "rapport")]
    [TestCase("Built rapport with the students who refer themselves and with their teachers.", "rapport")]
    [TestCase("As a school counsellor, I build rapport with students in the first session.", "rapport")]
    [TestCase("As a counselor I worked hard at rapport with each client.", "rapport")]
    [TestCase("Asked as a teacher would, I built rapport with the students.", "rapport")]
    // A review of session 54: the parties as the clients, who refer themselves or manage their own burnout.
    [TestCase("Built rapport with managers who refer themselves for confidential counselling.", "rapport")]
    [TestCase("Built rapport with nurses and doctors who manage burnout and moral injury.", "rapport")]
    [TestCase("Developed a working alliance with pastors who oversee large congregations and seek counselling for burnout.", "working alliance")]
    [TestCase("Built rapport with GPs who refer patients and with the patients themselves.", "rapport")]
    [TestCase("Built rapport with GPs who refer, as well as their patients.", "rapport")]
    [TestCase("Built rapport with HR managers who refer staff and sometimes themselves.", "rapport")]
    [TestCase("Built rapport with young people who refer their friends to the drop-in.", "rapport")]
    [TestCase("Built rapport with the students who refer friends and with their families.", "rapport")]
    [TestCase("Built a working alliance with the family unit as a whole in family sessions.", "working alliance")]
    [TestCase("Built rapport with the crisis team's clients after discharge.", "rapport")]
    [TestCase("Built rapport with young people on the unit through daily check-ins.", "rapport")]
    [TestCase("Built rapport with the team and clients alike.", "rapport")]
    // A review of the team reading: units named after the people served, possessives, a sports side.
    [TestCase("Built rapport with the adolescent unit during weekly groups.", "rapport")]
    [TestCase("Built rapport with the mother and baby unit.", "rapport")]
    [TestCase("Built rapport with the veterans' unit.", "rapport")]
    [TestCase("Built rapport with the under-12s team at the football club's wellbeing programme.", "rapport")]
    [TestCase("Built rapport with the eating disorders unit.", "rapport")]
    [TestCase("As a former teacher, I now build rapport with adolescent clients in weekly counselling.", "rapport")]
    [TestCase("As a retired teacher I use empathy and rapport daily with adolescent clients.", "rapport")]
    public void The_people_served_and_the_trade_s_own_post_keep_the_claim(string line, string phrase)
    {
        Assert.That(PhrasesOfACounsellor(line), Has.Member(phrase));
    }

    /// <summary>
    /// A shopping centre's general manager and its leasing office are another trade's posts: a landlord's "working alliance with
    /// tenants" read as a senior of the trade (Fresh249, t08).
    /// </summary>
    [TestCase("Shopping Centre General Manager")]
    [TestCase("General Manager, Plaza Cumbres")]
    [TestCase("Leasing Analyst")]
    [TestCase("Centro Comercial Galerías – Leasing Director")]
    [TestCase("Havenmeester (Marina Manager)")]
    public void A_general_manager_s_and_an_interpreter_s_posts_are_another_trade_s(string title)
    {
        var score = Score(Filler + $"""

            EXPERIENCE
            {title}
            Plaza Cumbres Poniente, Monterrey, January 2019 - to date
            - Working alliance with tenants: quarterly meetings with every store manager.
            - Empathy for tenants in the 2020 closures: rent relief for 112 small tenants.
            """, AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.Null);
        Assert.That(score.Band, Is.EqualTo("none"));
    }
}
