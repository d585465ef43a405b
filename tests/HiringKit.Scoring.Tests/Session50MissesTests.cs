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

    /// <summary>Another service's welfare counsellor stays another subject's adviser (a second review of session 50).</summary>
    [TestCase("Child Welfare Counselor, County Child Protective Services")]
    [TestCase("Welfare Counselor, County Department of Social Services")]
    [TestCase("Animal Welfare Counselor, City Animal Shelter")]
    [TestCase("International Student Welfare Counsellor, City University")]
    // A served group's welfare counsellor whose lines tell no counselling (a third review).
    [TestCase("Student Welfare Counsellor – Scholarships and Fee Concessions")]
    public void Another_services_welfare_counsellor_is_not_the_trades(string title)
    {
        var score = Score($"""
            Dana Morales
            Fresno, CA

            EXPERIENCE

            {title}
            2015 – present
            - Eligibility interviews and case reviews; rapport building and active listening with families.

            Administrative Assistant, Fresno County
            2011 – 2015
            - Filing, scheduling and reception.
            """, AsOf2026);

        Assert.That(score.Level.Level, Is.Null);
        Assert.That(score.Matches.Where(m => m.Assertion == Assertions.Asserted).Select(m => m.Phrase), Is.Empty);
    }

    /// <summary>
    /// A student welfare counsellor whose lines tell counselling on fees stays another subject's; one whose lines tell counselling
    /// for anxiety is the trade's (a fourth review of session 50).
    /// </summary>
    [TestCase("Counselled students on tuition fee instalments and hardship grants.", false)]
    [TestCase("One-to-one counselling for students with anxiety and low mood.", true)]
    // "feedback" holds no fee: the trade's own words stay the trade's (found in session 50's read-through).
    [TestCase("One-to-one counselling for students; client feedback after every session.", true)]
    public void A_student_welfare_counsellor_is_the_trades_by_what_her_lines_tell(string bullet, bool theTrades)
    {
        var score = Score($"""
            Priya Nair
            Leeds

            EXPERIENCE

            Student Welfare Counsellor, Leeds Beckett University
            2015 – present
            - {bullet}

            Administrative Assistant, Leeds City Council
            2011 – 2015
            - Filing, scheduling and reception.
            """, AsOf2026);

        Assert.That(score.Level.YearsOfExperience is > 10, Is.EqualTo(theTrades));
    }

    /// <summary>
    /// A club's welfare counsellor is a counsellor: once her "2019 season – present" was read, the post went to another subject
    /// ("welfare" read as a credit counselor's "credit") and she had left the trade (a review of session 50).
    /// </summary>
    [TestCase("Player Welfare Counsellor, Sheffield Steelers")]
    [TestCase("Student Welfare Counsellor, University of Sheffield")]
    public void A_welfare_counsellor_is_the_trades(string title)
    {
        var score = Score($"""
            Hannah Whitfield
            Counsellor, Sheffield

            EXPERIENCE

            {title}
            2019 season – present
            - One-to-one counselling for players and staff; a strong therapeutic alliance built over each season.
            - Crisis intervention after injuries and deselection; referral on to the club doctor.

            Counsellor, Sheffield Hallam University
            2014 – 2019
            - Brief counselling with undergraduates; collaborative goal setting in the first session.
            """, AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(12.8).Within(0.3));
        Assert.That(score.Matches.Select(m => m.Phrase), Has.Member("therapeutic alliance"));
    }

    /// <summary>
    /// A sub-heading inside a post ends nothing: "Training and Development" over a post's own bullets, between two posts of the
    /// trade (a review of session 50: read as a study heading, it made every post below it study and cost a counsellor six
    /// years; the heading was left unread, and Fresh229, t02's "clinical supervision" with it).
    /// </summary>
    [Test]
    public void A_training_sub_heading_inside_a_post_ends_nothing()
    {
        var score = Score("""
            Siobhan Kearney
            Counsellor, Glasgow

            EXPERIENCE

            Counsellor, Lifelink | 2019 – present
            - Person-centred counselling for adults; caseload of 18 clients
            Training and Development
            - Designed the CPD programme on the working alliance

            Counsellor, Glasgow Council on Alcohol | 2013 – 2019
            - Person-centred counselling and rapport building with clients in recovery
            """, AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(13.8).Within(0.3));
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
    /// A line naming a counsellor with no dates under it is no post whose dates went unread: a stuffer's "Counsellor
    /// (volunteer)" over a keyword bullet, a beauty counter's "Skin Care Counselor" (a review of session 50: the stuffer's summary
    /// came back, 0 to 33; the beauty advisor's soft skills, 0 to 28).
    /// </summary>
    [TestCase("Counsellor (volunteer)", "- Therapeutic alliance with clients, working alliance, rapport building")]
    [TestCase("Skin Care Counselor", "- Ran 1:1 skin consultations; rapport building and active listening with clients")]
    // A month or "present" alone under it is no sign of a post either (a second review: a Samaritans volunteer's "Since March", a
    // lawyer's "Counselor at Law" over "January to present").
    [TestCase("Volunteer Counsellor\nSamaritans, Sheffield branch\nSince March", "- Listening volunteer on the overnight rota; rapport building")]
    [TestCase("Counselor at Law\nJanuary to present", "- Client counseling on estates and trusts; rapport building with families")]
    // "thousand" that is no year in words (a third review).
    [TestCase("Crisis Counselor (volunteer)\nConejo Valley Crisis Line, Thousand Oaks, CA", "- Overnight calls; rapport building")]
    [TestCase("Youth Counsellor (volunteer)\nRaised two thousand pounds for the helpline", "- Weekend shifts; rapport building")]
    // A count in hundreds, and a volunteer's or a trainee's line with a year in words (a fourth review).
    [TestCase("Helpline Counsellor\nLogged two thousand one hundred hours on the phones", "- Overnight calls; rapport building")]
    [TestCase("Crisis Line Counsellor (volunteer)\nSince March two thousand and twenty-two", "- Overnight calls; rapport building")]
    [TestCase("Trainee Counsellor\nPlacement sought from January two thousand and twenty-seven", "- Rapport building and active listening")]
    public void A_counsellors_line_with_no_dates_is_no_undated_post(string line, string bullet)
    {
        string text = $"""
            Kyle Benton
            Phoenix, AZ

            SUMMARY
            Sales leader. Therapeutic alliance, therapeutic relationship, rapport building, working alliance, empathy, active
            listening, client-centered, person-centered, motivational interviewing, trauma-informed care, CBT, DBT, counseling.

            EXPERIENCE

            {line}
            {bullet}

            Regional Sales Manager
            Desert Solar Inc., Phoenix, AZ | 2019 – Present
            - Managed 14 reps across three states; pipeline reviews and forecasting.
            """;

        Assert.That(new ResumeLayout(text, new DateOnly(2026, 11, 1)).HasAnUndatedPostOfTheTrade(), Is.False);
        Assert.That(Score(text, AsOf2026).Level.Level, Is.Null);
    }

    /// <summary>The same line with its dates in words under it is such a post.</summary>
    [Test]
    public void A_counsellors_line_with_dates_in_words_is_an_undated_post()
    {
        var layout = new ResumeLayout(UndatedCounsellor, new DateOnly(2026, 11, 1));

        Assert.That(layout.HasAnUndatedPostOfTheTrade(), Is.True);
        Assert.That(new ResumeLayout(UndatedCounsellor.Replace("From the first of April, two thousand and twenty, to the present\n", ""),
            new DateOnly(2026, 11, 1)).HasAnUndatedPostOfTheTrade(), Is.False);
    }

    /// <summary>
    /// An earlier post written as a bullet with its figures stays a post: "- Staff therapist at Lakeside Clinic, caseload of 40
    /// adult clients (2015 – 2023)" (a review of session 50: read as a result's years, eight years were lost).
    /// </summary>
    [Test]
    [TestCase("- Staff therapist at Lakeside Clinic, caseload of 40 adult clients (2015 – 2023)")]
    // A bullet of work done with its figures, its post's only dates, under the post's title (a second review).
    [TestCase("- Carried 12 clients a week on short and open-ended contracts in the Clifton rooms (2015 – 2023)")]
    // A working time's percentage is no result (a third review).
    [TestCase("- Worked 60% FTE delivering open-ended counselling to adults referred by their GPs (2015 – 2023)")]
    // Two shares side by side are no change (a fourth review).
    [TestCase("- Carried 14 clients a week, of whom 65% were women and 35% men, in the Clifton rooms (2015 – 2023)")]
    public void A_post_written_as_a_bullet_with_its_figures_stays_a_post(string bullet)
    {
        var score = Score($"""
            Morgan Ellis, LPC
            Austin, TX

            EXPERIENCE

            Clinical Director, Hill Country Counseling                      2023 – present
            - Lead a team of eight therapists; the therapeutic alliance is reviewed in every case consultation.
            - Earlier posts:

            Staff Therapist, Lakeside Clinic
            {bullet}
            """, AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(11.8).Within(0.3));
    }

    /// <summary>
    /// On a page in the trade only by a post whose dates went unread, the dated posts are another career's: their "Managed a team"
    /// makes no senior (a third review: a newly qualified counsellor after banking read senior).
    /// </summary>
    [Test]
    public void An_undated_posts_page_takes_no_level_from_the_other_career()
    {
        var score = Score("""
            Peter Lindqvist
            Edinburgh

            PROFILE
            Newly qualified counsellor after banking. Therapeutic alliance, empathy, congruence.

            EXPERIENCE
            Counsellor
            Health in Mind, Edinburgh
            Since the autumn of two thousand and twenty-four
            - Short-term counselling for adults, under fortnightly supervision

            Operations Manager
            Royal Bank of Scotland | 2004 – 2024
            - Managed a team of 25
            """, AsOf2026);

        Assert.That(score.Level.Level, Is.Not.EqualTo(Levels.Senior));
        Assert.That(score.Level.Evidence.Select(e => e.Text), Has.None.EqualTo("Managed a team"));
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

    /// <summary>Only a date's format is a label's note: "Left (reason): N/A - in post" ends no post (a second review).</summary>
    [Test]
    public void A_labels_note_that_is_no_format_ends_no_post()
    {
        var score = Score("""
            APPLICATION FORM - EMPLOYMENT HISTORY
            Name: Dana Whitfield

            EMPLOYMENT HISTORY

            Job title: Wellbeing Practitioner (counselling)
            Employer: Leeds Mind
            Start date: 01/2021
            Left (reason): N/A - in post
            Duties: One-to-one counselling for adults; the therapeutic alliance reviewed with the Session Rating Scale.
            """, AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(5.8).Within(0.2));
    }
}
