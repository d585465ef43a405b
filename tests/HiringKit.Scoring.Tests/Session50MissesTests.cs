using static HiringKit.Scoring.Tests.LookAlikeTradeTests;
using static HiringKit.Scoring.Tests.Resumes;

namespace HiringKit.Scoring.Tests;

/// <summary>
/// Session 50: the misses of the two blind sets run that session (Fresh229 and Fresh230, first run on 2.44.0), each read as
/// the layout or wording that caused it, and a corpus page the first mend exposed (Fresh87, t04).
/// </summary>
public sealed class Session50MissesTests
{
    const string Conductor = """
        ANNIKA LINDQVIST
        Conductor | Chief Conductor & Artistic Director, Tasman Sinfonia
        Hobart TAS 7000 · +61 412 555 087

        ABOUT
        Conductor working across symphonic, opera and new-music repertoire, with an interest in orchestras that play as
        chamber musicians.

        APPOINTMENTS

        Chief Conductor & Artistic Director                           2018 season – present
        Tasman Sinfonia, Hobart
        - Rebuilt the working alliance between the orchestra, its board and the players' committee.
        - Rehearsal practice built on active listening: sectional leaders rehearse without me.
        - Strong rapport with players, kept through a hard restructure.

        Assistant Conductor                                               2014 – 2017
        Melbourne Symphonic Orchestra
        - Covered subscription concerts; conducted 60+ education and family concerts.
        """;

    /// <summary>A post dated by its seasons is a post: read, the conductor's career is all another trade's (Fresh229, t09).</summary>
    [Test]
    public void A_post_dated_by_its_seasons_is_a_post()
    {
        var score = Score(Conductor, AsOf2026);

        Assert.That(score.Matches.Where(m => m.Assertion == Assertions.Asserted).Select(m => m.Phrase), Is.Empty);
        Assert.That(score.Score, Is.Zero);
    }

    /// <summary>The counsellor's own season-dated post counts its years, as any post of the trade does.</summary>
    [Test]
    public void A_counsellors_post_dated_by_its_seasons_counts_its_years()
    {
        var score = Score("""
            Jordan Reyes
            Sport and performance counsellor

            EXPERIENCE

            Counsellor, Hobart Hurricanes Player Wellbeing Service           2021 season – present
            - One-to-one counselling for players and staff; the working alliance is built before the season's pressure starts.
            - Crisis intervention after injuries and deselection.
            """, AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(5.8).Within(0.5));
    }

    /// <summary>
    /// The trade's two names over a career changer's posts head work: unread, her practice "since Jan 2022" was no post and its
    /// bullets her profile's (Fresh229, t08: 2.4 years for 4.8).
    /// </summary>
    [TestCase("PSYCHOTHERAPY & COUNSELLING")]
    [TestCase("Counselling and Psychotherapy")]
    public void The_trades_two_names_head_its_posts(string heading)
    {
        var score = Score($"""
            Dr Kerenza Penhaligon
            Integrative Psychotherapist, UKCP registered

            PROFILE
            Integrative psychotherapist in private practice; before that twelve years as an NHS physiotherapist.

            {heading}

            Psychotherapist (UKCP), Penhaligon Therapy, Bristol                 since Jan 2022
            - Open-ended and time-limited work with 16-20 adults a week, in person and online.
            - The working alliance is the first thing I attend to, revisited every six to eight sessions.

            PHYSIOTHERAPY (NHS, previous career)

            Clinical Specialist Physiotherapist, Persistent Pain     Apr 2013 - Dec 2019
            North Bristol NHS Trust
            - Pain management programmes for adults with persistent pain.
            """, AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(4.8).Within(0.2));
        Assert.That(score.Matches.Single(m => m.Phrase == "working alliance").Section, Is.EqualTo(Sections.Experience));
    }

    /// <summary>
    /// "TRAINING &amp; DEVELOPMENT" heads courses: unread, the contact centre's post above ran on through them and the supervision
    /// the counsellor names under "SUPERVISION" left with it (Fresh229, t02).
    /// </summary>
    [Test]
    public void Training_and_development_ends_the_post_above()
    {
        var score = Score("""
            Eilidh McAllister
            Counsellor, Student Counselling Service

            EXPERIENCE

            Counsellor, Student Counselling Service                          Sept 2022 - present
            - Short-term counselling for students; build the therapeutic relationship quickly inside a short-term frame.

            Customer Service Team Leader                              2013 - Sept 2022
            Scottish Widows, Edinburgh Contact Centre
            - Led a team of 12 on the bereavement and claims line.

            TRAINING & DEVELOPMENT
            - COSCA Diploma in Counselling (person-centred), Forth Valley College, 2022
            - COSCA Certificate in Counselling Skills, 2019

            SUPERVISION
            Monthly clinical supervision (1.5 hrs) with an external BACP-accredited supervisor.
            """, AsOf2026);

        Assert.That(score.Matches.Select(m => m.Phrase), Has.Member("clinical supervision"));
    }

