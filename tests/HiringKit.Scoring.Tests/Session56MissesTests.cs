using static HiringKit.Scoring.Tests.LookAlikeTradeTests;
using static HiringKit.Scoring.Tests.Resumes;
using static HiringKit.Scoring.Tests.Session53MissesTests;

namespace HiringKit.Scoring.Tests;

/// <summary>
/// Session 56: the misses of Fresh253 (run once on 2.51.0 before any was read) and three of Fresh252's leftovers that share
/// their structure. Each "should change" case fails on 2.51.0; the rest guard what stays.
/// </summary>
public sealed class Session56MissesTests
{
    static string AssertionOf(string text, string phrase) => MatchesOf(text).Single(m => m.Phrase == phrase).Assertion;

    /// <summary>
    /// Colleagues named as no list names them, read by the object's structure: an institution at its head (t02, t11), colleagues
    /// no counsellor serves in the same words (t05, t06), what they do for the writer, her clients or beside her, with something
    /// in the object naming an organisation (t01, t04, t05, t06, t11; Fresh252, t01), and a partner's med reviews (t09).
    /// </summary>
    [TestCase("Good working alliance with the detox ward of the city hospital, they send patients after discharge.", "working alliance")]
    [TestCase("I keep a working alliance with the halfway house in Mowbray so that residents have a bed to go to.", "working alliance")]
    [TestCase("Working alliance with the Youth Justice caseworkers in the unit - they hold the order, I hold the therapy.", "working alliance")]
    [TestCase("Working alliance with the ODHS Child Welfare caseworkers, who hold the case plan.", "working alliance")]
    [TestCase("Built a working alliance with the Credit Counselling folks two floors down, who see our clients' debts first.", "working alliance")]
    [TestCase("Good rapport with Intake & Navigation, who triage the helpline calls and book our first sessions.", "rapport")]
    [TestCase("Trust building with the pharmacists of the OST unit, so they call us when someone misses the methadone.", "trust building")]
    [TestCase("Good rapport with the detention youth workers on each unit (they see the boys 24/7 and tell me who had a bad night).", "rapport")]
    [TestCase("Trust building with the drug-testing lab, who text me dilute results before the hearing.", "trust building")]
    [TestCase("Good rapport with Spiritual Care, who co-lead the memorial services with us twice a year.", "rapport")]
    [TestCase("Working alliance with the Psychiatry OPD registrars for med reviews (ADHD, depression).", "working alliance")]
    public void Colleagues_by_the_object_s_structure_are_no_claim(string line, string phrase)
    {
        Assert.That(PhrasesOfACounsellor(line), Does.Not.Contain(phrase));
    }

    /// <summary>
    /// The people served keep the phrase, whatever follows them: named in the object, acting only on the writer with no
    /// organisation named, a ward or team named after them, or served in the end of the sentence.
    /// </summary>
    [TestCase("Built rapport with the lads, who tell me things they never tell their coaches.", "rapport")]
    [TestCase("Working alliance with gamers who bring their parents to the second session.", "working alliance")]
    [TestCase("Good rapport with clients at the detox clinic, who phone me between sessions.", "rapport")]
    [TestCase("Working alliance with the adolescent ward's young people, who text me on bad nights.", "working alliance")]
    [TestCase("Built a working alliance with the house, who mostly come to group on time now.", "working alliance")]
    [TestCase("Rapport with the nurses of the ICU, who see me for burnout after deaths.", "rapport")]
    [TestCase("Built a working alliance with each client before any treatment goals were set.", "working alliance")]
    [TestCase("Good rapport with Syrian families at the shelter, who bring their children to group.", "rapport")]
    public void The_people_served_keep_the_claim(string line, string phrase)
    {
        Assert.That(PhrasesOfACounsellor(line), Does.Contain(phrase));
    }

