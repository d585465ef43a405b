using static HiringKit.Scoring.Tests.LookAlikeTradeTests;
using static HiringKit.Scoring.Tests.Resumes;

namespace HiringKit.Scoring.Tests;

/// <summary>
/// The general causes behind Fresh60's misses (the US's less common counseling paths; run once on 2b3f198, then read), written by
/// hand, not copied from it: a behavioral health technician's years, set apart under "Related experience", counted beside a new resident's counseling post; "Professional
/// development and goals" left unread, so its hopes ran on in another trade's post and were lost; a federal resume's pay-grade
/// lines taken for posts, cutting a counselor's entry off its title; a career break's sentence under its name read as a post;
/// "instead of an ongoing therapeutic relationship" read as a claim; a practice's intake coordinator named before her employer's
/// counseling name read as the trade; "client retention and no-show reports".
/// </summary>
public sealed class Fresh60MissesTests
{
    [TestCase("Behavioral Health Technician (part-time, nights)")]
    [TestCase("Psychiatric Technician")]
    public void A_technician_s_years_set_apart_as_related_experience_are_left_out_beside_the_counseling_post(string title)
    {
        string text = Header + $"""
            CLINICAL EXPERIENCE
            Staff Counselor
            Riverside Community Counseling Center
            07/2025 - Present
            - Individual therapy with adults; intake and triage appointments.

            RELATED EXPERIENCE
            {title}
            Valley Behavioral Health Hospital
            06/2021 - 07/2024
            - Milieu safety checks, de-escalation and group activities on an adult inpatient unit.
            """;
        var score = Score(text, AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(1.4));
    }

    [Test]
    public void A_technician_s_years_under_the_one_experience_heading_still_count()
    {
        string text = Header + """
            EXPERIENCE
            Staff Counselor
            Riverside Community Counseling Center
            07/2025 - Present
            - Individual therapy with adults; intake and triage appointments.

            Behavioral Health Technician
            Valley Behavioral Health Hospital
            06/2021 - 07/2024
            - Milieu safety checks, de-escalation and group activities on an adult inpatient unit.
            """;
        var score = Score(text, AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(4.6));
    }

    [Test]
    public void A_technician_alone_is_still_in_the_trade()
    {
        string text = Header + """
            EXPERIENCE
            Behavioral Health Technician — Palm Shores Behavioral Hospital, Tampa, FL
            Jan 2025 – Present
            • Round on patients every 15 minutes; run the evening group and help keep the unit calm.
            """;
        var score = Score(text, AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(1.9));
    }

    [TestCase("PROFESSIONAL DEVELOPMENT AND GOALS")]
    [TestCase("Training & Goals")]
    public void A_study_s_heading_joined_to_the_writer_s_goals_ends_the_post_above(string heading)
    {
        string text = Header + $"""
            EXPERIENCE
            Counseling Intern	James Madison University Counseling Center	08/2025 - 05/2026
            	Saw 14-18 students a week for anxiety and adjustment.
            Barista	Blue Ridge Coffee Roasters	08/2024 - 05/2026
            	Espresso bar and catering orders for campus events.

            {heading}
            	Over the next two years I hope to develop my skill in repairing alliance ruptures.
            """;
        var score = Score(text, AsOf2026);

        Assert.That(score.Matches.Single(m => m.Phrase == "alliance rupture").Assertion, Is.EqualTo(Assertions.Aspirational));
    }

    [Test]
    public void A_federal_resume_s_pay_grades_are_no_posts()
    {
        string text = Header + """
            Highest grade held: GS-0101-12, 10/2022 - present

            Work Experience

            Department of Veterans Affairs, Veteran Readiness and Employment
            Baton Rouge, LA US
            04/2019 - Present
            Grade Level: GS-0101-11 (04/2019 - 09/2022), GS-0101-12 (10/2022 - present)
            Hours per week: 40
            Vocational Rehabilitation Counselor (VRC)

            Duties, Accomplishments and Related Skills:
            - Provide vocational rehabilitation counseling to a caseload of 120 Veterans with service-connected disabilities.
            - Build a working alliance with each Veteran through collaborative goal setting and motivational interviewing.
            """;
        var score = Score(text, AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(7.7));
    }

    [Test]
    public void A_career_break_told_in_a_sentence_under_its_name_is_no_post()
    {
        string text = Header + """
            EXPERIENCE

            Behavioral Health Consultant
            Blackfeet Community Health Center, Browning, MT
            2024/06 - current
            * Same-day warm handoffs from medical providers; brief counseling visits.

            CAREER BREAK
            2022/09 - 2024/05
            Family caregiving for a parent with kidney disease. Kept my LCPC active with 40 CE hours.

            Mental Health Therapist
            Glacier Community Mental Health Center, Cut Bank, MT
            2020/09 - 2022/08
            * Outpatient therapy for adults, caseload of 35-45.
            """;
        var score = Score(text, AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(4.5));
    }

    [TestCase("Brief, targeted visits instead of an ongoing therapeutic relationship; longer therapy is referred out.")]
    [TestCase("Brief consults rather than a therapeutic relationship over months.")]
    public void What_the_work_was_instead_of_the_phrase_negates_it(string bullet)
    {
        string text = With("EXPERIENCE", "Behavioral Health Consultant, Tribal Health Clinic, 2021 - present", "* " + bullet);

        Assert.That(Score(text).Matches.Single(m => m.Phrase == "therapeutic relationship").Assertion, Is.EqualTo(Assertions.Negated));
    }

    [Test]
    public void The_phrase_instead_of_which_something_else_was_done_is_still_claimed()
    {
        string text = With("EXPERIENCE", "Counselor, Hope Clinic, 2021 - present",
            "* Built the therapeutic relationship first instead of rushing into treatment plans.");

        Assert.That(Score(text).Matches.Single(m => m.Phrase == "therapeutic relationship").Assertion, Is.EqualTo(Assertions.Asserted));
    }

    [Test]
    public void A_practice_s_intake_coordinator_named_before_its_name_is_its_office()
    {
        string text = Header + """
            CORE COMPETENCIES
            Therapeutic Alliance | Active Listening | Empathy | Rapport Building | Motivational Interviewing

            PROFESSIONAL EXPERIENCE
            Intake Coordinator | Desert Bloom Counseling Group, Tempe, AZ | 08/2019 - Present
            - First point of contact for new inquiries for a 16-clinician group practice (LPCs, LMFTs, LCSWs and a psychiatric NP).
            - Match new clients to clinicians; verify benefits and obtain prior authorizations.
            - Complete phone intake screens and book first sessions with the matched therapist.
            - When a caller discloses thoughts of suicide, keep them on the line and transfer to the on-duty clinician or to 988.
            """;
        var score = Score(text, AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.Null);
    }

    [Test]
    public void A_front_office_s_client_retention_reports_are_no_alliance()
    {
        string text = With("EXPERIENCE", "Counselor, Hope Clinic, 2021 - present",
            "- Prepare monthly client retention and no-show reports for the clinical director.");

        Assert.That(Score(text).Matches.Any(m => m.Phrase == "client retention"), Is.False);
    }
}
