using static HiringKit.Scoring.Tests.LookAlikeTradeTests;
using static HiringKit.Scoring.Tests.Resumes;

namespace HiringKit.Scoring.Tests;

/// <summary>
/// The general cause behind Fresh73's worst miss (addiction, criminal justice and forensic settings; run once as a held-back check
/// on f719e0c, then read), written by hand, not copied from it: a rehab call centre's admissions representative read as the
/// trade because her lines name the detox and substance use her callers seek, so a keyword stuffer outscored a genuine senior; an
/// Irish HSE form's table of posts ("Employer | Post held | From | To") and its numbered sections ("SECTION 4 - KEY COMPETENCIES")
/// unread, so a counsellor of fifteen years had none.
/// </summary>
public sealed class Fresh73MissesTests
{
    const string AdmissionsRepresentative = """
        Admissions professional with 4+ years in addiction treatment intake and 6 years of call center experience.

        Work Experience

        Senior Admissions Representative
        Coastal Palms Recovery Center - Delray Beach, FL
        January 2024 to Present
        - Handle 60-80 inbound calls per shift from people seeking detox, residential and PHP/IOP treatment for substance use.
        - Complete pre-admission screening in the CRM and pass clinical questions to the on-call clinician or nurse for approval.
        - Verify benefits with commercial insurers and quote self-pay rates; collect deposits.
        - Built rapport with callers and their families quickly; converted 27% of qualified leads to admissions.
        - Follow-up calls to people who did not admit; re-engaged 40+ callers per quarter.
        - Trained 5 new representatives on call scripts and HIPAA/42 CFR Part 2 rules.

        Customer Service Representative II
        Verizon Wireless - Boca Raton, FL
        March 2016 to July 2022
        - Handled 70+ billing and device calls a day; de-escalated upset customers and kept first-call resolution above target.
        - Mentored new hires on the escalations desk.

        Education
        Associate of Arts, Palm Beach State College, 2015
        Certified Addiction Professional (CAP) - in progress

        Skills
        - Therapeutic Alliance (2 years)
        - Motivational Interviewing (3 years)
        - Crisis Intervention (4 years)
        - Rapport Building (10+ years)
        - Active Listening (10+ years)
        """;

    [Test]
    public void A_rehab_s_admissions_representative_selling_beds_is_another_trade()
    {
        var score = Score(Header + AdmissionsRepresentative, AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.Null);
        Assert.That(score.Score, Is.LessThan(20));
    }

    const string HseForm = """
        SECTION 3 - EMPLOYMENT HISTORY (most recent first)
        Employer | Post held | From | To | Whole-time / part-time
        HSE Addiction Services, Community Drug Team | Addiction Counsellor (Grade VI) | 2016 | Present | Whole-time
        Prison addiction counselling service, Mountjoy Campus | Addiction Counsellor | 2012 | 2016 | Whole-time
        Dunnes Stores, Phibsborough | Sales Assistant | 2001 | 2005 | Part-time

        SECTION 4 - KEY COMPETENCIES
        4.1 Professional Knowledge and Experience
        My caseload is 25-30 clients. I treat clients with respect and empathy, and I am clear about professional boundaries.
        """;

    [Test]
    public void A_form_s_table_of_posts_dates_them()
    {
        var score = Score(Header + HseForm, AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(14.9));
    }

    /// <summary>A form's numbered section ends the last post: the competency statements are no shop assistant's.</summary>
    [Test]
    public void A_form_s_numbered_section_ends_the_last_post()
    {
        var score = Score(Header + HseForm, AsOf2026);

        Assert.That(score.Matches.Select(m => m.Phrase), Has.Member("professional boundaries"));
    }

    /// <remarks>A cell holding a year beside a name is no range: "Counsellor | 2016 | Mind Dublin".</remarks>
    [Test]
    public void A_year_cell_beside_a_name_cell_is_no_range()
    {
        var score = Score(Header + """
            EMPLOYMENT
            Prison counselling service | Counsellor | 2016 | Mind Dublin
            - Individual counselling for 25 clients.
            """, AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.Null);
    }

    [TestCase("Substance Misuse Counsellor")]
    [TestCase("Drug Misuse Counsellor")]
    public void A_misuse_counsellor_is_the_trade_s(string title)
    {
        var score = Score(Header + $"""
            EXPERIENCE
            {title}
            Forward Horizons, Wakefield
            Mar 2024 - date
            - One-to-one key work and relapse prevention groups for adults.
            """, AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(2.8));
    }
}
