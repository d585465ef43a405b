using static HiringKit.Scoring.Tests.LookAlikeTradeTests;
using static HiringKit.Scoring.Tests.Resumes;

namespace HiringKit.Scoring.Tests;

/// <summary>
/// The general causes behind session 24's first blind set (Fresh38), written by hand, not copied from it: a printable form's
/// "From      02/2021" over "To        Current" unread; a pasted resume's "9/22 - 4/25" unread; a peer's years counted beside a
/// counselor's; a "Weekend Counselor" read as another trade's; a summary's "(2018-2023)" break read as a post; a family services
/// case manager's years counted; an applicant to a counseling degree read as its student. And two found on the way: a
/// returner's "Return to Practice" heading unread, and a youth worker's "(not a counselling role)" closing a bullet.
/// </summary>
public sealed class Fresh38MissesTests
{
    [Test]
    public void A_printable_form_s_dates_without_colons_are_a_post()
    {
        string text = Header + """
            Work Experience
            Job Title      Mental Health Therapist II
            Company        Cascadia Family Services
            Location       Lakewood, WA
            From           08/2016
            To             01/2021
            Role Description
            - Outpatient therapist for adults; average caseload 28; the working alliance is reviewed at session 3.
            """;
        var score = Score(text, AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(4.5));
    }

    [Test]
    public void A_form_s_labels_without_colons_need_their_gap()
    {
        // "To be considered" is a sentence, not an end label: the lone start stays no post.
        string text = Header + """
            Work Experience
            Mental Health Therapist, Cascadia Family Services
            Started 08/2016
            To be considered for the senior post I completed EMDR training.
            """;
        var score = Score(text, AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.Null);
    }

    [TestCase("9/22 - 4/25", 2.7)]
    [TestCase("09/22 – now", 4.3)]
    [TestCase("5/25 - present", 1.6)]
    public void A_month_and_a_two_digit_year_date_a_post_at_its_line_s_end(string range, double years)
    {
        string text = Header + $"""
            EXPERIENCE
            Substance Use Counselor I
            West Loop Treatment Center, Chicago IL            {range}
            - Outpatient caseload of 25-30; motivational interviewing and individual and group counseling.
            """;
        var score = Score(text, AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(years));
    }

    [TestCase("- PHQ-9 scores fell from 8/10 to 3/10 across the caseload.")]
    [TestCase("- Client satisfaction rose from 3/20 - 9/20 in one quarter; motivational interviewing in every intake.")]
    public void Ratings_in_a_sentence_are_no_dates(string bullet)
    {
        string text = Header + $"""
            EXPERIENCE
            Substance Use Counselor I, West Loop Treatment Center      Jan 2024 - Present
            {bullet}
            """;
        var score = Score(text, AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(2.9));
    }

    [TestCase("Certified Peer Recovery Specialist (CPRS)")]
    [TestCase("Peer Support Worker")]
    [TestCase("Veteran Peer Counselor")]
    public void A_peer_s_post_beside_a_counselor_s_adds_no_years(string title)
    {
        string text = Header + $"""
            EXPERIENCE
            Substance Use Counselor II, North Side Recovery Partners      09/2022 - present
            - Carry 18 individual clients; motivational interviewing in every intake.

            {title}, Heartland Recovery Community      06/2019 - 08/2022
            - Recovery coaching and peer support groups; linked people leaving jail to treatment.
            """;
        var score = Score(text, AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(4.3));
    }

    [Test]
    public void A_peer_s_posts_alone_are_the_career_s_years()
    {
        string text = Header + """
            EXPERIENCE
            Peer Recovery Specialist, RVA Recovery Community Center      04/2023 - present
            - One-to-one recovery support; rapport building with people in early recovery.

            Recovery Coach, Richmond Community Hospital      04/2022 - 03/2023
            - Met people in the emergency department after an overdose.
            """;
        var score = Score(text, AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(4.7));
    }

    [Test]
    public void A_peer_specialist_turned_case_manager_keeps_the_peer_years()
    {
        // Beside a case manager's post, not a counselor's, a set's writer counted the peer years as behavioral health work.
        string text = Header + """
            EXPERIENCE
            Behavioral Health Case Manager, Harbor Point Behavioral Health      01/2025 - present
            - Case management for adults with serious mental illness; treatment planning with the clinical team.

            Certified Peer Support Specialist, Harbor Point Behavioral Health      03/2023 - 12/2024
            - Peer support groups on the crisis stabilization unit.
            """;
        var score = Score(text, AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(3.8));
    }

