using static HiringKit.Scoring.Tests.LookAlikeTradeTests;
using static HiringKit.Scoring.Tests.Resumes;

namespace HiringKit.Scoring.Tests;

/// <summary>
/// The general causes behind session 24's second blind set (Fresh39), written by hand, not copied from it: a Workday form's
/// "To: (Current)" unread; a table of posts set with spaces whose last row took in every post's description below it, and a
/// dated bullet there took that row's trade; a French-Canadian customer service post and a "Customer Experience Team Leader"
/// read as no trade; an ASL interpreter's "interpret weekly individual therapy" read as her own clinical work.
/// </summary>
public sealed class Fresh39MissesTests
{
    [TestCase("(Current)")]
    [TestCase("(Present)")]
    public void A_form_s_ongoing_end_in_parentheses_runs_to_today(string end)
    {
        string text = Header + $"""
            WORK EXPERIENCE
              Job Title: Clinical Supervisor     Company: Lakeview Behavioral Health
              From: 09/2017   To: {end}
              - Weekly clinical supervision of 7 therapists; the working alliance is measured at sessions 3 and 8.
            """;
        var score = Score(text, AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(9.3));
    }

    const string SpacedTable = """
        EXPERIENCE
        Period                  Position                                   Organisation
        ----------------------  -----------------------------------------  ------------------------------------
        Sept. 2022 - present    Registered Psychotherapist (0.6 FTE)       Community Health Centre, Ottawa
        03/2013 - 06/2018       Counsellor / Psychotherapist               Family Service Toronto, Bloor St. W.
                                (Qualifying, then RP from 2016)
        2008 - 2011             Customer Service Representative            Caisse populaire Desjardins, Orleans

        Community Health Centre - Registered Psychotherapist
        * I track rupture and repair session by session and raise it with the client.
        * I bring my own countertransference to monthly peer consultation.

        Family Service Toronto - Counsellor / Psychotherapist
        * Individual, couple and family counselling for a caseload of 25-30.
        * Co-led the agency's French-language counselling pilot (2016-2018).
        """;

    [Test]
    public void A_table_s_last_row_takes_in_no_description_below_the_table()
    {
        var score = Score(Header + SpacedTable, AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(9.5).Within(0.1));
        Assert.That(Evidence(score).Select(m => m.Phrase), Is.SupersetOf(new[] { "rupture and repair", "countertransference" }));
    }

    [Test]
    public void A_dated_bullet_below_a_table_is_no_part_of_its_last_row()
    {
        var score = Score(Header + SpacedTable, AsOf2026);

        // The pilot's years lie inside the counsellor's post: read as a bank's, they took nothing, read as the bank's row they
        // would have taken the bullet's words; neither adds years.
        Assert.That(score.Level.YearsOfExperience, Is.LessThan(10.0));
    }

    [Test]
    public void Roles_with_bullets_between_them_are_no_table()
    {
        // Each post's bullets stand under it: the last post keeps its bullets.
        string text = Header + """
            EXPERIENCE
            2019 - present          Counsellor, Riverside Counselling Service
            - Individual counselling for adults.
            2014 - 2019             Therapist, Eastside Family Centre
            - Family therapy; I track rupture and repair with each family.
            """;
        var score = Score(text, AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(12.8).Within(0.1));
        Assert.That(Evidence(score).Select(m => m.Phrase), Does.Contain("rupture and repair"));
    }

    [TestCase("Agente de service a la clientele")]
    [TestCase("Customer Experience Team Leader")]
    public void Customer_service_posts_are_another_trade(string title)
    {
        string text = Header + $"""
            EXPERIENCE
            {title}, Coralink Mobile      Mar 2020 - Present
            - Coached 14 agents on motivational interviewing for churn-risk calls; crisis intervention on escalations; built a
              therapeutic relationship with long-time customers.
            """;
        var score = Score(text, AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.Null);
    }

    [Test]
    public void An_interpreter_who_interprets_therapy_is_another_trade()
    {
        string text = Header + """
            EXPERIENCE
            Staff Interpreter, Behavioral Health Services                          2019 - present
            Sandia Regional Medical Center, Albuquerque NM
             * Interpret weekly individual therapy for 6-9 Deaf clients, so the therapeutic relationship stays between clinician
               and client.
             * Interpret for the county mobile crisis intervention team on night calls.
            """;
        var score = Score(text, AsOf2026);

        Assert.That(Evidence(score).Select(m => m.Phrase), Is.Empty);
        Assert.That(score.Level.YearsOfExperience, Is.Null);
    }

    [Test]
    public void An_interpreter_post_with_its_own_caseload_stays_in_the_trade()
    {
        string text = Header + """
            EXPERIENCE
            Staff Interpreter, Behavioral Health Services                          2019 - present
            Sandia Regional Medical Center, Albuquerque NM
             * Carry my own caseload of 12 Deaf clients in ASL; individual therapy, the therapeutic relationship first.
            """;
        var score = Score(text, AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(7.9));
    }
}