    /// <summary>An earlier post named in the sentence the phrase stands in, as a chef, a waitress or a clerk (t11).</summary>
    [TestCase("As a chef I built rapport with the fishermen at Kalk Bay harbour.")]
    [TestCase("As a waitress I built rapport with regulars in under a minute.")]
    public void Rapport_as_an_earlier_trade_s_post_is_no_claim(string line)
    {
        Assert.That(PhrasesOfACounsellor(line), Does.Not.Contain("rapport"));
    }

    [Test]
    public void Rapport_as_a_counsellor_stays_a_claim()
    {
        Assert.That(PhrasesOfACounsellor("As a counsellor I built rapport with the fishermen who came in after the storm."), Does.Contain("rapport"));
    }

    /// <summary>What the writer denies of her role or her team's practice (t01, t06, t11).</summary>
    [TestCase("- I wouldn't call what we do measurement-based care; the SRS is a conversation starter.", "measurement-based care")]
    [TestCase("- We dropped the Session Rating Scale in 2024: parents scored every session 10/10.", "session rating scale")]
    [TestCase("- I pass my notes to the psychologist; treatment planning is not my job.", "treatment planning")]
    public void A_denial_in_the_writer_s_words_is_negated(string line, string phrase)
    {
        Assert.That(AssertionOf(With(line), phrase), Is.EqualTo(Assertions.Negated));
    }

    [TestCase("- We introduced the Session Rating Scale in 2024 and dropped the paper forms.", "session rating scale")]
    [TestCase("- Treatment planning is my job from intake to discharge.", "treatment planning")]
    [TestCase("- I would call what we do measurement-based care: CORE-10 at every session.", "measurement-based care")]
    public void A_practice_kept_stays_asserted(string line, string phrase)
    {
        Assert.That(AssertionOf(With(line), phrase), Is.EqualTo(Assertions.Asserted));
    }

