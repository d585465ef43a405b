using static HiringKit.Scoring.Tests.LookAlikeTradeTests;
using static HiringKit.Scoring.Tests.Resumes;

namespace HiringKit.Scoring.Tests;

/// <summary>
/// Session 48: resumes of business and service trades whose own working relationships use the glossary's words (a maritime
/// pilot's "working alliance with the master", a mountain guide's "trust building" with clients on the rope, a customs broker's
/// "client retention"), read after the corpus report showed them still matching.
/// </summary>
public sealed class Session48OtherTradesTests
{
    /// <summary>Dates on a line of their own over each post, as a Norwegian CV has them (Fresh117, t03).</summary>
    const string StatePilot = """
        Eirik Haugen
        Bergen, Norway | eirik.haugen@example.no | +47 912 34 567

        SUMMARY
        State pilot with twelve years of pilotage in the Bergen fairways, and eight years at sea before that.

        WORK EXPERIENCE

        01.03.2014 – present
        Los (State Pilot), Kystverket Vest, Bergen losstasjon
        - Pilotage of tankers and cruise ships up to 300 m; approx. 180 acts of pilotage per year.
        - The working alliance with the master and officer of the watch decides the trip.
        - Trust building with the master on foreign-flagged ships; rapport with masters new to the fjord.

        aug. 2006 – feb. 2014
        Kaptein (Master), PSV/AHTS, Solstad Offshore ASA, Skudeneshavn
        - Master on platform supply and anchor-handling vessels in the North Sea.
        """;

    /// <summary>A counselor who was a maritime pilot keeps her counselling post's phrases: her page shows the trade.</summary>
    [Test]
    public void A_counselor_who_was_a_pilot_keeps_her_alliance()
    {
        var score = Score(StatePilot.Replace("WORK EXPERIENCE\n", """
            WORK EXPERIENCE

            Jan 2024 – present
            Mental Health Counselor, Fjordside Counselling Centre
            - Individual counselling for adults; the working alliance is built in the first sessions.

            """), AsOf2026);

        Assert.That(Evidence(score).Select(m => m.Phrase), Has.Member("working alliance"));
    }

    /// <summary>A post whose lines tell counselling done keeps the synonym, however its title reads (issue 16, item 3).</summary>
    [Test]
    public void A_post_whose_lines_tell_counselling_done_keeps_the_alliance()
    {
        var score = Score(StatePilot.Replace("WORK EXPERIENCE\n", """
            WORK EXPERIENCE

            Jan 2024 – present
            Wellbeing Lead, Fjordside Academy
            - Weekly one-to-one counselling sessions with students referred for anxiety; a working alliance built over the term.

            """).Replace("The working alliance with the master", "The exchange with the master"), AsOf2026);

        Assert.That(Evidence(score).Select(m => m.Phrase), Has.Member("working alliance"));
    }

    /// <summary>A keyword list's synonyms are a stuffer's claim of the trade, read as the lists always were (s07).</summary>
    [Test]
    public void A_keyword_lists_synonym_still_puts_the_trade_on_the_page()
    {
        var score = Score(StatePilot + """

            SKILLS
            Working alliance, therapeutic relationship, rapport, active listening, empathy, crisis intervention
            """, AsOf2026);

        Assert.That(Evidence(score).Select(m => m.Phrase), Has.Member("therapeutic relationship"));
    }

    /// <summary>Under a post of the trade, a dated bullet naming another trade's post stays that post's, as it always was.</summary>
    [Test]
    public void A_dated_bullet_under_a_counselors_post_stays_the_counselors()
    {
        var score = Score(Header + """
            EXPERIENCE

            Licensed Professional Counselor, Riverbend Counseling Center            2015 – Present
              - Individual counseling for adults with anxiety and depression; caseload of 28.
              - 2020 – 2021: Acting Practice Manager during the director's leave
              - Built rapport with clients referred by their primary care physicians.
            """, AsOf2026);

        Assert.That(Evidence(score).Select(m => m.Phrase), Has.Member("rapport"));
    }

    /// <summary>
    /// A practitioner under a title the scorer does not know, who was an engineer before: her alliance with each client stands in
    /// her own post's lines, not in the engineer's, and keeps the trade and its years (session 48's review, R1: m1, a01, c05).
    /// </summary>
    [Test]
    public void A_practitioners_alliance_in_her_own_post_under_an_unknown_title_is_kept()
    {
        var score = Score(Header + """
            EXPERIENCE
            CBT Practitioner, Leeds Talking Space                 2021 - Present
            - Caseload of 22 adults with anxiety and low mood
            - I build a strong working alliance with each client

            Mechanical Engineer, Siemens Energy                   2011 - 2020
            - Designed gas turbine casings
            """, AsOf2026);

        Assert.That(Evidence(score).Select(m => m.Phrase), Has.Member("working alliance"));
    }

