using static HiringKit.Scoring.Tests.LookAlikeTradeTests;
using static HiringKit.Scoring.Tests.Resumes;

namespace HiringKit.Scoring.Tests;

/// <summary>
/// Session 51: the misses of the blind set run at the end of session 50 (Fresh243, first run on 2.46.0), each read as the
/// wording that caused it.
/// </summary>
public sealed class Session51MissesTests
{
    const string NewCounsellor = """
        Nomvula Mthembu
        Registered Counsellor (HPCSA)

        WORK EXPERIENCE

        Registered Counsellor
        Umsunduzi Trauma and Support Centre, Pietermaritzburg            January 2026 – ongoing
           -> Short-term counselling (up to 6 sessions) for adults and teenagers after assault and bereavement
           -> Intake interviews and screening (PHQ-9, GAD-7); referral to the clinical psychologist

        SKILLS
           -> Active listening
           -> Empathy and a non-judgemental attitude

        GOALS
        {0}
        """;

    /// <summary>Years still to come are no experience: the new counsellor's goal made her two years' and mid (Fresh243, t10).</summary>
    [TestCase("In the next two years I hope to gain more experience in trauma counselling and in treatment planning.")]
    [TestCase("Over the coming 3 years I want to build experience in trauma counselling.")]
    public void Years_still_to_come_are_no_experience(string goal)
    {
        var score = Score(string.Format(NewCounsellor, goal), AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.LessThan(1.5));
        Assert.That(score.Level.Level, Is.EqualTo(Levels.Junior));
    }

    /// <summary>Years the writer states of her past still count, beside a goal's.</summary>
    [Test]
    public void Years_of_experience_stated_beside_a_goal_still_count()
    {
        var score = Score(string.Format(NewCounsellor,
            "Over 6 years of experience in trauma counselling before registering; in the next two years I hope to supervise."), AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.GreaterThanOrEqualTo(5.5));
    }

    /// <summary>A tool the writer has just started trying out is a hedge (Fresh243, t11).</summary>
    [TestCase("Have started trying the Session Rating Scale with a few clients this year, with my supervisor's help.")]
    [TestCase("I am starting to try the Session Rating Scale with some couples.")]
    public void A_tool_just_being_tried_out_is_hedged(string line)
    {
        var matches = MatchesOf(With(line));

        Assert.That(matches.Single(m => m.Phrase == "session rating scale").Assertion, Is.EqualTo(Assertions.Hedged));
    }

    /// <summary>A tool the writer has used since a date is the work, tried or not.</summary>
    [Test]
    public void A_tool_used_since_a_date_is_asserted()
    {
        var matches = MatchesOf(With("Started using the Session Rating Scale in 2019 and rolled it out to the team in 2021."));

        Assert.That(matches.Single(m => m.Phrase == "session rating scale").Assertion, Is.EqualTo(Assertions.Asserted));
    }

    const string Drummer = """
        Lamine Ndiaye
        Drummer and percussion teacher, Dakar

        EXPERIENCE

        Founder & Head Teacher - Ecole de Batterie Lamine, Dakar
        Sept. 2016 - present
        - Weekly lessons for 60 students; a termly concert and a WhatsApp practice group.

        Drum Circle Facilitator (freelance)
        2019 - present
        - Corporate drum circles for banks, telecoms and NGOs: trust building and team
          cohesion through rhythm; 20-150 participants.
        - Monthly drum circle at a private addiction clinic in Ngor (2022-2024), alongside the clinic's
          music therapist: I lead the rhythm, the therapist leads the therapy and the discussion.
        - Active listening exercises: groups learn to hear the "mother drum" and answer it, a
          skill I also use in teaching ensemble playing.

        Session and Touring Drummer
        2010 - present (selected)
        - Studio sessions for 30+ albums in Dakar
        """;

    /// <summary>
    /// Years in brackets inside a bullet whose sentence goes on past them date an activity of the post above, not a post: read as
    /// one, of the trade, a drummer's drum circle at a clinic made him a mid counsellor (Fresh214, t08).
    /// </summary>
    [Test]
    public void Years_in_brackets_inside_a_bullets_sentence_are_no_post()
    {
        var score = Score(Drummer, AsOf2026);

        Assert.That(score.Level.Level, Is.Null);
        Assert.That(score.Score, Is.Zero);
    }

    /// <summary>
    /// An earlier post written as a bullet, its sentence going on past its years, stays a post: only years inside the post
    /// above's are read as its activity.
    /// </summary>
    [Test]
    public void An_earlier_post_written_as_a_bullet_stays_a_post()
    {
        var score = Score(Filler + """

            EXPERIENCE
            Clinical Director, Bayou City Counseling
            09/2014 – present
            - Supervise 14 counselors; therapeutic alliance training for new hires
            - Before this, staff therapist at Lakeside Behavioral Health (2009 – 2014), caseload of 40 adult clients
            """, AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.GreaterThan(16.5));
    }

    const string DemobilisationOfficer = """
        PERSONAL HISTORY PROFILE

        PROFESSIONAL SUMMARY
        Disarmament, Demobilisation and Reintegration (DDR) specialist with twelve years in eastern DRC.

        EMPLOYMENT RECORD

        From: 07/2021   To: Present
        Exact title of your post: Reintegration Officer (NOC)
        Name of employer: MONUSCO - DDR/RR Section
        Description of your duties:
        - Sensitisation missions in Masisi and Rutshuru: built rapport with armed group commanders
          through local chiefs and churches before any surrender was negotiated.
        - Trust building between ex-combatants and host communities through CVR labour projects.
        - Keep a working alliance with the FARDC liaison officers and the provincial coordination.
        - Active listening with commanders and community leaders in the local peace committees.
        - Psychosocial cases are referred to the psychologists of our partner NGOs.
        """;

