using static HiringKit.Scoring.Tests.LookAlikeTradeTests;
using static HiringKit.Scoring.Tests.Resumes;

namespace HiringKit.Scoring.Tests;

/// <summary>
/// The general causes behind the misses of Fresh78 to Fresh81 (rural and Indigenous settings, education, ATS and PDF exports,
/// career changers; each run once in session 29, then read), written by hand, not copied from them.
/// </summary>
public sealed class Fresh81MissesTests
{
    /// <summary>A school counsellor now, and an evening post before it whose employer's name holds the work's noun.</summary>
    static string SessionalPostUnder(string employer) => Header + $"""
        EXPERIENCE
        School Counsellor (0.6 FTE)                    Sept 2020 – date
        Hillside Academy, Leeds
        •  Counselling for 20 pupils a week.

        Online Counsellor (sessional, evenings)        Jan 2016 – Jul 2019
        {employer}
        •  Text-based work by live chat; learned to build rapport and hold professional boundaries with no body language.

        TRAINING AND QUALIFICATIONS
        PG Diploma in Counselling and Psychotherapy     2012 – 2014
        """;

    [TestCase("Chatterbox Counselling for 14-25s, Leeds")]
    [TestCase("Brightline Counselling for young people, Leeds")]
    public void A_post_held_online_under_a_service_named_for_the_work_is_the_trade_s(string employer)
    {
        var score = Score(SessionalPostUnder(employer), AsOf2026);

        Assert.That(score.Matches.Select(m => m.Phrase), Does.Contain("rapport").And.Contains("professional boundaries"));
        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(9.8));
    }

    [Test]
    public void Training_and_qualifications_heads_study_not_the_post_above_it()
    {
        var score = Score(Header + """
            EXPERIENCE
            School Counsellor                      Sept 2019 – date
            Hillside Academy, Leeds
            •  Counselling for 20 pupils a week.

            Customer Service Adviser               2008 – 2012
            Aire Valley Building Society, Leeds

            TRAINING AND QUALIFICATIONS
            Feedback-Informed Treatment – two-day workshop (ICCE trainers)        2019
            """, AsOf2026);

        Assert.That(score.Matches.Where(m => m.Phrase == "feedback-informed treatment").Select(m => m.Section),
            Is.EqualTo(new[] { "education" }));
    }

    [TestCase("Chief Financial and Operating Officer")]
    [TestCase("School Business Manager")]
    [TestCase("Audit Senior")]
    [TestCase("Finance Director")]
    public void Finance_and_business_posts_are_another_trade(string title)
    {
        var score = Score(Header + $"""
            EXPERIENCE
            {title}                       April 2018 – present
            Northern Lights Academy Trust
            •  Built a working alliance between the trust's eight academies and the diocese.
            •  Procured the counselling contract: BACP-registered counsellors and clinical supervision of every counsellor.
            """, AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.Null);
        Assert.That(score.Matches.Select(m => m.Phrase), Has.None.EqualTo("working alliance").And.None.EqualTo("clinical supervision"));
    }

    [TestCase("Principal")]
    [TestCase("Deputy Principal (Curriculum and Learner Support)")]
    [TestCase("Headteacher")]
    public void A_school_s_head_under_its_name_is_another_trade(string post)
    {
        var score = Score(Header + $"""
            Experience

            Kgotso Secondary School
            {post}
            January 2016 - Present (10 years 11 months)
            - Established the Learner Wellness Room: a visiting registered counsellor two days a week.

            Rosebank Girls' High School
            School Counsellor
            February 2008 - December 2012 (4 years 11 months)
            - Individual counselling for learners; the therapeutic relationship kept them coming back.
            """, AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(4.9));
    }

    [TestCase("Principal Counsellor, Kgotso Secondary School")]
    [TestCase("Principal Clinical Psychologist, Rosebank College Counselling Service")]
    public void A_principal_grade_of_the_trade_stays_the_trade_s(string title)
    {
        var score = Score(Header + $"""
            EXPERIENCE
            {title}          January 2016 - Present
            - Individual counselling for learners; the therapeutic relationship kept them coming back.
            """, AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(10.9));
    }

    /// <summary>An international school counsellor's post, its dates' line telling the school: <paramref name="dates"/>.</summary>
    static string InternationalSchoolPost(string dates) => Header + $"""
        ## Experience

        ### High School Counsellor (Personal & Wellbeing) — Raffles Park International School, Singapore
        {dates}

        - Personal counselling for students aged 14–18; build rapport with new arrivals.

        ### Student Counsellor — Cégep du Vieux-Port, Montréal (contract, 0.8 FTE)
        *Sept 2022 – June 2023*

        - Counselling for students aged 17–25 in French and English
        """;

    [TestCase("*Aug 2023 to now* · Grades 9–12 (IB Diploma and IBCP), ~700 students, counselling team of 3")]
    [TestCase("*Aug 2023 to now* · ~700 students, counselling team of 3")]
    public void A_school_s_students_and_programme_on_the_dates_line_are_no_placement_nor_study(string dates) =>
        Assert.That(Score(InternationalSchoolPost(dates), AsOf2026).Level.YearsOfExperience, Is.EqualTo(4.2));

    [TestCase("Associate Dean of Students")]
    [TestCase("Assistant Dean of Students / Director of Student Care")]
    public void A_dean_s_post_is_another_trade(string title)
    {
        var score = Score(Header + $"""
            EXPERIENCE
            Counselor, University Counseling Center               Aug 2008 – July 2014
            • Individual counseling for students; crisis intervention on the after-hours on-call rota.

            {title}                Sept 2018 – present
            • Oversee student conduct, case management referrals and parent contacts; counseling center liaison.
            """, AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(6.0));
    }

    [Test]
    public void Years_over_which_supervised_hours_were_completed_are_no_post()
    {
        var score = Score(Header + """
            EXPERIENCE
            Mental Health Counselor
            Rural Clinics, Winnemucca, NV
            01/2017 - Present
            - Individual counseling for adults in frontier counties.

            Mental Health Counselor (pre-licensure)
            Elko Family Services Center, Elko, NV
            08/2014 - 05/2016
            - Individual and group counseling under weekly supervision toward licensure (3,000 supervised hours completed 2014-2018 across this and the Winnemucca post).
            """, AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(11.8));
    }

    [TestCase("Venue Manager / Assistant Manager", "Crown Melbourne (Food & Beverage)")]
    [TestCase("Food & Beverage Manager", "Rockpool Group, Sydney")]
    public void A_venue_s_management_is_another_trade(string title, string employer)
    {
        var score = Score(Header + $"""
            EXPERIENCE
            Family Counsellor
            Westgate Family Relationship Centre
            Jul 2024 - Present
            - Counselling for separating parents; rupture and repair in the session.

            {title}
            {employer}
            Mar 2011 - Dec 2020
            - Managed venues of 40-80 staff; moved to counselling after volunteering with a youth program.
            """, AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(2.4));
    }

    [TestCase("Principal Osteopath and Clinic Director")]
    [TestCase("Associate Osteopath")]
    public void An_osteopath_is_another_trade(string title)
    {
        var score = Score(Header + $"""
            EXPERIENCE
            {title}, Pennington Osteopathy, Bath          May 2017 – present
            - Appointments built around shared decision making; treatment planning and home exercise prescription.
            - A therapeutic relationship with patients in persistent pain improved treatment adherence to exercise programmes.
            """, AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.Null);
        Assert.That(score.Matches, Is.Empty);
    }

    [Test]
    public void Years_spread_across_other_sectors_are_not_the_trade_s()
    {
        var score = Score(Header + """
            SUMMARY
            Change and transformation lead with 20+ years across government, banking and consulting.

            PROFESSIONAL EXPERIENCE
            2019/03 – current    Head, Change Management Office
                                 Straits Regional Bank, Singapore
            - Lead a team of 9 change managers.
            2000/01 – 2003/12    School Counsellor
                                 Ministry of Education (Yuhua Secondary School), Singapore
            - Individual and group counselling for secondary students; crisis intervention after a student death.
            """, AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(4.0));
    }

    [TestCase("12+ years across NHS and private counselling services.", 12.0)]
    [TestCase("12 years of experience in NHS and private counselling services.", 12.0)]
    public void Years_across_the_trade_s_own_settings_stay_the_trade_s(string summary, double years)
    {
        var score = Score(Header + $"""
            SUMMARY
            Counsellor with {summary}

            EXPERIENCE
            Counsellor, Hope Street Counselling Centre
            - Short-term counselling for 20 clients a week; a working alliance with each client.
            """, AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(years));
    }

    [Test]
    public void A_student_worker_in_a_department_office_is_an_office_post()
    {
        var score = Score(Header + """
            EXPERIENCE
            Logistics Coordinator
            Lone Star Distribution Partners - San Antonio, TX
            March 2021 to Present
            • Dispatch and carrier scheduling; rapport with vendors.

            Student Worker, Psychology Department Office
            University of Texas at San Antonio - San Antonio, TX
            August 2015 to May 2017
            • Front desk, scheduling for faculty office hours, filing, data entry for a faculty research lab

            SKILLS
            • Therapeutic Alliance • Working Alliance • Rapport Building • Active Listening • Crisis Intervention
            """, AsOf2026);

        Assert.That(score.Level.Level, Is.Null);
    }
}
