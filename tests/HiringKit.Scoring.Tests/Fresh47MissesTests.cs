using static HiringKit.Scoring.Tests.LookAlikeTradeTests;
using static HiringKit.Scoring.Tests.Resumes;

namespace HiringKit.Scoring.Tests;

/// <summary>
/// The general causes behind session 25's Fresh47 (run once on e58bbbb, then read), written by hand, not copied from it: an
/// employee assistance programme's counsellor titled in business words ("Employee Wellbeing Consultant" at a "Corporate
/// Wellness (EAP provider)"); a course's note after its particulars ("(online, 8 hours), 2024 - still to use it regularly"); an
/// EAP's "client engagement reports" to the companies that buy it; a sessional counsellor whose lines name only the core
/// conditions; a table of posts whose rows each have their bullets under them; a student counselling service's counsellor on the
/// line under her title; a career break named with a dash under its dates; a nurse's title with an hours note; a job board's
/// computer skills with their tenure.
/// </summary>
public sealed class Fresh47MissesTests
{
    [TestCase("Employee Wellbeing Consultant", "Brightside Corporate Wellness (EAP provider), Leeds")]
    [TestCase("Wellness Practitioner", "CareFirst Partners (24-hour EAP call centre), Leeds")]
    [TestCase("Wellbeing Consultant", "Employee Assistance Programme, Northgate Health")]
    public void An_assistance_programme_s_counsellor_is_in_the_trade_whatever_the_title(string title, string employer)
    {
        string text = Header + $"""
            EXPERIENCE
            {title}
            {employer} · Mar 2021 – present
            - Short-term counselling for employees of 14 client companies; 22-26 counselling hours a week.
            - Agree treatment goals with each client in the first session; built rapport quickly over the phone.
            """;
        var score = Score(text, AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(5.8));
        Assert.That(Evidence(score).Select(m => m.Phrase), Is.SupersetOf(new[] { "treatment goals", "rapport" }));
    }

    [TestCase("Employee Wellbeing Coordinator", "Brightside Corporate Wellness (EAP provider), Leeds")]
    [TestCase("EAP Account Manager", "CareFirst Partners, Leeds")]
    public void An_assistance_programme_s_office_stays_another_trade(string title, string employer)
    {
        string text = Header + $"""
            EXPERIENCE
            {title}
            {employer} · Mar 2021 – present
            - Promoted the counselling service to 14 client companies; counselling uptake rose by a third.
            - Built rapport with HR directors; quarterly reviews of the contract.
            """;
        var score = Score(text, AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.Null);
        Assert.That(Evidence(score).Select(m => m.Phrase), Has.No.Member("rapport"));
    }

    [TestCase("- Motivational interviewing (online, 8 hours), 2024 - still to use it regularly in sessions")]
    [TestCase("- Course in motivational interviewing (online, 1 day), 2025 - still to use it with clients")]
    [TestCase("- Motivational interviewing (2-day workshop), 2023 – some exposure only")]
    public void A_course_s_note_after_its_name_hedges_it(string line)
    {
        string text = Header + $"""
            EXPERIENCE
            School Counsellor, Green Park Academy      Jul 2022 – present
            - Individual counselling for pupils; the working alliance is rated each session.

            CERTIFICATIONS
            {line}
            """;
        var score = Score(text, AsOf2026);

        Assert.That(score.Matches.Single(m => m.Phrase == "motivational interviewing").Assertion, Is.EqualTo(Assertions.Hedged));
    }

    [TestCase("- Motivational Interviewing (MINT trainer, since 2019) - I train every new counsellor in the service")]
    [TestCase("- Motivational interviewing for adolescents (weekly group) - introduced to our clinic by me")]
    public void A_note_that_tells_the_work_done_is_no_hedge(string line)
    {
        string text = Header + $"""
            EXPERIENCE
            School Counsellor, Green Park Academy      Jul 2022 – present
            - Individual counselling for pupils; the working alliance is rated each session.
            {line}
            """;
        var score = Score(text, AsOf2026);

        Assert.That(score.Matches.Single(m => m.Phrase == "motivational interviewing").Assertion, Is.EqualTo(Assertions.Asserted));
    }

