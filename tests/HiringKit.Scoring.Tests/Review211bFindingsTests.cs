using static HiringKit.Scoring.Tests.Resumes;

namespace HiringKit.Scoring.Tests;

/// <summary>
/// A second independent review of scorer 2.11.0 (39bbe86..aa38bac: interleaved pages, career breaks, flattened sections' titles,
/// tagged bullets, the sentence above a title, quoted emails). Each case was answered right before and wrong by that form; mended
/// by reading a break only where it names the range's sentence, telling an interleaved page by a heading inside a sentence and
/// short lines without digits, reading a description's sentence by its lowercase words and no abbreviation's full stop, ending
/// no flattened title at "St.", reading a flattened title where it stands, and taking a flattened range's own sentence as the
/// context that says whether it was a placement.
/// </summary>
public sealed class Review211bFindingsTests
{
    static readonly DateOnly AsOf = new(2026, 11, 1);

    /// <summary>
    /// A job's own dates line mentioning a leave ("March 2016 - Present (incl. 6 months parental leave, 2019)") is the job: read as a break, its
    /// 10.7 years were dropped and a senior read mid (first form: 3.8 years, mid; before: 14.5, senior).
    /// </summary>
    [Test]
    public void A_leave_mentioned_on_a_job_s_dates_line_keeps_the_job()
    {
        string text = """
            Dana Whitfield, LPC
            Portland, OR | dana.whitfield@mail.example

            PROFESSIONAL EXPERIENCE

            Licensed Professional Counselor, Cascade Family Services, Portland, OR
            March 2016 - Present (incl. 6 months parental leave, 2019)
            - Individual therapy for adults with depression and anxiety; caseload of 28.
            - Build a strong therapeutic alliance through collaborative goal setting and client feedback.
            - Provide clinical supervision to three pre-licensed counselors.

            Mental Health Therapist, Riverbend Clinic, Salem, OR
            June 2012 - February 2016
            - Used motivational interviewing and treatment planning with dual-diagnosis clients.
            - Crisis intervention for walk-in clients.

            EDUCATION
            M.A. Clinical Mental Health Counseling, Lewis & Clark College, 2012
            """;
        var score = Score(text, new ScoreOptions(AsOf: AsOf));
        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(14.5));
        Assert.That(score.Level.Level, Is.EqualTo("senior"));
    }

    /// <summary>
    /// On a section flattened onto one line, "Career break, January 2020 - February 2021" is a break, and the therapist's job beside it a job,
    /// not a placement (first form: the job dropped, 5.8 years; before: 6.9, the break counted and the job a placement).
    /// </summary>
    [Test]
    public void A_career_break_on_a_flattened_line_drops_only_itself()
    {
        string text = """
            Sam Ortiz
            Phoenix, AZ | sam.ortiz@mail.example

            EXPERIENCE: Licensed Professional Counselor, Valleywise Behavioral Health, Phoenix, AZ, March 2021 - present. Individual therapy for adults with trauma and substance use; build a therapeutic alliance through collaborative goal setting and client feedback; motivational interviewing with ambivalent clients; caseload of 28. Career break, January 2020 - February 2021, caring for a parent. Mental Health Therapist, La Frontera Arizona, Tucson, AZ, June 2013 - December 2019. Outpatient therapy for children and families; treatment planning with parents; crisis intervention for walk-in clients; supervised two practicum students each year.
            EDUCATION: M.C. Counseling, Arizona State University, 2013.
            """;
        var score = Score(text, new ScoreOptions(AsOf: AsOf));
        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(12.3));
    }

    /// <summary>
    /// Entries in reading order with a word processor's "o" sub-bullets under their dates, and a contact block, are no page interleaved line by
    /// line: read as one, the education heading was dropped and two degrees became jobs (first form: 8.9 years, senior; before: 3.5, mid).
    /// </summary>
    [Test]
    public void Word_sub_bullets_and_contact_lines_make_no_interleaved_page()
    {
        string text = """
            Jordan Ellis, LPCC
            Clinical Counselor, Columbus, Ohio
            Phone (614) 555-0182
            jordan.ellis@mail.example

            PROFESSIONAL EXPERIENCE
            Outpatient Therapist, Southeast Healthcare, Columbus, Ohio
            August 2025 - Present
            o Individual therapy for adults with anxiety and depression; caseload of 25.
            o Build the therapeutic alliance with each client and use motivational interviewing.
            Counseling Intern, Ohio State University Counseling Center, Columbus
            August 2024 - May 2025
            o Intake assessments and brief therapy for undergraduates.
            Behavioral Health Technician, Buckeye Ranch, Grove City, Ohio
            June 2023 - July 2025
            o Crisis intervention and de-escalation on a 12-bed adolescent unit.

            EDUCATION
            M.A. Clinical Mental Health Counseling, Ohio State University
            2022 - 2025
            B.A. Psychology, Ohio University
            2018 - 2022
            """;
        var score = Score(text, new ScoreOptions(AsOf: AsOf));
        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(3.5));
        Assert.That(score.Level.Level, Is.EqualTo("mid"));
    }

    /// <summary>
    /// A title line of twelve words ending "Winston-Salem, N.C." is a title, not the last sentence of the role above: cut from its entry, a
    /// nurse's job had no title and counted as counseling (first form: 45, 12.5 years, senior; before: 25, 2.8, mid).
    /// </summary>
    [Test]
    public void A_title_line_ending_with_an_abbreviation_is_no_sentence()
    {
        string text = """
            Alicia Moreno, LCMHCA
            Greensboro, NC | alicia.moreno@mail.example

            EXPERIENCE

            Clinical Mental Health Counselor Associate
            Piedmont Forensic Counseling, Greensboro, NC
            March 2024 - Present
            - Individual and group counseling for adults referred by courts; caseload 24.
            - Build a therapeutic alliance with mandated clients through motivational interviewing.

            Registered Nurse, Cardiac Step-Down Unit, Wake Forest Baptist Medical Center, Winston-Salem, N.C.
            Atrium Health Wake Forest Baptist
            June 2014 - February 2024
            - Admission assessments, medication administration and safety checks on a 28-bed unit.
            - Built trusting, therapeutic relationships with patients and families facing new heart-failure diagnoses.
            - Precepted new graduate nurses.

            EDUCATION
            M.S. Clinical Mental Health Counseling, UNC Greensboro, 2023
            B.S.N., UNC Greensboro, 2014
            """;
        var score = Score(text, new ScoreOptions(AsOf: AsOf));
        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(2.8));
        Assert.That(score.Score, Is.EqualTo(25));
    }

    /// <summary>
    /// "Registered Nurse, St. Joseph's Hospital, Tampa, FL, May 2011 - May 2021." on a flattened line: "St." ends no sentence, so the title keeps
    /// "Registered Nurse" (first form: 15.6 years; before: 5.5).
    /// </summary>
    [Test]
    public void St_in_a_flattened_title_is_no_sentence_end()
    {
        string text = """
            Maria Lopez
            Tampa, FL | maria.lopez@mail.example

            EXPERIENCE: Mental Health Counselor, Gulf Coast Behavioral Health, Tampa, FL, June 2021 - present. Provide individual therapy to adults with trauma histories; build a strong therapeutic alliance through collaborative goal setting and client feedback, and use motivational interviewing with ambivalent clients. Carry a caseload of 26 and co-lead a weekly DBT skills group for young adults. Registered Nurse, St. Joseph's Hospital, Tampa, FL, May 2011 - May 2021. Cared for patients on a 32-bed medical-surgical unit; administered medications, coordinated discharge teaching with families and physicians, and precepted new graduate nurses during their first ninety days on the unit. Charge nurse on night shift from 2016.
            EDUCATION: M.A. Clinical Mental Health Counseling, University of South Florida, 2021. B.S. Nursing, University of Central Florida, 2011.
            """;
        var score = Score(text, new ScoreOptions(AsOf: AsOf));
        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(5.5));
    }

    /// <summary>
    /// A flattened role's title read from its block's start with the sentence's length was another role's words ("borative goal setting and
    /// client feedback ..."), so a Licensed Practical Nurse was no nurse (first form: 43, 15.6 years; before: 33, 5.5).
    /// </summary>
    [Test]
    public void A_flattened_role_s_title_is_read_where_it_stands()
    {
        string text = """
            Maria Lopez
            Tampa, FL | maria.lopez@mail.example

            EXPERIENCE: Mental Health Counselor, Gulf Coast Behavioral Health, Tampa, FL, June 2021 - present. Provide individual therapy to adults with trauma histories; build a strong therapeutic alliance through collaborative goal setting and client feedback, and use motivational interviewing with ambivalent clients. Carry a caseload of 26 and co-lead a weekly DBT skills group for young adults. Licensed Practical Nurse, Sunrise Nursing Home, Tampa, FL, May 2011 - May 2021. Cared for residents on a 40-bed long-term care unit; administered medications, coordinated care plans with families and physicians, and trained new aides during their first ninety days on the unit. Shift lead on nights from 2016, covering three units and mentoring new graduates through their orientation.
            EDUCATION: M.A. Clinical Mental Health Counseling, University of South Florida, 2021.
            """;
        var score = Score(text, new ScoreOptions(AsOf: AsOf));
        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(5.5));
        Assert.That(new ResumeLayout(text, AsOf).IsAnotherTrade, Is.EqualTo(new[] { false, true }));
    }
}