    /// <summary>
    /// A post indented under a teacher's bullets with its dates on its own line is a post, not a bullet's wrapped sentence: the
    /// psychotherapist keeps it (session 48's review, R3: g13, g01).
    /// </summary>
    [Test]
    public void An_indented_post_with_its_dates_under_a_teachers_bullets_is_a_post()
    {
        var score = Score(Header + """
            EXPERIENCE
            Secondary Science Teacher, Olchfa School, Swansea                        2010 - Present
            - Teach chemistry to years 10-13
            - Head of year 9 since 2019
               part-time psychotherapist, Mind Swansea                                2016 - 2023
            - Saw 8 adults a week; working alliance built with each over open-ended work
            - BACP registered; monthly supervision
            """, AsOf2026);

        Assert.That(Evidence(score).Select(m => m.Phrase), Has.Member("working alliance"));
    }

    /// <summary>
    /// A dated bullet naming a lecturer's post inside a private practice whose title names no trade: the block the bullet opens
    /// holds the practice's own lines, which stay the counselor's (session 48's review, R2: e01).
    /// </summary>
    [Test]
    public void A_dated_lecturers_bullet_inside_a_private_practice_keeps_the_practices_alliance()
    {
        var score = Score(Header + """
            EXPERIENCE
            Private Practice, York                                   2014 - Present
            - Open-ended work with 18 adults a week (grief, trauma, relationship endings)
            - Sessional Lecturer, York St John University (2018 - 2022): taught the skills module
            - I build a strong working alliance with each client from the first session
            - Monthly supervision (BACP)
            """, AsOf2026);

        Assert.That(Evidence(score).Select(m => m.Phrase), Has.Member("working alliance"));
    }

    /// <summary>
    /// A career changer's synonym in her profile, above a post whose title the scorer does not know and an earlier post of
    /// another trade, is her own client work: it keeps the trade on the page (a review of session 49, R1: m1, f14, f16, b07).
    /// </summary>
    [Test]
    public void A_former_teachers_profile_alliance_with_each_client_is_kept()
    {
        var score = Score(Header + """
            PROFILE
            Former teacher. I build a strong working alliance with each client.

            EXPERIENCE
            Wellbeing Practitioner, Mind in Leeds        2022 - present
            - Weekly 1:1 sessions with 12 adults
            Teacher, Leeds City Council                 2010 - 2022
            """, AsOf2026);

        Assert.That(Evidence(score).Select(m => m.Phrase), Has.Member("working alliance"));
    }

    /// <summary>
    /// Under EXPERIENCE outside a dated post: an undated current post's lines, and a lead paragraph above the posts (a review of
    /// session 49, R2: m2, e01, m3, b03).
    /// </summary>
    [TestCase("""
        EXPERIENCE
        Gestalt Practitioner, private practice, Leeds - current
        Weekly sessions with 10 adults; a strong working alliance with each client.

        Teacher, Leeds City Council - 2010 to 2022
        Year 5 class teacher.
        """)]
    [TestCase("""
        EXPERIENCE
        Since retraining I have kept a strong working alliance with every client.

        Wellbeing Practitioner, Mind in Leeds        2022 - present
        Teacher, Leeds City Council                 2010 - 2022
        """)]
    public void An_alliance_under_experience_outside_a_dated_post_is_kept(string experience)
    {
        var score = Score(Header + experience, AsOf2026);

        Assert.That(Evidence(score).Select(m => m.Phrase), Has.Member("working alliance"));
    }

    /// <summary>A page that tells psychotherapy done in words of its own keeps its alliance (a review of session 49, R3: m4, k03).</summary>
    [Test]
    public void A_former_teacher_now_providing_psychotherapy_keeps_her_alliance()
    {
        var score = Score(Header + """
            PROFILE
            Former teacher, now providing psychotherapy to adults. I measure the working alliance every session.

            EXPERIENCE
            Associate, Leeds Wellbeing Rooms             2022 - present
            - 12 adults weekly
            Teacher, Leeds City Council                 2010 - 2022
            """, AsOf2026);

        Assert.That(Evidence(score).Select(m => m.Phrase), Has.Member("working alliance"));
    }
}
