using static HiringKit.Scoring.Tests.LookAlikeTradeTests;
using static HiringKit.Scoring.Tests.Resumes;

namespace HiringKit.Scoring.Tests;

/// <summary>
/// The general causes behind Fresh55's misses (the settings beside the counselling room; run once on session 26's final scorer,
/// then read in session 27), written by hand, not copied from it: a detox counselor's post read as another subject's and a
/// kitchen's years as the trade's because their last bullet said the writer left to study counseling; an Indian school's
/// "PGT Psychology" teacher read as the trade and a school's own student counsellor as a placement; a hospital's complaints
/// and patient liaison office whose "therapeutic relationship between nursing teams and families" was the trade's.
/// </summary>
public sealed class Fresh55MissesTests
{
    [TestCase("Detox Counselor (per diem)")]
    [TestCase("Withdrawal Counselor")]
    [TestCase("Methadone Counselor")]
    [TestCase("Withdrawal Management Counsellor")]
    [TestCase("Methadone Clinic Counsellor")]
    public void A_withdrawal_management_counselor_s_post_is_the_trade_s(string title)
    {
        string text = Header + $"""
            WORK EXPERIENCE
            {title}
            Sierra Withdrawal Management Center - Sacramento, CA
            January 2019 to December 2022
            - Weekend shifts on a 16-bed social-model unit: intake interviews, brief counseling, linkage to outpatient at discharge.
            """;
        var score = Score(text, AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(4.0));
    }

    [Test]
    public void A_debt_management_counsellor_is_still_another_subject_s()
    {
        string text = Header + """
            WORK EXPERIENCE
            Debt Management Counsellor
            StepChange Debt Charity - Leeds
            January 2019 to December 2022
            - Budget reviews and payment plans with callers; rapport with creditors.
            """;
        var score = Score(text, AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.Null);
    }

    [Test]
    public void Leaving_a_kitchen_to_study_counseling_is_no_counseling_in_the_kitchen()
    {
        string text = Header + """
            WORK EXPERIENCE
            Substance Use Counselor
            Riverside Recovery Outpatient - Sacramento, CA
            June 2022 to Present
            - Individual and group counseling for adults in intensive outpatient care.

            Shift Lead
            Tower Street Grill - Sacramento, CA
            March 2014 to May 2021
            - Ran the dinner service, trained new staff, ordering and inventory.
            - Left to go back to school for counseling after my own recovery.
            """;
        var score = Score(text, AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(4.5));
    }

    [Test]
    public void A_kitchen_s_post_is_another_trade()
    {
        string text = Header + """
            EXPERIENCE
            Counselor
            Harbor Recovery Center - Portland, ME
            2021 - Present
            - Individual counseling; built rapport with clients in early recovery.

            Kitchen Shift Lead
            Harbour Bistro - Portland, ME
            2012 - 2020
            - Ran the line; informal counseling and mentoring for cooks in early recovery.
            """;
        var score = Score(text, AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(5.9));
    }

    [Test]
    public void Helping_students_go_back_to_school_for_counseling_degrees_is_still_work_with_them()
    {
        string text = Header + """
            WORK EXPERIENCE
            Career Counselor
            Lakeview Community College - Chicago, IL
            2018 - 2022
            - Helped adult students go back to school for counseling and social work degrees.
            """;
        var score = Score(text, AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(4.0));
    }

    [Test]
    public void An_indian_school_s_psychology_teacher_is_no_counsellor()
    {
        string text = Header + """
            EMPLOYMENT
            School Counsellor
            Vidya Niketan School, Nashik
            Jun 2022 to Present
            - Counselling of students on behavioural and academic issues.

            PGT Psychology
            Sunrise Senior Secondary School, Nashik
            Jun 2016 to May 2022
            - Taught Psychology to Classes 11 and 12 (CBSE); class teacher for Class 11.
            """;
        var score = Score(text, AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(4.5));
    }

    [Test]
    public void A_school_s_own_student_counsellor_is_its_staff()
    {
        string text = Header + """
            EMPLOYMENT
            Student Counsellor
            Greenfield International School, Pune
            Jan 2021 to Till Date
            - Individual counselling of students referred by class teachers for exam stress and peer issues.
            """;
        var score = Score(text, AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(5.9));
        Assert.That(score.Level.Level, Is.EqualTo(Levels.Senior));
    }

    [Test]
    public void A_student_counsellor_at_a_school_of_counselling_is_still_its_trainee()
    {
        string text = Header + """
            EXPERIENCE
            Addiction Counsellor
            Cuan Mhuire, Athy
            Jan 2024 to Present
            - One-to-one and group counselling for residents.

            Student Counsellor
            Dublin School of Counselling
            Sep 2020 to Dec 2023
            - Saw clients at the school's low-cost clinic.
            """;
        var score = Score(text, AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(2.9));
    }

    [TestCase("Patient Advice & Liaison Officer (Grade V)")]
    [TestCase("Complaints Officer")]
    public void A_hospital_s_complaints_and_liaison_office_is_another_trade(string title)
    {
        string text = Header + $"""
            PROFESSIONAL EXPERIENCE
            Counsellor	Cork Counselling Centre	Jan 2023 – Present
            •	One-to-one counselling for adults; built rapport with clients referred by GPs.

            {title}	Mercy University Hospital, Cork	Mar 2015 – Dec 2022
            •	Front-door contact for patients and families; resolve concerns with the ward manager the same day.
            •	Active listening with distressed patients and families; support them through open disclosure meetings.
            """;
        var score = Score(text, AsOf2026);

        Assert.That(score.Matches.Any(m => m.Phrase == "active listening"), Is.False);
        Assert.That(score.Matches.Any(m => m.Phrase == "rapport"), Is.True);
    }

    [TestCase("Worked with ward managers to restore the therapeutic relationship between nursing teams and families.")]
    [TestCase("Coached ward staff on the therapeutic relationship between nurses and patients.")]
    public void The_therapeutic_relationship_between_nurses_and_families_is_not_the_writer_s(string bullet)
    {
        string text = With("EXPERIENCE", "Quality Improvement Lead, Mercy Hospital, 2019 - present", "- " + bullet);

        Assert.That(Score(text).Matches.Any(m => m.Phrase == "therapeutic relationship"), Is.False);
    }

    [Test]
    public void A_counsellor_s_own_therapeutic_relationship_beside_nurses_still_counts()
    {
        string text = With("EXPERIENCE", "Psychotherapist, Mercy Hospital, 2019 - present",
            "- Built a therapeutic relationship with each patient on the ward, and trained nursing teams in listening skills.");

        Assert.That(Score(text).Matches.Any(m => m.Phrase == "therapeutic relationship"), Is.True);
    }
}