    /// <summary>A cycling fit studio's "Bike Fit Clinician" is a fitter, not a clinician of the trade (Fresh230, t04).</summary>
    [Test]
    public void A_bike_fit_clinician_is_another_trade()
    {
        var score = Score("""
            Donal Fahy
            Oranmore, Co. Galway

            SUMMARY
            Bike fitter with ten years in Irish and UK fit studios: road, gravel, triathlon and para-cycling.

            EMPLOYMENT HISTORY

            Bike Fit Clinician (Lead), Atlantic Cycle Lab, Galway            2021-05 - present
            - About 450 fits a year: saddle height and setback, cleat alignment, reach and stack.
            - Build rapport with riders in the pre-fit interview: riding history, goals, races.
            - Introduced a client feedback survey at 2 and 6 weeks after every fit.

            Sales Associate, then Fit Technician, Evans Cycles, Glasgow      2016-03 - 2018-08
            - Bike sales and basic fits.
            """, AsOf2026);

        Assert.That(score.Score, Is.Zero);
        Assert.That(score.Level.Level, Is.Null);
    }

    /// <summary>
    /// Posts of the trade whose dates the reader cannot read, above dated posts of other trades: the career is not all another
    /// trade's (Fresh230, t12: dates in words, and a senior counsellor's page scored 1, none).
    /// </summary>
    const string UndatedCounsellor = """
        SHARLENE RAMDIAL-JOSEPH, MSc
        Chaguanas, Trinidad and Tobago

        SUMMARY OF QUALIFICATIONS
        Counselling with families, couples and individuals in the public sector in Trinidad.

        PROFESSIONAL EXPERIENCE

        Senior Counsellor (Programme Coordinator, Central Region)
        Family Services Division, Ministry of Social Development and Family Services
        From the first of April, two thousand and twenty, to the present
        · Clinical supervision of the five counsellors and two MSc interns each term.
        · Carry a reduced caseload of 10-12 families (domestic violence, parenting, grief).
        · Treatment planning with each family after assessment, shared with the Family Court.
        · Crisis intervention for walk-in clients after family violence.

        Part-time Lecturer (adjunct)
        The University of the West Indies, St. Augustine - Department of Behavioural Sciences
        2019 to date (one course per year, concurrent)
        · Teach "Counselling Skills I"; assessment of role-plays.

        Secondary School Teacher (Social Studies)
        Ministry of Education - Chaguanas North Secondary
        September 2008 to July 2015
        """;

    [Test]
    public void Undated_posts_of_the_trade_keep_the_career_in_it()
    {
        var score = Score(UndatedCounsellor, AsOf2026);

        Assert.That(score.Matches.Where(m => m.Assertion == Assertions.Asserted).Select(m => m.Phrase),
            Is.SupersetOf(new[] { "clinical supervision", "treatment planning", "crisis intervention" }));
        Assert.That(score.Level.Level, Is.EqualTo(Levels.Senior));
    }

    /// <summary>A line that only mentions counsellors, or a form's label naming one, is no undated post.</summary>
    [TestCase("a young shearer in 2021 – the counsellors come to the woolshed", "Senior Counsellor (Programme Coordinator, Central Region)")]
    [TestCase("Supervisor name/title/phone: M. Orozco, Senior Counsellor", "Senior Counsellor (Programme Coordinator, Central Region)")]
    public void Only_a_title_line_is_an_undated_post(string line, string title)
    {
        var score = Score(UndatedCounsellor.Replace(title, line), AsOf2026);

        Assert.That(score.Matches.Where(m => m.Assertion == Assertions.Asserted).Select(m => m.Phrase), Is.Empty);
    }

    /// <summary>
    /// A result's years closing a bullet's sentence, wrapped onto the next line, are no post (Fresh230, t12: "rose from 54% to 71%
    /// across the region (2021-2023)." read as a post of two years made a senior of eleven a mid).
    /// </summary>
    [Test]
    public void A_results_years_in_a_wrapped_bullet_are_no_post()
    {
        var score = Score(UndatedCounsellor.Replace("· Carry a reduced caseload", """
            · Introduced a second-session check-in call; client retention beyond session three
              rose from 54% to 71% across the region (2021-2023).
            · Carry a reduced caseload
            """), AsOf2026);

        Assert.That(score.Level.Level, Is.EqualTo(Levels.Senior));
        Assert.That(score.Level.Evidence.Select(e => e.Text), Has.None.Contains("2021-2023"));
    }

    /// <summary>
    /// A state's application form notes the dates' format before the colon: "From (mo/yr): 07/2020   To (mo/yr): Present"
    /// (Fresh87, t04: unread, a correctional counselor's posts were none, and only a bullet's caseload years kept the page another
    /// trade's).
    /// </summary>
    [Test]
    public void A_forms_dates_with_their_format_noted_are_read()
    {
        var score = Score("""
            EXAMINATION / EMPLOYMENT APPLICATION
            Name: Dana Whitfield

            PART 3 - EMPLOYMENT HISTORY

            From (mo/yr): 07/2020        To (mo/yr): Present
            Employer: Riverbend Behavioral Health, Dayton, OH
            Job Title: Mental Health Counselor
            Duties and Responsibilities:
            - Individual and group counseling for adults; therapeutic alliance and collaborative goal setting; caseload of 30.

            From (mo/yr): 09/2015        To (mo/yr): 06/2020
            Employer: Kroger Marketplace, Dayton, OH
            Job Title: Cashier / Shift Lead
            Duties and Responsibilities:
            - Register, stocking, customer service.
            """, AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(6.3).Within(0.2));
    }
}