    [Test]
    public void A_sessional_counsellor_who_offers_the_core_conditions_is_in_the_trade()
    {
        string text = Header + """
            EXPERIENCE
            Mar 2022 - Aug 2023	Sessional Counsellor (2 days a week)	Taff Vale Counselling (registered charity), Pontypridd
            • Adults and young people 16+, 12-session model; waiting list of 4-6 months
            • Offered the core conditions - empathy, congruence and unconditional positive regard - to clients on the waiting list
            """;
        var score = Score(text, AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(1.5));
    }

    /// <remarks>The table's cells are separated by tab characters, as a Word export writes them.</remarks>
    [Test]
    public void A_table_row_s_own_bullets_are_its_own()
    {
        string text = Header + """
            EXPERIENCE
            Dates	Role	Organisation
            Jun 2023 - date	School-based Counsellor (0.6 FTE)	Counselling Service, Cardiff Council
            •	Individual counselling for pupils; the working alliance is reviewed at session 6
            Oct 2020 - Jan 2022	Trainee Counsellor (placement, 150 hours)	Taff Vale Counselling, Pontypridd
            Sep 2019 - Feb 2022	Supply Teacher (part-time, while training)	New Directions Education, Cardiff
            Sep 2009 - Jul 2019	Teacher of English	Ysgol Gyfun Bro Taf, Cardiff
            •	Taught English KS3-KS5; strong rapport with pupils across all ability ranges
            """;
        var score = Score(text, AsOf2026);

        Assert.That(Evidence(score).Select(m => m.Phrase), Has.No.Member("rapport"));
        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(3.5));
    }

    [Test]
    public void A_student_counselling_service_s_counsellor_on_the_line_under_the_title_is_no_placement()
    {
        string text = Header + """
            EXPERIENCE
            01/02/2024 – present
            Student Counsellor (0.5 FTE)
            Student Counselling Service, Shannon Technological College, Limerick
            - Brief counselling for students; the therapeutic relationship is built in the first session.

            01/09/2016 – 30/06/2018
            Counsellor / Psychotherapist (part-time, 3 days a week)
            Hollyhock Counselling Centre, Ennis
            - Low-cost counselling for adults; rapport with reluctant clients.
            """;
        var score = Score(text, AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(4.7));
    }

    [Test]
    public void A_career_break_named_with_a_dash_under_its_dates_is_no_post()
    {
        string text = Header + """
            EXPERIENCE
            01/02/2024 – present
            Counsellor, Hollyhock Counselling Centre
            - Low-cost counselling for adults; the therapeutic relationship comes first.

            07/2018 – 01/2024
            Career break – full-time carer
            - Cared for my mother until her death in 2023, and for my two children
            - Kept my accreditation: CPD in bereavement counselling and trauma-informed practice

            01/09/2016 – 30/06/2018
            Counsellor, Ennis Family Centre
            - Counselling for families; rapport with reluctant clients.
            """;
        var score = Score(text, AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(4.7));
    }

    [Test]
    public void A_maternity_cover_post_named_with_a_dash_stays_a_post()
    {
        string text = Header + """
            EXPERIENCE
            07/2018 – 01/2020
            Maternity leave – cover, School Counsellor
            - Counselling for pupils; the therapeutic relationship comes first.
            """;
        var score = Score(text, AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(1.6));
    }

    [Test]
    public void A_nurse_s_title_with_an_hours_note_is_a_nurse_s()
    {
        string text = Header + """
            EXPERIENCE
            01/02/2024 – present
            Counsellor, Hollyhock Counselling Centre
            - Low-cost counselling for adults; the therapeutic relationship comes first.

            2004 – 2015
            Staff Nurse (RGN), Cardiothoracic Ward, University Hospital Limerick (part-time from 2012)
            - Discharge teaching and patient education to improve treatment adherence after cardiac surgery
            """;
        var score = Score(text, AsOf2026);

        Assert.That(Evidence(score).Select(m => m.Phrase), Has.No.Member("treatment adherence"));
        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(2.9));
    }

    [Test]
    public void A_job_board_s_computer_skills_tenure_is_no_career()
    {
        string text = Header + """
            EXPERIENCE
            School Counsellor, Vidya Niketan International School, Pune      Jun 2022 to Till Date
            - Individual counselling for students; rapport with anxious pupils and their parents.

            IT Skills
            MS Word, MS Excel, PowerPoint, Google Forms | Last used: 2026 | Experience: 5 years
            """;
        var score = Score(text, AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(4.5));
        Assert.That(score.Level.Level, Is.EqualTo("mid"));
    }
}