    /// <summary>
    /// A demobilisation officer's rapport and active listening with commanders, his working alliance with liaison officers and the
    /// trust he builds between ex-combatants and their hosts are false friends (Fresh214, t10: 40 moderate, a senior counsellor).
    /// </summary>
    [Test]
    public void A_demobilisation_officers_alliances_are_false_friends()
    {
        var score = Score(DemobilisationOfficer, AsOf2026);

        Assert.That(score.Matches.Where(m => m.Assertion == Assertions.Asserted), Is.Empty);
        Assert.That(score.Score, Is.Zero);
    }

    /// <summary>A counsellor's rapport with the ex-combatants she counsels is the trade's.</summary>
    [Test]
    public void A_counsellors_rapport_with_ex_combatants_counts()
    {
        var matches = MatchesOf(With("Trauma counselling for ex-combatants: built rapport and trust building with ex-combatants in weekly groups."));

        Assert.That(matches.Select(m => m.Phrase), Is.SupersetOf(new[] { "rapport", "trust building" }));
    }

    /// <summary>
    /// On a page whose every dated post is another trade's, a phrase under a heading of its own kind counts as a course's does, not
    /// a post's: a cupping therapist's in-house course on "the therapeutic relationship with the cupping client" made him
    /// moderate (Fresh214, t02).
    /// </summary>
    [Test]
    public void Another_careers_training_given_counts_as_study()
    {
        var score = Score("""
            CURRICULUM VITAE
            Name: Faisal Al-Harbi
            Position applied for: Senior Hijama Therapist

            WORK EXPERIENCE

            Senior Hijama Therapist
            Al-Shifa Complementary Medicine Centre, Riyadh
            August 2021 - present
            - Perform 25-35 wet and dry cupping sessions per week; prepare sterile field, single-use cups and blades.
            - Supervise 3 junior therapists and 2 assistants; daily checklist for sterilisation and waste.

            Cupping and Massage Assistant
            Al-Rawdah Sports Club, Riyadh
            January 2016 - March 2018
            - Assisted the club's massage therapist with dry cupping and sports massage for players.

            TRAINING GIVEN
            - In-house course for new therapists: "The therapeutic relationship with the cupping client:
              trust, privacy and modesty", 4 hours, 2023 and 2025
            """, AsOf2026);

        Assert.That(score.Score, Is.LessThanOrEqualTo(15));
    }

    /// <summary>A counsellor's training given under its own heading still counts as her work.</summary>
    [Test]
    public void A_counsellors_training_given_still_counts_as_work()
    {
        var score = Score("""
            Amal Haddad, Licensed Mental Health Counselor

            WORK EXPERIENCE

            Mental Health Counselor
            Amman Family Counselling Centre
            August 2016 - present
            - Individual counselling for adults with anxiety and depression; caseload of 25.

            TRAINING GIVEN
            - In-house course for new counsellors: "The therapeutic alliance in the first three sessions", 2023 and 2025
            """, AsOf2026);

        Assert.That(score.Matches.Single(m => m.Phrase == "therapeutic alliance").Section, Is.EqualTo("other"));
        Assert.That(score.Score, Is.GreaterThan(15));
    }

    /// <summary>Years after "next" told of the past count: "I spent the next 14 years as a school counsellor" (a review's probe).</summary>
    [Test]
    public void Years_after_next_told_of_the_past_count()
    {
        var score = Probes.Score("Session51Review", "first-years-trials/p/r1_03.txt");

        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(14).Within(0.5));
        Assert.That(score.Level.Level, Is.EqualTo(Levels.Senior));
    }

    /// <summary>
    /// A trial is hedged only as the writer's own, near the phrase and undated: clients' or trainees' trials, a service's trial
    /// since a year, one the writer dates, and a claim past "and" after another trial stay asserted (two reviews' probes).
    /// </summary>
    [TestCase("first-titles/p/r2a_clients_started.txt", "motivational interviewing")]
    [TestCase("first-titles/p/r2e_since_we_started.txt", "feedback-informed treatment")]
    [TestCase("first-years-trials/p/r2_04.txt", "working alliance")]
    [TestCase("first-years-trials/p/r2_22.txt", "therapeutic alliance")]
    [TestCase("first-years-trials/p/r2_07.txt", "motivational interviewing")]
    public void Someone_elses_or_a_dated_trial_hedges_nothing(string file, string phrase)
    {
        var score = Probes.Score("Session51Review", file);

        Assert.That(score.Matches.Where(m => m.Phrase == phrase).Select(m => m.Assertion), Is.All.EqualTo(Assertions.Asserted).And.Not.Empty);
    }

    /// <summary>
    /// A kidnap and ransom insurer's "Crisis Response Consultant" is another trade: once his bullet's years were no post of
    /// their own, his two consultant posts read as the trade's and he scored 45, senior (Fresh215, t11).
    /// </summary>
    [Test]
    public void A_crisis_response_consultant_is_another_trade()
    {
        var score = Score(File.ReadAllText(Path.Combine(TestContext.CurrentContext.TestDirectory, "Corpus", "Fresh215", "t11-ashdown.txt")), AsOf2026);

        Assert.That(score.Level.Level, Is.Null);
        Assert.That(score.Score, Is.Zero);
    }
}
