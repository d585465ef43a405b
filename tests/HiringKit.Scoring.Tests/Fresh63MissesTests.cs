using static HiringKit.Scoring.Tests.LookAlikeTradeTests;
using static HiringKit.Scoring.Tests.Resumes;

namespace HiringKit.Scoring.Tests;

/// <summary>
/// The general causes behind Fresh63's misses (public and third-sector services; run once on d45b86c, then read), written by hand,
/// not copied from it: NHS Jobs' "Start date: ...⇥Notice period: 2 months" unread as a post held now; salaried trainee posts on an
/// NHS pay band read as placements, and "High Intensity Therapist" as another subject's; a membership's years in an Irish form's
/// header read as a post; a coordinator's post with "no direct caseload" read as counselling; a youth worker who went on to study counselling, HR executives,
/// service improvement leads and survey field officers read as the trade.
/// </summary>
public sealed class Fresh63MissesTests
{
    [Test]
    public void A_form_s_start_date_beside_its_notice_period_is_a_post_held_now()
    {
        string text = Header + """
            Employment history

            Employer: Lancashire & South Cumbria NHS Foundation Trust (Lancashire Talking Therapies)
            Job title: Senior High Intensity CBT Therapist (Band 7)
            Start date: 03/04/2019	Notice period: 2 months
            Main duties: Step 3 CBT caseload; clinical supervision for five therapists; the therapeutic alliance measured at session 3.
            """;
        var score = Score(text, AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(7.8));
    }

    [Test]
    public void A_salaried_trainee_on_a_pay_band_is_employed_not_placed()
    {
        string text = Header + """
            Employment history

            Employer: Lancashire & South Cumbria NHS Foundation Trust
            Job title: High Intensity CBT Therapist (Band 7)
            From: 01/09/2022	To: 31/10/2026
            Main duties: CBT for anxiety and depression; the therapeutic alliance reviewed with the Session Rating Scale.

            Employer: Lancashire & South Cumbria NHS Foundation Trust
            Job title: Trainee High Intensity Therapist (Band 6)
            From: 02/09/2021	To: 31/08/2022
            Main duties: supervised CBT caseload while completing the PGDip.
            """;
        var score = Score(text, AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(5.2));
    }

    [Test]
    public void A_membership_s_years_are_no_post()
    {
        string text = """
            Declan Fitzmaurice
            Claremorris, Co. Mayo | 087 555 3190

            SECTION 2: EDUCATION & QUALIFICATIONS
            2003	NUI Maynooth	Diploma in Addiction Studies (Counselling)

            Professional memberships: Addiction Counsellors of Ireland (ACI), accredited member 2006–2014 (lapsed on moving to management).

            SECTION 3: EMPLOYMENT HISTORY
            Addiction Counsellor, HSE West Addiction Services, Castlebar (03/2016 – 08/2020)
            •	Individual and group counselling for adults; motivational interviewing at assessment.
            """;
        var score = Score(text, AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(4.5));
    }

    [Test]
    public void A_youth_worker_who_left_to_study_counselling_shows_none_in_the_post()
    {
        string text = Header + """
            EXPERIENCE
            Counsellor
            Western Sydney Community Drug & Alcohol Service
            Aug 2021 – current
            • Individual counselling for adults; motivational interviewing at every first session.

            Youth Worker
            PCYC Mount Druitt                                             Feb 2010 – Jun 2021
            • Ran after-school and holiday programs, sport and mentoring for 10–18 year olds.
            • Referred young people to headspace and school counsellors; this work pushed me into
              studying counselling part-time.
            """;
        var score = Score(text, AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(5.3));
    }

    [Test]
    public void A_coordinator_with_no_direct_caseload_shows_no_counselling()
    {
        string text = Header + """
            EMPLOYMENT HISTORY
            Addiction Counsellor, HSE West Addiction Services (03/2016 – 08/2020)
            •	Individual and group counselling for adults; motivational interviewing at assessment.

            Regional Drug & Alcohol Coordinator, HSE West (09/2020 – present)
            •	Coordinated the task force's treatment and rehabilitation subgroup; counselling services commissioned across three counties.
            •	Line management of community addiction teams; no direct caseload.
            """;
        var score = Score(text, AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(4.5));
    }

    [TestCase("HR Executive")]
    [TestCase("Service Improvement Lead, Mental Health Engagement")]
    [TestCase("Field Interviewer (APS 3)")]
    public void An_hr_executive_s_an_improvement_lead_s_or_a_field_interviewer_s_post_is_another_trade(string title)
    {
        string text = Header + $"""
            EXPERIENCE
            Counsellor
            Western Sydney Community Drug & Alcohol Service
            Aug 2021 – current
            • Individual counselling for adults; motivational interviewing at every first session.

            {title}
            Mount Druitt
            Feb 2010 – Jun 2021
            • Drop-in programmes, informal counselling and support for young people and their families.
            """;
        var score = Score(text, AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(5.3));
    }

    [TestCase("High Intensity Therapist")]
    public void A_high_intensity_therapist_is_the_trade_s(string title)
    {
        string text = Header + $"""
            EXPERIENCE
            {title}
            Western Sydney Community Drug & Alcohol Service
            Feb 2016 – Jun 2021
            • Individual counselling for adults; motivational interviewing at every first session.
            """;
        var score = Score(text, AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(5.4));
    }
}
