using static HiringKit.Scoring.Tests.LookAlikeTradeTests;
using static HiringKit.Scoring.Tests.Resumes;

namespace HiringKit.Scoring.Tests;

/// <summary>
/// The general causes behind session 25's first blind set (Fresh44, run once on 2.21.0, then read), written by hand, not copied
/// from it: a PDF's sidebar page whose work runs on over the second page's whole width, read under the sidebar's last heading.
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
}
