using static HiringKit.Scoring.Tests.LookAlikeTradeTests;
using static HiringKit.Scoring.Tests.Resumes;

namespace HiringKit.Scoring.Tests;

/// <summary>
/// The general causes behind Fresh52's misses (UK, Ireland and New Zealand; run once on b17bae1, then read), written by hand,
/// not copied from it: a job centre's duties dated in their bullets read as posts; a school's learning support assistant, a
/// reflexologist and a ward's healthcare assistant read as the trade; NHS Jobs' "Supporting information" and "Training and
/// presentations" left unread, so the job above ran through them; "left to complete counselling training" read as counselling
/// done; a LinkedIn line naming a counselling centre before "Sessional Counsellor" kept the post another trade's; a university's
/// own "Student Counsellor" read as a placement; "interested in how the therapeutic alliance predicts outcome" read as an aim.
/// </summary>
public sealed class Fresh52MissesTests
{
    [Test]
    public void A_duty_dated_in_a_bullet_of_another_trade_s_job_is_no_post()
    {
        // The bullet above ends without a full stop, on "not counsel": read as the next dated line's title, its crisis line made
        // a counselor's year of the job centre's "Youth Offer lead".
        string text = Header + """
            WORK HISTORY

            Work Coach
            Department for Work and Pensions - Jobcentre Plus, Leeds
            Apr 2021 - Present
            * Caseload of about 120 Universal Credit claimants; agree and review each Claimant Commitment every three months
            * Work search reviews in person and by phone; build rapport with claimants who fear sanctions
            * Apply the Six Point Plan when a claimant discloses suicidal thoughts: keep them talking, call 999 or the crisis line if needed, and escalate to the Team Leader - DWP is not a crisis intervention service and we are trained to signpost, not counsel
            * Youth Offer lead for my team (2023-2024): young people on a 13-week employability pathway; job outcomes above the district's
            * Mentor for three new Work Coaches (2024-2025), with observed appointments and feedback

            Customer Service Adviser
            Leeds Building Society
            Jun 2015 - Sep 2020
            """;
        var score = Score(text, AsOf2026);

        Assert.Multiple(() =>
        {
            Assert.That(score.Level.Level, Is.Null);
            Assert.That(score.Level.YearsOfExperience, Is.Null);
        });
    }

    [Test]
    public void A_reflexologist_is_another_trade()
    {
        string text = Header + """
            EXPERIENCE

            Owner / Reflexologist	Riverside Reflexology, Kilkenny	June 2018 – present
            ▪ Around 25 treatments a week: clinical and maternity reflexology
            ▪ Building a therapeutic relationship with each client over a course of six weekly treatments is the heart of how I work
            ▪ Client retention of 68% to a second course of treatment

            Dental Receptionist	Parade Dental, Kilkenny	2006 – 2015
            ▪ Front desk for a 4-surgery practice

            SKILLS
            Reflexology ▪ Consultation and record keeping
            """;
        var score = Score(text, AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.Null);
    }

    [Test]
    public void A_learning_support_assistant_s_stated_years_are_no_counselor_s()
    {
        string text = Header + """
            PERSONAL STATEMENT
            Caring Learning Support Assistant with six years' experience supporting young people with SEND and anxiety. I have completed Level 2 and 3 counselling certificates.

            CORE COMPETENCIES
            Therapeutic Alliance | Working Alliance | Active Listening | Empathy | Rapport Building

            EMPLOYMENT HISTORY

            Learning Support Assistant (Level 3)                                    Sep 2020 - Present
            Thomas Deacon Academy, Peterborough
            - 1:1 key adult for two students with SEMH needs and anxiety-related school avoidance
            - Deliver Lego-based therapy groups (Year 7) with the SENCo's planning
            - Trained in Youth Mental Health First Aid (2023)
            """;
        var score = Score(text, AsOf2026);

        Assert.That(score.Level.Level, Is.Null);
    }