    [Test]
    public void A_weekend_counselor_s_post_beside_a_counselor_s_is_the_trade_s()
    {
        string text = Header + """
            EXPERIENCE
            Substance Use Counselor, North Side Recovery Partners      09/2024 - present
            - Carry 18 individual clients; motivational interviewing in every intake.

            Weekend Counselor (part-time), Sarah's Way Recovery Home      01/2022 - 08/2024
            - Saturday and Sunday shifts; orientation groups, 1:1 check-ins and discharge planning.
            """;
        var score = Score(text, AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(4.9));
    }

    [TestCase("returning to full caseload after a planned career break\n(2018-2023) to care for a family member.")]
    [TestCase("including a career break to raise\nmy children (2018-2023).")]
    public void A_summary_s_break_in_parentheses_is_no_post(string sentence)
    {
        string text = Header + $"""
            PROFILE
            Psychotherapist with close to ten years of clinical work with adults and couples,
            {sentence} I build the working alliance deliberately.

            CLINICAL EXPERIENCE
            2023-02 to present   Psychotherapist, Westboro Community Health Centre
              * Short- and medium-term therapy for adults; the working alliance is measured every session.
            2012-09 to 2018-06   Counsellor / Psychotherapist, Ottawa Family Services
              * Individual and couples counselling.
            """;
        var score = Score(text, AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(9.6).Within(0.1));
    }

    [Test]
    public void A_post_dated_in_parentheses_after_a_break_in_another_clause_stands()
    {
        string text = Header + """
            EXPERIENCE
            Returned from parental leave in 2019; Senior Counsellor
            (2019-2023) at Riverside Counselling Service, individual counselling for adults.
            """;
        var score = Score(text, AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.GreaterThanOrEqualTo(4.0));
    }

    [Test]
    public void A_return_to_practice_heading_heads_the_returner_s_post()
    {
        string text = Header + """
            RETURN TO PRACTICE
            Counsellor (0.6 FTE)                              since March 2023
            Tayside Wellbeing Counselling Service, Dundee
             - Open-ended work with adults; a working alliance agreed in the first session.
            """;
        var score = Score(text, AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(3.8));
    }

    [Test]
    public void A_family_services_case_manager_s_years_are_not_counseling()
    {
        string text = Header + """
            EXPERIENCE
            Vocational Rehabilitation Counselor II, Texas Workforce Solutions      JUN 2024 — PRESENT
            - Counseling and guidance for adults with disabilities; build rapport with consumers.

            Case Manager
            Familias Adelante Community Services, San Antonio
            AUG 2019 — DEC 2023
            • Case management for low-income families: SNAP and Medicaid applications, housing referrals.
            • Home visits and resource navigation in English and Spanish.
            """;
        var score = Score(text, AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(2.5));
    }

    [TestCase("• Case management for adults with serious mental illness; housing referrals.")]
    [TestCase("• Case management and crisis support for families in the wraparound program.")]
    public void A_case_manager_in_behavioral_health_keeps_the_years(string bullet)
    {
        string text = Header + $"""
            EXPERIENCE
            Case Manager
            Familias Adelante Community Services, San Antonio
            AUG 2019 — DEC 2023
            {bullet}
            """;
        var score = Score(text, AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(4.4));
    }

    [Test]
    public void A_youth_worker_s_note_that_it_was_not_counselling_leaves_it_out()
    {
        string text = Header + """
            EMPLOYMENT HISTORY
            MENTAL HEALTH CLINICIAN (SENIOR, GRADE 3)                                02/2021 - PRESENT
            - ASSESSMENT AND SHORT-TO-MEDIUM TERM THERAPY FOR ADULTS; THE THERAPEUTIC RELATIONSHIP COMES FIRST.

            YOUTH WORKER                                                            01/2011 - 02/2014
            BERRY STREET, SHEPPARTON
            - OUT-OF-HOME CARE SUPPORT, LIFE SKILLS, CASE MANAGEMENT (NOT A COUNSELLING ROLE).
            """;
        var score = Score(text, AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(5.8));
    }

    [Test]
    public void An_applicant_to_a_counseling_degree_is_not_its_student()
    {
        string text = Header + """
            SUMMARY
            Front-office professional in outpatient behavioral health, applying to
            counseling roles and MA Clinical Mental Health Counseling programs
            (Fall 2027). Calm under pressure.

            Work Experience
            Patient Services Coordinator
            Desert Bloom Counseling Group - Mesa, AZ
            March 2023 to Present
            - Front desk, scheduling and insurance verification for 14 therapists.
            """;
        var score = Score(text, AsOf2026);

        Assert.That(score.Level.Level, Is.Null);
    }
}
