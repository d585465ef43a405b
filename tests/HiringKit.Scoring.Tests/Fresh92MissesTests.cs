using static HiringKit.Scoring.Tests.LookAlikeTradeTests;
using static HiringKit.Scoring.Tests.Resumes;

namespace HiringKit.Scoring.Tests;

/// <summary>
/// The general causes behind the misses of Fresh92 (US private and telehealth practice; run once in session 30, then read),
/// written by hand, not copied from it.
/// </summary>
public sealed class Fresh92MissesTests
{
    const string Table = """
        EXPERIENCE (most recent first)

        Role | Employer | Dates | Hours
        Therapist (LPC) | Catalina Foothills Counseling Group | 9/23 – pres. | FT, 30 client hrs
        Contract clinician (1099) | Alma (telehealth, AZ clients) | '24 – pres. | 5–6 hrs/wk
        Therapist (LAC, supervised) | Sonoran Community Behavioral Health | Jan '22 – Sep '23 | FT
        Relationship Manager, Business Banking | Western Sun Bank | '12 – '19 | FT

        Catalina Foothills Counseling Group — Therapist (LPC)
        - Alliance repair as routine: a check at the end of every session; motivational interviewing with ambivalent drinkers.

        Sonoran Community Behavioral Health — Therapist (LAC)
        - Adults with SMI; reflective listening; weekly clinical supervision for LAC licensure hours.
        """;

    [Test]
    public void A_table_set_apart_by_bars_dates_each_row_and_keeps_the_descriptions_below_it_out_of_its_last_row()
    {
        var score = Score(Header + Table, AsOf2026);

        // January 2022 to November 2026; the bank's '12 – '19 is another trade's.
        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(4.9));
        Assert.That(score.Matches.Select(m => m.Phrase), Does.Contain("motivational interviewing"));
    }

    [TestCase("9/23 – pres.", 3.3)]
    [TestCase("'24 – pres.", 2.9)]
    [TestCase("'18 – '22", 4.0)]
    public void Short_dates_in_a_table_s_cell_date_the_post(string dates, double years)
    {
        var score = Score(Header + $"""
            EXPERIENCE

            Role | Employer | Dates | Hours
            Therapist (LPC) | Catalina Foothills Counseling Group | {dates} | FT

            Catalina Foothills Counseling Group — Therapist (LPC)
            - Adults and couples; a therapeutic alliance with each client.
            """, AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(years));
    }

    [Test]
    public void A_federal_resume_s_dates_line_with_bars_is_no_table()
    {
        var score = Score(Header + """
            PROFESSIONAL EXPERIENCE

            DRUG TREATMENT SPECIALIST
            U.S. Department of Justice, Federal Bureau of Prisons, FCI Bastrop
            05/2016 to 12/2018 | GS-0101-09 | Hours per week: 40
            * Drug abuse treatment groups; a therapeutic relationship with each participant.
            """, AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(2.7));
    }

    [TestCase("Contracted Therapist (1099, part-time, evenings)")]
    [TestCase("Per Diem Therapist")]
    [TestCase("PRN Therapist")]
    public void How_a_post_is_contracted_does_not_make_it_another_subject_s(string title)
    {
        var score = Score(Header + $"""
            EXPERIENCE

            Mental Health Counselor (LMHC)                             2019 – 2022
            Tampa Bay Counseling Group
              • Adult outpatient caseload of 30.

            {title}                          Aug 2022 – Present
            Headway and Alma — telehealth, FL and GA clients
              • 8–10 weekly telehealth clients; the Working Alliance Inventory at sessions 3 and 8.
            """, AsOf2026);

        Assert.That(score.Matches.Select(m => m.Phrase), Does.Contain("working alliance inventory"));
    }

    [Test]
    public void A_student_s_internship_at_a_university_s_counseling_service_is_the_trade_s_placement()
    {
        var layout = new ResumeLayout(Header + """
            CLINICAL TRAINING

            Internship - University of Houston-Clear Lake Counseling Services
            Dates:      2025-01 to 2025-08
              * 600 hrs (310 direct); individual and group counseling for college students and foster youth
              * Crisis intervention during walk-in hours under licensed staff supervision
            """, new DateOnly(2026, 11, 1));

        Assert.That(layout.Roles, Has.Count.EqualTo(1));
        Assert.That(layout.IsAnotherTrade[0], Is.False);
    }
}