    [Test]
    public void A_healthcare_assistant_s_rapport_with_patients_is_the_ward_s()
    {
        string text = Header + """
            EXPERIENCE

            Psychological Wellbeing Practitioner	NHS Talking Therapies, Chorley	01/2025 – present
            ▪ Guided self-help for adults with anxiety and depression; caseload of 45

            Healthcare Assistant, Acute Medical Unit	Royal Preston Hospital	08/2023 – 12/2024
            ▪ Built rapport with patients and families during long admissions

            SKILLS
            Risk assessment ▪ IAPTus
            """;
        var score = Score(text, AsOf2026);

        Assert.That(score.Matches.Where(m => m.Phrase == "rapport"), Is.Empty);
    }

    [Test]
    public void An_nhs_jobs_supporting_information_section_ends_the_last_job()
    {
        string text = Header + """
            EMPLOYMENT HISTORY
            Job title: Psychological Wellbeing Practitioner
            Start date: 01/2025
            End date: Current
            Main responsibilities:
            - Guided self-help for adults with anxiety and depression

            Job title: Customer Assistant (part time)
            Start date: 09/2019
            End date: 12/2024
            Main responsibilities:
            - Checkouts and customer service desk

            --------------------------------------------------------------
            SUPPORTING INFORMATION
            --------------------------------------------------------------
            I have worked in NHS Talking Therapies since January 2025. Building rapport quickly on the phone matters, and a
            therapeutic alliance can be built in low-intensity work; I bring cases to clinical supervision every fortnight.
            """;
        var score = Score(text, AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(1.9));
    }

    [Test]
    public void A_job_left_to_take_a_counselling_course_is_no_counselling()
    {
        string text = Header + """
            ## Experience

            ### Counsellor - Women's Aid
            *05/2020 - present*
            - Trauma counselling for survivors of domestic abuse

            ### Administrative Officer - City Council, Housing Options
            *2005 - 2016*
            - Housing applications and homelessness assessments; left to complete counselling training

            ## Training and presentations
            - Workshop on alliance rupture with survivors of coercive control, 2023
            - Counselling supervision diploma, 2020
            """;
        var score = Score(text, AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(6.6));
    }

    [Test]
    public void A_linkedin_sessional_counsellor_under_a_counselling_centre_s_name_and_a_university_s_student_counsellor_are_posts()
    {
        string text = Header + """
            Experience

            Glasgow Caledonian University
            Student Counsellor
            August 2021 - Present (5 years 4 months)
            Single-session and short-term counselling within the Student Wellbeing team.

            Clydeside Counselling Centre
            Sessional Counsellor (paid, 1 evening per week)
            September 2019 - July 2021 (1 year 11 months)
            Open-ended person-centred counselling for adults referred by GPs.

            Glasgow City Council Education Services
            Teacher of Modern Studies
            August 2009 - June 2021 (11 years 11 months)

            Education
            COSCA Postgraduate Diploma in Counselling · (2017 - 2019)
            """;
        var score = Score(text, AsOf2026);

        Assert.Multiple(() =>
        {
            Assert.That(score.Level.YearsOfExperience, Is.EqualTo(7.3));
            Assert.That(score.Level.Level, Is.EqualTo("senior"));
        });
    }

    /// <remarks>Held on the old form too: a guard that a university's own student counsellor leaves a trainee's course hours a placement.</remarks>
    [Test]
    public void A_student_counsellor_s_course_required_hours_are_a_placement()
    {
        string text = Header + """
            Experience

            Student Counsellor
            University of Sussex
            October 2024 - present
            - Course-required client hours (80 of 100 completed) under weekly supervision
            """;
        var score = Score(text, AsOf2026);

        Assert.That(score.Level.Level, Is.EqualTo("junior"));
    }

    [Test]
    public void Interest_in_how_the_alliance_works_is_no_aim()
    {
        var matches = MatchesOf("I am particularly interested in how the therapeutic alliance predicts outcome in CBT.");

        Assert.That(matches.Single(m => m.Phrase == "therapeutic alliance").Assertion, Is.EqualTo(Assertions.Asserted));
    }
}
