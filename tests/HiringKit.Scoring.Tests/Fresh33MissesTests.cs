using static HiringKit.Scoring.Tests.LookAlikeTradeTests;
using static HiringKit.Scoring.Tests.Resumes;

namespace HiringKit.Scoring.Tests;

/// <summary>
/// The general causes behind the closing blind set of session 22 (Fresh33), written by hand, not copied from it: a diplomat
/// ranked "Counsellor" and a political field organiser read as the trade; a Workday export's education entries read as jobs and
/// its "Online Counsellor" as another trade's adviser; "120+ supervised placement hours" read as supervising; "not currently
/// accredited to provide" read as no denial; a course's "Introductory + Intermediate" read as a hedge.
/// </summary>
public sealed class Fresh33MissesTests
{
    [TestCase("Counsellor for Political Affairs / Consejero de Asuntos Políticos", "Embassy of Spain, Dublin, Ireland")]
    [TestCase("Counsellor (Consular Affairs)", "Consulate-General of Spain, Sydney, Australia")]
    [TestCase("Counselor for Economic Affairs", "U.S. Embassy Ottawa")]
    [TestCase("Minister-Counsellor", "Permanent Mission of Ireland to the United Nations, New York")]
    public void A_diplomat_s_rank_is_no_counseling_title(string title, string mission)
    {
        string text = Header + $"""
            WORK EXPERIENCE
            [ 09/2018 – Current ]  {title}
            {mission}
            - Built a working alliance with the host foreign ministry on migration and consular cooperation.
            - Led the consular crisis intervention for nationals stranded by border closures: 3,100 repatriations.
            - Active listening in negotiation: mapped every delegation's red lines before each compromise text.
            """;
        var score = Score(text, AsOf2026);

        Assert.That(Evidence(score).Select(m => m.Phrase), Is.Empty, "diplomacy's partnerships and crises");
        Assert.That(score.Level.YearsOfExperience, Is.Null);
    }

