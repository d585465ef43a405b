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
    /// since a year, one the writer dates, and a claim past "and" after another trial stay asserted (two reviews' probes); so do a
    /// trial of something the writer has long done elsewhere and one the team adopted years ago (a second round of reviews).
    /// </summary>
    [TestCase("first-titles/p/r2a_clients_started.txt", "motivational interviewing")]
    [TestCase("second-bullets-sections/p/r2_02_now_starting_rupture.txt", "rupture and repair")]
    [TestCase("second-false-friends-titles/p/d02_we_started_ago.txt", "feedback-informed treatment")]
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
    /// A French CV's student research post in a psychology department is research, as in English: "Assistante de recherche,
    /// Département de psychologie" counted two years of a Lebanese psychologist's (Fresh232, t04: 12 years for 10.2).
    /// </summary>
    [Test]
    public void A_french_research_assistants_post_is_research()
    {
        var score = Score(Filler + """

            EXPÉRIENCE PROFESSIONNELLE

            Psychologue clinicienne - ONG Nour wa Amal, Zahlé                      oct. 2016 - déc. 2020
            - Suivi psychologique individuel d'adultes et d'adolescents; counselling de crise

            Assistante de recherche, Département de psychologie, Université Saint-Joseph    sept. 2014 - juin 2016
            - Saisie et codage des entretiens d'une étude sur l'anxiété des étudiants
            """, AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(4.2).Within(0.3));
    }

    /// <summary>Training denied with its kind between ("not formally trained in") is denied (Fresh232, t06).</summary>
    [Test]
    public void Not_formally_trained_denies_the_training()
    {
        var matches = MatchesOf(With("• I am not formally trained in motivational interviewing and would like to do the MINT introductory workshop in 2027."));

        Assert.That(matches.Single(m => m.Phrase == "motivational interviewing").Assertion, Is.EqualTo(Assertions.Negated));
    }

    /// <summary>
    /// Years after "next" told of the past count though an aim's word stands near: "the next 14 years ..., and I will bring that",
    /// "experience I would bring", "Will County", "Hope House" (a second round of reviews).
    /// </summary>
    [TestCase("second-bullets-sections/p/r1_07_will_experience.txt", 14)]
    [TestCase("second-bullets-sections/x/m10.txt", 14)]
    [TestCase("second-false-friends-titles/x/m1_will.txt", 10)]
    [TestCase("second-false-friends-titles/x/m1_would.txt", 12)]
    [TestCase("second-false-friends-titles/x/m1_hope.txt", 9)]
    public void Years_after_next_beside_an_aims_word_of_another_kind_count(string file, double years)
    {
        var score = Probes.Score("Session51Review", file);

        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(years).Within(0.5));
    }

    /// <summary>
    /// A career changer's volunteer counselling, under a heading of unpaid work or under her post's own line below any heading,
    /// is work, not a course, though every dated post is an auditor's (a second round of reviews: 37 moderate fell to 15).
    /// </summary>
    [TestCase("second-bullets-sections/x/m6.txt")]
    [TestCase("second-bullets-sections/h2/VOLUNTEERING_.txt")]
    [TestCase("second-bullets-sections/h2/VOLUNTEER_EXPERIENCE_.txt")]
    [TestCase("second-bullets-sections/h2/COMMUNITY_.txt")]
    [TestCase("second-bullets-sections/h2/INTERESTS_.txt")]
    [TestCase("third-other-sections/p/b02_caps_employer_line.txt")]
    [TestCase("third-other-sections/p/b08_titlecase_colon.txt")]
    [TestCase("third-other-sections/p/b11_inline_heading.txt")]
    [TestCase("third-other-sections/p/b15_interests_listener.txt")]
    [TestCase("third-other-sections/p/b16_interests_counselling_volunteer.txt")]
    [TestCase("third-other-sections/p/b22_awards.txt")]
    [TestCase("third-other-sections/p/b25_date_line_PRESENT.txt")]
    public void A_career_changers_volunteer_counselling_stays_work(string file)
    {
        var score = Probes.Score("Session51Review", file);

        Assert.That(score.Band, Is.EqualTo("moderate"));
    }

    /// <summary>
    /// Another career's talks and workshops on the alliance weigh as study, whatever the heading's case or note: an HR director's
    /// and a stuffer's "PRESENTATIONS", "WORKSHOPS DELIVERED" (a third review's probes, 50 moderate in 2.46.1).
    /// </summary>
    [TestCase("third-other-sections/p/s01_presentations_ctl.txt")]
    [TestCase("third-other-sections/p/s02_workshops_delivered.txt")]
    public void Another_careers_talks_weigh_as_study(string file)
    {
        var score = Probes.Score("Session51Review", file);

        Assert.That(score.Score, Is.LessThanOrEqualTo(15));
    }
}
