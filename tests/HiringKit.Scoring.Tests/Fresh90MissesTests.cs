using static HiringKit.Scoring.Tests.LookAlikeTradeTests;
using static HiringKit.Scoring.Tests.Resumes;

namespace HiringKit.Scoring.Tests;

/// <summary>
/// The general causes behind the years misses of session 29's two closing checks (Fresh90, a general sample; Fresh91, dates and
/// layouts as real CVs write them), each run once and read in session 30, written by hand, not copied from them.
/// </summary>
public sealed class Fresh90MissesTests
{
    [TestCase("SAM REYES  |  Counsellor (ACA Level 3)                                  Page 2 of 2")]
    [TestCase("Sam Reyes – Counsellor                      Seite 2 von 3")]
    public void A_later_page_s_running_header_is_no_part_of_the_entry_it_falls_in(string header)
    {
        var score = Score($"""
            SAM REYES  |  Counsellor (ACA Level 3)                                  Page 1 of 2

            PROFESSIONAL EXPERIENCE

            Counsellor, Northside Youth Service                     2019/03 – current
            • Counselling for young people 12–25; a working alliance with each one.

            Disability Support Worker (casual)
            Brightpath Community Services, Brisbane                 2012 – 2018
            • Personal care and community access for young adults, while studying.

            {header}

            EDUCATION
            Master of Counselling – Queensland University of Technology     2018
            """, AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(7.8));
    }

    [Test]
    public void The_first_page_s_header_still_names_the_trade()
    {
        Assert.That(RunningHeaders.Blanked("SAM REYES | Counsellor   Page 1 of 2\nEXPERIENCE"), Is.EqualTo("SAM REYES | Counsellor   Page 1 of 2\nEXPERIENCE"));
        Assert.That(RunningHeaders.Blanked("A\r\nSam Reyes   page 2 of 2\r\nB"), Is.EqualTo("A" + new string(' ', 25) + "\r\nB"));
        // Not a page number: a homepage, or a page named in a sentence.
        Assert.That(RunningHeaders.Blanked("Homepage 2 of 3 redesigned"), Is.EqualTo("Homepage 2 of 3 redesigned"));
        Assert.That(RunningHeaders.Blanked("Wrote page 2 onwards of the manual"), Is.EqualTo("Wrote page 2 onwards of the manual"));
    }

    [Test]
    public void An_entry_headed_by_its_degree_is_study_and_its_placement_with_it()
    {
        var score = Score(Header + """
            EXPERIENCE

            Counsellor
            Riverside Whānau Services - Hamilton
            03/2023 - current
            - Individual and family counselling for adults; caseload 22.

            Master of Counselling (full-time study)
            University of Waikato
            2021 - 2022
            - Counselling placement, 2022: adult community mental health team, 200 client hours.
            """, AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(3.8));
    }

    [Test]
    public void A_degree_s_practicum_entered_as_a_post_is_still_a_placement_in_the_first_year()
    {
        var score = Score(Header + """
            Experience
            Eastside Family Service Centre
            Counsellor
            January 2026 - Present (11 months)
            Casework and counselling for individuals and families.
            Master of Counselling - Supervised Practicum
            Counselling Intern
            September 2024 - June 2025 (10 months)
            240 direct client hours across two placements.
            """, AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(1.8));
    }

    [Test]
    public void A_student_assistance_program_s_counselor_is_a_post_not_a_placement()
    {
        var score = Score(Header + """
            Work Experience

            School-Based Therapist
            Keystone Youth & Family Services - Reading, PA
            September 2020 to Present
            - Caseload of 18-24 students; a therapeutic alliance with each.

            Student Assistance Program (SAP) Counselor (part-time, 0.4 FTE)
            Berks Prevention & Recovery Council - Reading, PA
            January 2019 to June 2020
            - Screenings and brief counseling for SAP-referred high school students.
            """, AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(7.8));
    }
}