    [Test]
    public void An_embassy_s_staff_counsellor_doing_mental_health_work_stays_in_the_trade()
    {
        string text = Header + """
            WORK EXPERIENCE
            [ 09/2018 – Current ]  Staff Welfare Counsellor
            Embassy of Canada, Nairobi
            - Short-term counselling for staff and families: anxiety, depression and trauma after evacuations.
            - Built a working alliance with each client; screened with the PHQ-9 and referred to psychiatry.
            """;
        var score = Score(text, AsOf2026);

        Assert.That(Evidence(score).Select(m => m.Phrase), Does.Contain("working alliance"));
        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(8.3));
    }

    [TestCase("Regional Field Organiser")]
    [TestCase("Community Organizer")]
    [TestCase("Organising Lead")]
    [TestCase("Lead Organizer, SEIU Local 1199")]
    public void A_political_or_union_organiser_is_another_trade(string title)
    {
        // A flattened Word table: its header row over the first entry.
        string text = Header + $"""
            EXPERIENCE
            Role                         | Organisation                 | Dates
            {title,-28} | Progressive Party            | Feb 2019 - present
            - Designed the deep canvassing pilot: trained 140 volunteers in active listening, empathy and motivational interviewing on the doorstep.
            - Negotiated a working alliance with the local iwi trust and the rail workers' union to share volunteer rosters.
            """;
        var score = Score(text, AsOf2026);

        Assert.That(Evidence(score).Select(m => m.Phrase), Is.Empty, "persuasion on the doorstep, not counseling");
        Assert.That(score.Level.YearsOfExperience, Is.Null);
    }

    /// <summary>A Workday export: each entry headed "Work Experience 1 of 2", "Education 1 of 1", its fields labelled.</summary>
    const string WorkdayExport = """
        My Information
        Legal Name: Sam Fairweather
        Address: Leeds, United Kingdom

        My Experience

        Work Experience 1 of 2
        Job Title: Counsellor (0.6 FTE)
        Company: Leeds Student Wellbeing Service
        I currently work here: Yes
        From: 09/2022
        To:
        Role Description: Short-term integrative counselling for students, 14 clients a week. I attend to the therapeutic relationship from the first email.

        Work Experience 2 of 2
        Job Title: Online Counsellor (sessional, evenings)
        Company: TextTalk Ltd (text and video platform)
        I currently work here: No
        From: 05/2023
        To: 03/2025
        Role Description: Sessional counselling with adults via live chat and video, 4-6 clients a week. Working without body language taught me active listening on text. Held professional boundaries around messaging outside booked sessions.

        Education 1 of 1
        School or University: Leeds College
        Degree: Level 5 Diploma in Psychotherapeutic Counselling
        Field of Study: Counselling
        From: 2018  To: 2022
        """;

    [Test]
    public void A_web_form_s_numbered_education_entry_is_no_job()
    {
        var score = Score(WorkdayExport, AsOf2026);

        // 09/2022 to November 2026 (its months counted whole), the overlapping online post counted once; the diploma's four years are study.
        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(4.3));
        Assert.That(score.Level.Level, Is.EqualTo("mid"));
    }

    [Test]
    public void An_online_counsellor_is_the_trade_s()
    {
        var score = Score(WorkdayExport, AsOf2026);

        Assert.That(Evidence(score).Select(m => m.Phrase), Is.SupersetOf(new[] { "active listening", "professional boundaries" }));
    }

    [TestCase("Online Admissions Counselor")]
    [TestCase("Online Beauty Therapist")]
    public void Another_trade_s_online_adviser_stays_another_trade_s(string title)
    {
        string text = Header + $"""
            EXPERIENCE
            {title} — Brightpath Online
            2019 – Present
            - Built rapport with prospects on live chat; active listening to match each one to a programme or treatment.
            """;
        var score = Score(text, AsOf2026);

        Assert.That(Evidence(score).Select(m => m.Phrase), Is.Empty);
    }

    [TestCase("120+ supervised placement hours for my diploma, adults on 12-session contracts.")]
    [TestCase("Completed 450 supervised practicum hours with adolescents.")]
    public void Supervised_training_hours_after_a_number_are_the_writer_s_own(string bullet)
    {
        string text = Header + $"""
            EXPERIENCE
            Trainee Counsellor (placement) — Sheffield Mind
            10/2024 – 07/2026
            - {bullet}
            """;
        var score = Score(text, AsOf2026);

        Assert.That(score.Level.Evidence.Select(e => e.Reason), Has.None.EqualTo("senior signal: supervises others"));
    }

    [TestCase("I'm not currently accredited to provide clinical supervision, that sits with the senior psych.", "clinical supervision")]
    [TestCase("Not licensed to provide crisis intervention on my own; I call the duty clinician.", "crisis intervention")]
    [TestCase("(line management only - I am not qualified to offer clinical supervision)", "clinical supervision")]
    public void Not_entitled_to_do_it_denies_it(string bullet, string phrase)
    {
        string text = Header + $"""
            EXPERIENCE
            Senior Mental Health Clinician — Headspace Geelong
            07/2021 – Present
            - Individual counselling for young people; I keep the therapeutic alliance at the centre.
            - {bullet}
            """;
        var score = Score(text, AsOf2026);

        Assert.That(score.Matches.Single(m => m.Phrase == phrase).Assertion, Is.EqualTo(Assertions.Negated));
    }

    [TestCase("Motivational Interviewing - Introductory + Intermediate (2020)", Assertions.Asserted)]
    [TestCase("Motivational Interviewing - Introductory and Advanced workshops (2021)", Assertions.Asserted)]
    [TestCase("Motivational Interviewing - introductory workshop only (2020)", Assertions.Hedged)]
    public void A_course_s_levels_claim_the_highest_named(string line, string expected)
    {
        string text = Header + $"""
            EXPERIENCE
            Senior Mental Health Clinician — Headspace Geelong
            07/2021 – Present
            - Individual counselling for young people; I keep the therapeutic alliance at the centre.

            TRAINING
            {line}
            """;
        var score = Score(text, AsOf2026);

        Assert.That(score.Matches.Single(m => m.Phrase == "motivational interviewing").Assertion, Is.EqualTo(expected));
    }
}
