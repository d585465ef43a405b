using static HiringKit.Scoring.Tests.LookAlikeTradeTests;
using static HiringKit.Scoring.Tests.Resumes;

namespace HiringKit.Scoring.Tests;

/// <summary>
/// The general causes behind session 25's first blind set (Fresh44, run once on 2.21.0, then read), written by hand, not copied
/// from it: a PDF's sidebar page whose work runs on over the second page's whole width, read under the sidebar's last heading;
/// a peer post's hours note "(0.5 FTE 2019–2022)" read as a post, and "six years as a peer support worker" as a career in the
/// trade; "Education &amp; accreditation" unread; a distress line volunteer's crisis intervention dropped as another job's.
/// </summary>
public sealed class Fresh44MissesTests
{
    /// <summary>A sidebar (contact, skills, registration) beside the work on page one; page two one column of posts.</summary>
    const string SidebarPageThenOneColumn = """
        JOHANNA PIETERSE
        Counselling Psychologist

        CONTACT                              PROFILE
        +27 82 555 0100                      Counselling psychologist; my work rests on
        johanna@example.co.za                the therapeutic alliance, asked about at
                                             the end of every session.
        CORE SKILLS                          
        Trauma-focused CBT                   EXPERIENCE
        Clinical supervision                 
                                             Counselling Psychologist - Private Practice
        REGISTRATION                         Pretoria | 03/2019 - present
        HPCSA Counselling Psychologist       - Caseload of 24 adults a week; outcome and
        since 2014                             session ratings reviewed monthly.

        Johanna Pieterse - CV                                              Page 1 of 2

        Counselling Psychologist - Student Counselling Centre, University of Pretoria | 01/2014 - 02/2019
        - Individual therapy for students; built a working alliance with students referred by their lecturers.
        - Crisis intervention on the walk-in duty roster two afternoons a week.

        Johanna Pieterse - CV                                              Page 2 of 2
        """;

    [Test]
    public void Work_that_runs_on_over_the_next_page_s_whole_width_is_work()
    {
        var score = Score(SidebarPageThenOneColumn, AsOf2026);

        Assert.That(score.Matches.Where(m => m.Phrase == "working alliance").Select(m => m.Section), Is.EqualTo(new[] { "experience" }));
        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(12.9));
    }

    [Test]
    public void A_running_footer_and_header_across_the_columns_end_nothing()
    {
        // The second page is two columns again: its sidebar's "LANGUAGES" and "REFERENCES" head only their own column.
        string text = SidebarPageThenOneColumn.Replace("""
            Counselling Psychologist - Student Counselling Centre, University of Pretoria | 01/2014 - 02/2019
            - Individual therapy for students; built a working alliance with students referred by their lecturers.
            - Crisis intervention on the walk-in duty roster two afternoons a week.
            """, """
            JOHANNA PIETERSE, COUNSELLING PSYCHOLOGIST, HPCSA PS 0012345 (continued)
            LANGUAGES                            Counselling Psychologist
            English, Afrikaans                   Student Counselling Centre, Pretoria
                                                 01/2014 - 02/2019
            REFERENCES                           - Built a working alliance with students
            On request                             referred by their lecturers.
            """);
        var score = Score(text, AsOf2026);

        Assert.That(score.Matches.Where(m => m.Phrase == "working alliance").Select(m => m.Section), Is.EqualTo(new[] { "experience" }));
        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(12.9));
    }

    /// <summary>A counsellor since March 2023 after six years as a peer support worker.</summary>
    static string PeerTurnedCounsellor(string summary, string employerLine) => Header + $"""
        ABOUT ME
        {summary}

        EXPERIENCE
        Counsellor – Youth Service                                Mar 2023 – current
        Te Whare Counselling, Palmerston North
        - Individual counselling with young people; the working alliance is rated at the end of every session.

        Peer Support Worker (Lived Experience)                   Feb 2017 – Feb 2023
        {employerLine}
        - One-to-one peer support for adults leaving acute inpatient care; active listening and recovery plans.
        """;

    [TestCase("(full-time; 0.5 FTE 2019–2022)")]
    [TestCase("(part-time 2019 - 2022)")]
    public void A_note_of_a_post_s_hours_is_no_post(string note)
    {
        var score = Score(PeerTurnedCounsellor("Counsellor with young people and their families.", $"Peer Services, Palmerston North     {note}"), AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(3.8));
        Assert.That(score.Level.Level, Is.EqualTo("mid"));
    }

    [TestCase("Before I trained I spent six years as a peer support worker, using my own lived experience.")]
    [TestCase("Counsellor after 12 years as a police officer, drawing on that experience with people in crisis.")]
    public void Years_stated_of_another_post_are_not_the_trade_s(string summary)
    {
        var score = Score(PeerTurnedCounsellor(summary, "Peer Services, Palmerston North"), AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(3.8));
        Assert.That(score.Level.Level, Is.EqualTo("mid"));
    }

    [Test]
    public void Years_stated_of_the_trade_s_own_post_stand()
    {
        var score = Score(PeerTurnedCounsellor("Six years of experience as a counsellor, most of them with young people.", "Peer Services, Palmerston North"), AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(6));
    }

    [Test]
    public void Education_and_accreditation_heads_study()
    {
        Assert.That(ExperienceReader.HeadingOf("## Education & accreditation"), Is.EqualTo(ExperienceReader.HeadingKind.Study));
        Assert.That(ExperienceReader.HeadingOf("PROFESSIONAL ACCREDITATIONS"), Is.EqualTo(ExperienceReader.HeadingKind.Study));
    }

    [TestCase("Distress Line Volunteer", "One shift a week on an anonymous listening line; crisis intervention training and debriefs.")]
    [TestCase("Volunteer, Nightline", "Overnight shifts on the phones; crisis intervention training and debriefs.")]
    public void A_crisis_line_volunteer_s_crisis_intervention_is_helping_work(string title, string line)
    {
        string text = Header + $"""
            EXPERIENCE
            Registered Psychotherapist (Qualifying), Riverside Community Health      February 2026 - Present
            - Individual counselling for adults; building a working alliance in the first sessions.

            {title}      October 2022 - August 2024
            {line}

            Barista, Cafe Nordik      May 2019 - August 2023
            - Opened the store; trained new staff.
            """;
        var score = Score(text, AsOf2026);

        Assert.That(Evidence(score).Select(m => m.Phrase), Has.Member("crisis intervention"));
    }
}
