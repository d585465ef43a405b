using static HiringKit.Scoring.Tests.Resumes;

namespace HiringKit.Scoring.Tests;

/// <summary>
/// A third independent review of scorer 2.11.0 (a2f5485..: the recovery years, tables extracted cell by cell, denials of others,
/// projects). Each case was answered right before and wrong by that form; mended by reading recovery time only where it is bound
/// to the number, never taking a sentence into an entry's header, counting only people (never pronouns or "who" alone) as others,
/// reading projects only in capitals and as work only beside a job of the trade, and reading no range across a line break whose
/// end starts a range of its own.
/// </summary>
public sealed class Review211cFindingsTests
{
    static readonly DateOnly AsOf = new(2026, 11, 1);

    /// <summary>
    /// "10+ years of experience across the continuum of recovery care": the field, not the writer's own recovery (first form: 3.9
    /// years, mid; before: 10, senior).
    /// </summary>
    [Test]
    public void A_career_in_recovery_services_keeps_its_stated_years()
    {
        string text = """
            Marcus Hill, LCADC
            Newark, NJ | marcus.hill@email.com

            SUMMARY
            Licensed clinical alcohol and drug counselor with 10+ years of experience across the continuum of recovery care, building a strong therapeutic alliance with clients in outpatient and residential care. Skilled in motivational interviewing, relapse prevention and individual and group counseling.

            EXPERIENCE
            Substance Use Counselor, Integrity House — Newark, NJ
            2023 – Present
            • Carry a caseload of 35 adults in intensive outpatient treatment; individual and group counseling.
            • Build rapport and a working alliance with court-referred clients.

            EDUCATION
            M.A., Counseling, Montclair State University, 2013
            """;
        var score = Score(text, new ScoreOptions(AsOf: AsOf));
        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(10.0));
    }

    /// <summary>
    /// The last sentence of a role's unbulleted description, three lines above the next entry's dates alone, is no part of its
    /// header: read so, "practicum students and interns" made a staff therapist's five years a placement (first form: 4.9 years, mid;
    /// before: 9.9, senior).
    /// </summary>
    [Test]
    public void A_sentence_three_lines_above_dates_alone_is_the_role_above_s()
    {
        string text = """
            Rachel Kim, LPC
            Austin, TX | rachel.kim@email.com

            EXPERIENCE
            Mental Health Counselor
            Austin Family Counseling Center
            2022 – Present
            Individual and couples counseling for adults; building a strong therapeutic alliance with each client.
            Co-lead a weekly consultation group for our practicum students and interns.
            Staff Therapist
            Hill Country Behavioral Health
            2017 – 2022
            Outpatient therapy with adolescents and families using motivational interviewing and CBT.
            Tracked alliance with session rating scales and repaired ruptures in supervision.

            EDUCATION
            M.A., Clinical Mental Health Counseling, Texas State University, 2016
            """;
        var score = Score(text, new ScoreOptions(AsOf: AsOf));
        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(9.9));
    }

    /// <summary>
    /// "Build a strong therapeutic alliance with every client on my caseload." over a retail job's three-line header: taken as
    /// that job's title, the alliance was a store manager's (first form: 0; before: 20).
    /// </summary>
    [Test]
    public void A_counselor_s_last_sentence_is_not_the_next_role_s_title()
    {
        string text = """
            Jordan Lee
            Denver, CO | jordan.lee@email.com

            EXPERIENCE
            Mental Health Counselor (LPCC)
            Aurora Mental Health
            2023 – Present
            Individual therapy for adults with anxiety and depression, 28 clients.
            Build a strong therapeutic alliance with every client on my caseload.
            Store Manager
            Target Corporation
            2015 – 2021
            Led a team of 40; hiring, scheduling and customer experience.

            EDUCATION
            M.A., Clinical Mental Health Counseling, University of Denver, 2023
            """;
        var score = Score(text, new ScoreOptions(AsOf: AsOf));
        Assert.That(score.Score, Is.EqualTo(20));
    }

    /// <summary>
    /// "Store manager who has no experience with therapeutic alliance work": "who" is the writer (first form: asserted, 15;
    /// before: negated, 0).
    /// </summary>
    [Test]
    public void A_writer_described_with_who_still_denies()
    {
        string text = """
            Brandon Lee
            Retail Store Manager · Columbus, GA

            SUMMARY
            Store manager who has no experience with therapeutic alliance work, crisis intervention or treatment planning, and who has never used motivational interviewing, but who brings empathy for customers and staff to a move into social services.

            EXPERIENCE
            Store Manager, Target — 2018 – Present
            • Manage a team of 40 and a $12M annual sales plan.
            • Hire, schedule and coach team members; reduced turnover by 15%.

            Assistant Manager, Walgreens — 2015 – 2018
            • Inventory, cash handling and customer complaints.

            EDUCATION
            B.A. Business, Columbus State University, 2011 – 2015
            """;
        var score = Score(text, new ScoreOptions(AsOf: AsOf));
        Assert.That(score.Score, Is.Zero);
    }

    /// <summary>
    /// "She has no formal training in motivational interviewing": in a bio in the third person, "she" is the writer (first form:
    /// asserted; before: negated).
    /// </summary>
    [Test]
    public void A_third_person_bio_still_denies()
    {
        string text = """
            Maria Lopez
            Houston, TX

            PROFILE
            Maria Lopez is a bilingual case manager. She has no formal training in motivational interviewing and does not provide therapy; she connects families with housing, benefits and counseling referrals.

            EXPERIENCE
            Case Manager, Catholic Charities — 2020 – Present
            • Connect 40 families a month with housing and benefits; refer to licensed counselors.
            """;
        var score = Score(text, new ScoreOptions(AsOf: AsOf));
        Assert.That(score.Matches.Where(m => m.Phrase == "motivational interviewing").Select(m => m.Assertion), Is.All.EqualTo(Assertions.Negated));
    }

    /// <summary>
    /// A plain "Projects" line inside a job is its sub-heading: read as a section, it ended the job and the two below it (first
    /// form: 3.9 years, mid; before: 10.9, senior).
    /// </summary>
    [Test]
    public void A_projects_sub_heading_inside_a_job_ends_nothing()
    {
        string text = """
            Angela Brooks, LPC
            Dallas, TX | angela.brooks@email.com

            PROFESSIONAL EXPERIENCE

            Mental Health Counselor, North Texas Counseling Associates
            2023 – Present
            • Carry a caseload of 24 adult clients; individual counseling using CBT and motivational interviewing.
            • Track the therapeutic alliance with the Session Rating Scale each session.
            Projects
            • Redesigned the intake packet with two colleagues.

            Mental Health Counselor, Dallas Family Services
            2019 – 2023
            • Individual and family therapy with adolescents; built a strong working alliance with parents.

            Counselor, Metrocare Services
            2016 – 2019
            • Outpatient counseling for adults with serious mental illness; rapport building and crisis intervention.

            EDUCATION
            M.S., Counseling, University of North Texas, 2015
            """;
        var score = Score(text, new ScoreOptions(AsOf: AsOf));
        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(10.9));
    }

    /// <summary>
    /// A software engineer's PROJECTS (a mental-health chatbot that mirrors active listening and empathy) are what he built, not
    /// counseling done: without a job of the trade, projects read as a list (first form: 45; before: 15).
    /// </summary>
    [Test]
    public void A_software_engineer_s_projects_are_no_counseling()
    {
        string text = """
            Kevin Tran
            Software Engineer | Seattle, WA | github.com/ktran

            SKILLS
            Python, TypeScript, React, PostgreSQL, AWS, Docker

            PROJECTS
            TherapyBot — conversational agent for mental health apps (2023)
            • Trained an LLM to mirror active listening, empathy and rapport building with users.
            • Added a working alliance score (WAI-SR) that users fill in after each chat session.
            MoodTrack — React Native mood journal (2022)
            • Motivational interviewing prompts and client feedback forms for a university counseling center.

            EXPERIENCE
            Software Engineer II, Zillow — 2021 – Present
            • Built listing search APIs serving 10M requests/day.

            EDUCATION
            B.S. Computer Science, University of Washington, 2021
            """;
        var score = Score(text, new ScoreOptions(AsOf: AsOf));
        Assert.That(score.Score, Is.LessThanOrEqualTo(15));
    }

    /// <summary>
    /// "Sep 2022 –" at a line's end over "2020 – 2022 Clinician II": the next line's dates are the next role's (first form: no roles;
    /// before: 2 years).
    /// </summary>
    [Test]
    public void A_dash_at_a_line_end_takes_no_range_from_the_next_line()
    {
        string text = """
            Sam Ortiz, LMHC
            Boston, MA

            EXPERIENCE
            Mental Health Counselor, South End Community Health Center   Sep 2022 –
            2020 – 2022 Clinician II, Boston Medical Center (promoted Sep 2022)
            - Crisis intervention and rapport building with patients; a strong therapeutic alliance with each client.
            """;
        var score = Score(text, new ScoreOptions(AsOf: AsOf));
        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(2.0));
    }
}
