using static HiringKit.Scoring.Tests.LookAlikeTradeTests;
using static HiringKit.Scoring.Tests.Resumes;

namespace HiringKit.Scoring.Tests;

/// <summary>
/// The general causes behind session 27's closing blind set (Fresh67, resumes written in a hurry; run once on 7fa58c8, read in
/// session 28), written by hand, not copied from it: a manager's "I do not counsel staff myself" read as counselling, a course
/// named "Addiction Studies" that a training officer wrote and taught read as the trade's work, and a graduate assistant's
/// admin post in a university's counseling department counted as a counselor's year.
/// </summary>
public sealed class Fresh67MissesTests
{
    static string CounsellorSince2016Then(string laterPost) => Header + $"""
        EMPLOYMENT

        {laterPost}

        Addiction Counsellor
        Harbour View Treatment Centre, Cork                    Sep 2016 - Jun 2020
        - Individual and group counselling for residents; motivational interviewing in assessment.
        """;

    [TestCase("I do not counsel staff myself and refer on to the EAP provider")]
    [TestCase("I don't counsel employees; managers refer them to the EAP")]
    [TestCase("I no longer counsel anyone: the EAP contract covers staff")]
    public void A_post_that_denies_counselling_in_its_own_line_shows_none(string denial)
    {
        var score = Score(CounsellorSince2016Then($"""
            People Development Manager
            Westway Components Ltd, Limerick                       Jul 2020 - Present
            - Run the leadership programme for 60 team leads
            - Manage the Employee Assistance Programme contract; {denial}
            """), AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(3.8));
    }

    /// <remarks>A denial of another act leaves the trade's word read: "clients who do not attend" counts the counselling.</remarks>
    [Test]
    public void Counselling_done_for_those_who_do_not_come_still_shows_the_trade()
    {
        var score = Score(CounsellorSince2016Then("""
            Outreach Worker
            Northside Family Resource Centre, Cork                 Jul 2020 - Present
            - Home visits to parents who do not attend the centre; counselling on the doorstep when they will not come in
            """), AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(10.3));
    }

    [TestCase("Co-wrote the county's Addiction Studies module and taught it for three years")]
    [TestCase("Taught Counselling Studies (Level 5) to evening classes")]
    public void A_course_named_for_the_field_that_the_writer_taught_is_no_counselling(string course)
    {
        var score = Score(CounsellorSince2016Then($"""
            Training Officer
            Midwest Drug & Alcohol Forum                           Jul 2020 - Present
            - Delivered drug and alcohol awareness training to sports clubs and schools
            - {course}
            """), AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(3.8));
    }

    /// <remarks>Counselling told beside the course is the trade's work all the same.</remarks>
    [Test]
    public void A_training_post_that_also_counsels_shows_the_trade()
    {
        var score = Score(CounsellorSince2016Then("""
            Training Officer
            Midwest Drug & Alcohol Forum                           Jul 2020 - Present
            - Co-wrote the Addiction Studies module; also provide one-to-one addiction counselling two days a week
            """), AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(10.3));
    }

    static string CounselorAfterAGraduateAssistantship(string duties) => Header + $"""
        EXPERIENCE

        Mental Health Counselor	Lakeside Youth & Family Services	09/2019 - Present
        •	Outpatient adolescent and family counseling; court and school referrals.

        Graduate Assistant	State University Department of Counseling	2017 - 2019
        •	{duties}
        """;

    [Test]
    public void A_graduate_assistant_s_desk_work_in_a_counseling_department_is_no_counselor_s()
    {
        var score = Score(CounselorAfterAGraduateAssistantship("Scheduled practicum site placements, kept the site database, proctored exams."), AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(7.3));
    }

    [Test]
    public void A_graduate_assistant_who_counsels_clients_counts()
    {
        var score = Score(CounselorAfterAGraduateAssistantship("Provided individual counseling sessions to undergraduates at the department's training clinic, 10 clients a week."), AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(9.3));
    }
}