    /// <summary>
    /// A narrative CV's current post, dated only in its sentence: "Since March 2023 I have worked as a Recovery Counsellor at ..."
    /// (t11), "Since September 2022 I have been a Later Life Counsellor with ..." (Fresh252, t10).
    /// </summary>
    [TestCase("Since March 2023 I have worked as a Recovery Counsellor at a 28-bed residential treatment centre in Cape Town.", 3.7)]
    [TestCase("Since September 2022 I have been a Later Life Counsellor with Age Well Sheffield, three days a week.", 4.2)]
    public void A_post_told_in_a_narrative_sentence_counts_its_years(string sentence, double years)
    {
        var score = Score($"""
            Personal statement

            To the selection panel,

            {sentence} Most of what I offer is active listening, and I build a working alliance with each resident.

            Before this I was a chef for twenty years, 2001 to 2021, in two hotels.
            """, AsOf2026);
        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(years).Within(0.15));
    }

    /// <summary>Not another trade's post, nor a profile's summary over a work section that dates the posts (Fresh157, t11).</summary>
    [Test]
    public void A_sentence_naming_another_trade_or_summing_up_dated_posts_adds_no_post()
    {
        var otherTrade = Score("""
            Personal statement

            Since March 2019 I have worked as a site manager at a building firm, and I volunteer on a listening line.
            I build rapport with callers and use active listening.
            """, AsOf2026);
        Assert.That(otherTrade.Level.YearsOfExperience, Is.Null);

        var summary = Score("""
            ABOUT ME
            Since 2015 I have worked as a counsellor, first in schools and now in a hospice. The therapeutic relationship is
            where I put most of my attention.

            COUNSELLING EXPERIENCE

            Counsellor	2021 – now
            St Anne's Hospice
            - Individual counselling for adults facing bereavement.
            """, AsOf2026);
        Assert.That(summary.Level.YearsOfExperience, Is.EqualTo(5.9).Within(0.15));
        Assert.That(summary.Matches.Select(m => m.Phrase), Does.Contain("therapeutic relationship"));
    }

    /// <summary>
    /// A council's street and waste services are another trade (t12: a sharps and drug litter team leader's ten years read as a
    /// senior counsellor's from his "working alliance with the Gardaí").
    /// </summary>
    [Test]
    public void A_council_s_litter_team_is_another_trade()
    {
        var score = Score("""
            Cian Mac Giolla Rua
            Dublin 8

            EXPERIENCE
            2017 – date	Team Leader, Sharps & Drug Litter Response	Waste Management Services, city council, Dublin
            - Working alliance with the Gardaí from the community policing unit on which stairwells to check.
            - Trust building with the needle exchange van crew every week.
            2010 – 2017	General Operative, Street Cleansing	Waste Management Services, city council, Dublin
            - Early shifts on the quays.
            """, AsOf2026);
        Assert.That(score.Level.YearsOfExperience, Is.Null);
        Assert.That(score.Matches, Is.Empty);
    }

    /// <summary>Goals listed as nouns and dated ahead under a goals heading are aims (t06), not claims.</summary>
    [Test]
    public void A_goal_dated_ahead_under_a_goals_heading_is_an_aim()
    {
        var text = With("GOALS", "Full LPC licensure (hours complete mid-2027), then the Board's approved clinical supervision", "training so I can supervise associates.");
        Assert.That(AssertionOf(text, "clinical supervision"), Is.EqualTo(Assertions.Aspirational));
    }

    [Test]
    public void A_goal_done_in_a_past_year_under_a_goals_heading_stays_a_claim()
    {
        var text = With("GOALS", "Full LPC licensure (completed 2024), clinical supervision of two associates since then.");
        Assert.That(AssertionOf(text, "clinical supervision"), Is.Not.EqualTo(Assertions.Aspirational));
    }

    /// <summary>A doubt ending its sentence, the phrase's own word named again before it, is a hedge (t05).</summary>
    [TestCase("- Client engagement looks great on paper here because they can't leave - whether it's real\n  engagement, honestly, I'm not always sure.", "client engagement", Assertions.Hedged)]
    [TestCase("- Client engagement rose to 80% this year; whether the new rota helped, I'm not sure.", "client engagement", Assertions.Asserted)]
    public void A_doubt_of_the_phrase_s_own_word(string line, string phrase, string expected)
    {
        Assert.That(AssertionOf(With(line), phrase), Is.EqualTo(expected));
    }

    /// <summary>
    /// The first review's overreaches, kept now: people in words no list holds acting on the writer at a named place, people who
    /// come for help or book their own sessions, shared duties, a dropped-in measure, and trainees' and ended posts in a sentence.
    /// </summary>
    [TestCase("Built rapport with the lads at Ballymun Boxing Club, who text me between sessions.", "rapport")]
    [TestCase("Built rapport with newcomers at the Welcome Centre, who call me when housing falls through.", "rapport")]
    [TestCase("Built rapport with Kurdish newcomers at the Refugee Council (they call me for help).", "rapport")]
    [TestCase("Built rapport with the Ngāti Porou whānau, who call me for support.", "rapport")]
    [TestCase("Built rapport with junior doctors, who book our first sessions via the Wellbeing Hub.", "rapport")]
    public void People_served_at_a_named_place_keep_the_claim(string line, string phrase)
    {
        Assert.That(PhrasesOfACounsellor(line), Does.Contain(phrase));
    }

    [TestCase("- Treatment planning is not my job alone - I co-write plans with each client.", "treatment planning")]
    [TestCase("- Clinical supervision is not my job title, but I supervise two trainees weekly.", "clinical supervision")]
    public void A_shared_duty_is_no_denial(string line, string phrase)
    {
        Assert.That(AssertionOf(With(line), phrase), Is.Not.EqualTo(Assertions.Negated));
    }

    /// <summary>The first review's underreaches, read now.</summary>
    [TestCase("- Treatment planning isn't my responsibility; the psychologist writes the plans.", "treatment planning")]
    [TestCase("- We scrapped measurement-based care when funding ended.", "measurement-based care")]
    [TestCase("- I wouldn't describe what we do as measurement-based care.", "measurement-based care")]
    public void More_denials_in_the_writer_s_words(string line, string phrase)
    {
        Assert.That(AssertionOf(With(line), phrase), Is.EqualTo(Assertions.Negated));
    }

    [TestCase("As a chef at the Grand Hotel, I built rapport with regulars.")]
    [TestCase("Working as a waitress, I built rapport with regulars.")]
    [TestCase("Built rapport with probation officers.")]
    [TestCase("Built rapport with St Mary's Youth Services; they see the boys before they reach me.")]
    [TestCase("Led trust building with the drug-testing lab after reporting delays.")]
    public void More_colleagues_and_earlier_posts(string line)
    {
        Assert.That(PhrasesOfACounsellor(line).Intersect(["rapport", "trust building"]), Is.Empty);
    }

    [TestCase("Since 2024 I have been a counsellor in training with Bristol Mind.")]
    [TestCase("Since 2015 I have been a counsellor's assistant at Relate Bristol.")]
    [TestCase("Since 2019 I have been a counsellor at Relate Bristol; it closed in 2022 and I now work in retail.")]
    public void A_trainee_s_an_assistant_s_or_an_ended_post_in_a_sentence_counts_no_years(string sentence)
    {
        var score = Score($"""
            Personal statement

            {sentence} I build rapport with every client.
            """, AsOf2026);
        Assert.That(score.Level.YearsOfExperience, Is.Null.Or.LessThan(1.0));
    }

    /// <summary>A word glossed in parentheses is read by its gloss: court probation officers are colleagues (t02), young people served.</summary>
    [TestCase("Rapport with kuratorzy (court probation officers) is important, because they decide if the patient cooperates.", false)]
    [TestCase("Built rapport with rangatahi (young people) at the marae.", true)]
    [TestCase("Rapport with whanau (extended family) is the start of everything.", true)]
    public void A_glossed_object_is_read_by_its_gloss(string line, bool kept)
    {
        Assert.That(PhrasesOfACounsellor(line).Contains("rapport"), Is.EqualTo(kept));
    }

    /// <summary>
    /// The second review's overreaches, kept now: the object going on to the people served, a staff-support counsellor's clients
    /// who text her, a community, colleagues in crisis, the people served who refer their colleagues, and parties owned by the
    /// people named first.
    /// </summary>
    [TestCase("Built rapport with interpreters, and with the patients themselves.")]
    [TestCase("Built rapport with housing officers, then with young people in their care.")]
    [TestCase("Built rapport with midwives and with the mothers in their care.")]
    [TestCase("Built rapport with colleagues and clients alike.")]
    [TestCase("Built rapport with NHS staff, who text me after night shifts.")]
    [TestCase("Built rapport with the Roma Community, who text me when a crisis hits.")]
    [TestCase("Built rapport with colleagues in crisis through peer counselling.")]
    [TestCase("Built rapport with the officers at Leeds Central station, who refer colleagues after critical incidents.")]
    [TestCase("Built rapport with sergeants and their company commanders, who now refer early.")]
    public void The_people_served_keep_the_claim_after_the_second_review(string line)
    {
        Assert.That(PhrasesOfACounsellor(line), Does.Contain("rapport"));
    }

    [TestCase("- I wouldn't call what we do anything other than measurement-based care.", "measurement-based care")]
    [TestCase("- I wouldn't describe what we do as therapy-lite: it is measurement-based care.", "measurement-based care")]
    [TestCase("- Active listening is not my job, it's my calling.", "active listening")]
    [TestCase("- We dropped the session rating scale for one week during the move, then resumed it.", "session rating scale")]
    public void An_affirmation_worded_as_a_denial_stays_a_claim(string line, string phrase)
    {
        Assert.That(AssertionOf(With(line), phrase), Is.EqualTo(Assertions.Asserted));
    }

    [TestCase("GOALS\nBy 2027, having led clinical supervision for years, I will train supervisors.")]
    [TestCase("GOALS\nBetween 2018 and 2027 (contract end) I deliver clinical supervision to the team.")]
    public void Work_told_under_a_goals_heading_is_no_aim(string lines)
    {
        Assert.That(AssertionOf(With(lines.Split('\n')), "clinical supervision"), Is.Not.EqualTo(Assertions.Aspirational));
    }

    /// <summary>A bare counsellor in a sentence is read as before, its phrases kept; a titled one dates the post.</summary>
    [Test]
    public void A_bare_counsellor_in_a_narrative_sentence_keeps_its_phrases()
    {
        var score = Score("""
            PROFILE
            Since March 2019 I have worked as a counsellor at Leeds Mind. I build rapport with adults and use the session rating scale.

            EDUCATION
            MA Counselling, University of York, 2015
            """, AsOf2026);
        Assert.That(score.Matches.Select(m => m.Phrase), Is.SupersetOf(new[] { "rapport", "session rating scale" }));
    }

    /// <summary>The second review's underreaches, read now.</summary>
    [TestCase("Built rapport with the Spiritual Care team, who book our first sessions.")]
    [TestCase("Built rapport with the youth workers, who co-lead our groups.")]
    [TestCase("Built rapport with staff at the care home, who send residents to me.")]
    [TestCase("Back when I was a chef, I built rapport with my brigade.")]
    [TestCase("As a clerk at the council, I built rapport with residents.")]
    [TestCase("Built rapport with the GPs who referred to us.")]
    [TestCase("Built rapport with the NHS liaison staff who text me when a client is admitted.")]
    public void More_colleagues_and_earlier_posts_after_the_second_review(string line)
    {
        Assert.That(PhrasesOfACounsellor(line), Does.Not.Contain("rapport"));
    }

    [TestCase("- The team stopped using the session rating scale after the audit.", "session rating scale")]
    [TestCase("- We ditched the session rating scale.", "session rating scale")]
    public void More_measures_given_up(string line, string phrase)
    {
        Assert.That(AssertionOf(With(line), phrase), Is.EqualTo(Assertions.Negated));
    }

    /// <summary>After the closing check, Fresh254's misses read: wordings of its writers.</summary>
    [TestCase("- Out-of-hours crisis intervention isn't something the service provides; after 5pm students call the line.", "crisis intervention", Assertions.Negated)]
    [TestCase("- I wouldn't say I have a working alliance with most of them: it's two or three sessions.", "working alliance", Assertions.Negated)]
    [TestCase("- From the summer semester 2027 we will try the Session Rating Scale in my group for stage fright.", "session rating scale", Assertions.Aspirational)]
    [TestCase("- Cultural competency – getting there, slowly. I lean on the kaumātua.", "cultural competency", Assertions.Hedged)]
    [TestCase("- Crisis intervention isn't something I take lightly: two cases this term, both with the duty psychiatrist.", "crisis intervention", Assertions.Asserted)]
    public void After_the_closing_check_its_writers_wordings(string line, string phrase, string expected)
    {
        Assert.That(AssertionOf(With(line), phrase), Is.EqualTo(expected));
    }

    /// <summary>"January 2026 – up to present" dates a post held now (Fresh254, t03).</summary>
    [Test]
    public void Up_to_present_ends_a_range_held_now()
    {
        var score = Score("""
            WORK EXPERIENCE
            Guidance Counselor | Office of Student Affairs, Quezon City | January 2024 – up to present
            • Individual counseling for student-athletes; rapport with each athlete before any goal setting.
            """, AsOf2026);
        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(2.8).Within(0.15));
    }

    /// <summary>A department named as the object doing its own work, and one colleague after "she" (Fresh254, t01, t03, t07).</summary>
    [TestCase("Close working alliance with the Disability Service, who put the exam adjustments in place.", "working alliance")]
    [TestCase("Good rapport with Ma'am Cel of the Athletics Office, she handles eligibility and scholarships.", "rapport")]
    [TestCase("Good rapport with Doktorandombudet (the PhD ombudsperson), who takes the formal complaints.", "rapport")]
    public void A_department_doing_its_own_work_is_no_claim(string line, string phrase)
    {
        Assert.That(PhrasesOfACounsellor(line), Does.Not.Contain(phrase));
    }

    [TestCase("Good rapport with service members, who open up after the second session.", "rapport")]
    [TestCase("Built rapport with the Deaf community, who run their own social club.", "rapport")]
    public void The_people_served_doing_their_own_things_keep_the_claim(string line, string phrase)
    {
        Assert.That(PhrasesOfACounsellor(line), Does.Contain(phrase));
    }

    /// <summary>The third review's overreaches, kept now: a measure given up in part or by no one, a denial narrowed or turned.</summary>
    [TestCase("- We stopped using measurement-based care for six months, then re-introduced it.", "measurement-based care")]
    [TestCase("- The team stopped using the session rating scale with under-12s only.", "session rating scale")]
    [TestCase("- We dropped weekly clinical supervision to fortnightly after budget cuts.", "clinical supervision")]
    [TestCase("- Nobody on the team stopped using the session rating scale.", "session rating scale")]
    [TestCase("- Clinical supervision is not my job to arrange; the service provides it fortnightly.", "clinical supervision")]
    [TestCase("- Measurement-based care isn't something we offer to couples, only to individuals.", "measurement-based care")]
    [TestCase("- Cultural competency was not my job at first, but I now lead the service's training.", "cultural competency")]
    [TestCase("- I wouldn't call what we do rapport building alone; it is a genuine relationship.", "rapport building")]
    public void A_denial_in_part_or_turned_is_no_denial(string line, string phrase)
    {
        Assert.That(AssertionOf(With(line), phrase), Is.Not.EqualTo(Assertions.Negated));
    }

    [TestCase("Built a working alliance with colleagues who self-refer after difficult shifts.", "working alliance")]
    [TestCase("Rapport with probation staff as well as their clients.", "rapport")]
    [TestCase("Rapport with housing officers as well as their tenants.", "rapport")]
    public void Colleagues_served_or_beside_the_people_served_keep_the_claim(string line, string phrase)
    {
        Assert.That(PhrasesOfACounsellor(line), Does.Contain(phrase));
    }

    [Test]
    public void Another_subject_s_counsellor_in_a_narrative_sentence_counts_no_years()
    {
        var score = Score("""
            Personal statement

            Since March 2017 I have been a Financial Counsellor at StepChange, and I see a few therapy clients privately.
            """, AsOf2026);
        Assert.That(score.Level.YearsOfExperience, Is.Null);
    }

    [TestCase("Jun 2020 - upto present")]
    [TestCase("June 2020 – up until now")]
    public void More_ways_to_say_up_to_present(string dates)
    {
        var score = Score($"""
            WORK EXPERIENCE
            Counsellor | City Counselling Centre | {dates}
            • Individual counselling for adults; rapport with each client before goal setting.
            """, AsOf2026);
        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(6.4).Within(0.15));
    }

    /// <summary>"June 2015 up to present" with no dash (the third review's Philippine CV), and "Feb-2020 up to now" (Fresh110, t07).</summary>
    [TestCase("June 2015 up to present", 11.4)]
    [TestCase("Feb-2020 up to now", 6.8)]
    public void Up_to_present_without_a_dash_ends_a_range_held_now(string dates, double years)
    {
        var score = Score($"""
            WORK EXPERIENCE
            Guidance Counselor | St. Paul College, Pasig | {dates}
            • Individual counseling for students; rapport with each student before goal setting.
            • In 2021 up to 40 clients a week at peak.
            """, AsOf2026);
        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(years).Within(0.15));
    }

    [Test]
    public void Up_to_date_naming_what_follows_ends_no_range()
    {
        var score = Score("""
            EXPERIENCE
            Counsellor, Birmingham Mind | 2017 - 2020
            - Kept case notes and treatment planning up to date.
            Counsellor, Private practice 2022 up to date CPD in cultural competency.
            """, AsOf2026);
        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(3.0).Within(0.15));
    }
}
