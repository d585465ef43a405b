using static HiringKit.Scoring.Tests.Resumes;

namespace HiringKit.Scoring.Tests;

/// <summary>
/// An independent review of scorer 2.12.0's first form (ec649dd: Fresh18's fixes). Each case was answered right by 2.11.0 and
/// wrong by that form; mended by reading food service as another trade only where the title names nothing of the trade (and
/// "hospitality" not at all: shelters and union health funds bear the name), judging the title under a range's dates by its
/// words before a note in parentheses and the whole line's end, reading a screening answer only on a form's "Q:" line about
/// the phrase itself, and taking "a" and "al" as connectors only before a date or an ongoing job said in words.
/// </summary>
public sealed class Review212FindingsTests
{
    static readonly DateOnly AsOf = new(2026, 11, 1);

    static ResumeScore ScoreOf(string text) => Score(text, new ScoreOptions(AsOf: AsOf));
    const string Case1 = """
            Dana Whitfield
            Douglas, GA | dana.whitfield@email.com

            EXPERIENCE
            Behavioral Health Technician
            Coffee Regional Medical Center, Douglas, GA
            2018 – Present
            • Co-facilitate psychoeducation groups on the inpatient behavioral health unit; build rapport and a therapeutic alliance with patients in crisis.
            • Use motivational interviewing and de-escalation; document progress for the treatment team.

            EDUCATION
            B.S., Psychology, Valdosta State University, 2017
            """;
    const string Case2 = """
            Jordan Ames, CADC
            Grass Valley, CA | jordan.ames@email.com

            EXPERIENCE
            Recovery Coach, Hospitality House
            2019 – Present
            • Meet weekly with guests in early recovery; build rapport and a working alliance, using motivational interviewing.
            • Connect clients to outpatient substance use treatment and sober housing.

            Residential Aide, Sierra Recovery Center
            2016 – 2019
            • Supported residents in a 30-day program.

            EDUCATION
            A.A., Human Services, Sierra College, 2016
            """;
    const string Case3 = """
            Maria Lopez
            Las Vegas, NV | maria.lopez@email.com

            EXPERIENCE
            Member Assistance Program Coordinator
            Culinary Workers Union Local 226 — Hospitality Workers' Health Fund
            2017 – Present
            • Provide short-term counseling and crisis support to union members; build rapport and a strong therapeutic alliance.
            • Screen for substance use and refer to treatment; motivational interviewing.

            EDUCATION
            M.S., Clinical Mental Health Counseling, UNLV, 2016
            """;
    const string Case4 = """
            Chris Patel, LMSW
            Manchester, TN | chris.patel@email.com

            EXPERIENCE
            Mental Health Professional
            Coffee County Community Services, Manchester, TN
            2015 – Present
            • Individual and family therapy for children and adolescents; strong therapeutic alliance with families.
            • Trauma-focused CBT and motivational interviewing.

            EDUCATION
            MSW, University of Tennessee, 2014
            """;
    const string Case11 = """
            Erin Blake, QMHP
            Wilsonville, OR | erin.blake@email.com

            EXPERIENCE
            Qualified Mental Health Professional
            Coffee Creek Correctional Facility, Wilsonville, OR
            2016 – Present
            • Individual and group therapy for incarcerated women; DBT skills groups and crisis assessment.
            • Build a therapeutic alliance with clients with trauma histories; motivational interviewing for reentry planning.

            EDUCATION
            M.S., Counseling, Portland State University, 2015
            """;
    const string Case5 = """
            Alicia Grant, LPC
            Columbus, OH | alicia.grant@email.com

            EXPERIENCE
            Lakeside Behavioral Health, Columbus, OH (Jan 2016 – Present)
            Staff Therapist, Adult Outpatient Team (also supervise practicum students and a social work intern each year)
            • Individual and group therapy for adults with depression, anxiety and trauma; build a strong therapeutic alliance.
            • Use motivational interviewing and CBT; track alliance with session rating scales.

            EDUCATION
            M.A., Clinical Mental Health Counseling, Ohio State University, 2015
            """;
    const string Case15 = """
            Daniel Moss, LPC
            Richmond, VA | daniel.moss@email.com

            EXPERIENCE
            2014 – Present
            Riverside Counseling Center, Richmond, VA (a CACREP practicum and internship site for three universities)
            Staff Counselor
            • Individual and couples counseling; build a strong therapeutic alliance and use motivational interviewing.

            EDUCATION
            M.Ed., Counselor Education, VCU, 2013
            """;
    const string Case6 = """
            Alicia Grant, LPC
            Columbus, OH | alicia.grant@email.com

            EXPERIENCE
            Jan 2016 – Present
            Outpatient therapy for adults and adolescents at Lakeside Behavioral Health (co-lead groups with practicum students).
            • Build a strong therapeutic alliance with each client; motivational interviewing and CBT.
            • Track alliance with session rating scales.

            EDUCATION
            M.A., Clinical Mental Health Counseling, Ohio State University, 2015
            """;
    const string Case7 = """
            Priya Shah, LPC
            Denver, CO | priya.shah@email.com

            SUMMARY
            What makes therapy work? Not technique alone: I lead with a strong therapeutic alliance, and I measure it. Does motivational interviewing help ambivalent clients? No question. Licensed counselor with 8 years in community mental health.

            EXPERIENCE
            Mental Health Counselor, Aurora Community Mental Health, Aurora, CO
            2018 – Present
            • Individual and group counseling for adults with co-occurring disorders; build rapport with court-referred clients.

            EDUCATION
            M.A., Clinical Mental Health Counseling, University of Denver, 2017
            """;
    const string Case8 = """
            Priya Shah, LPC | Denver, CO | priya.shah@email.com SUMMARY Licensed counselor with 8 years in community mental health; building a strong therapeutic alliance and using motivational interviewing with court-referred clients. EXPERIENCE Mental Health Counselor, Aurora Community Mental Health, 2018 – Present. Individual and group counseling; build rapport with clients. EDUCATION M.A., Clinical Mental Health Counseling, University of Denver, 2017. ADDITIONAL Willing to relocate? No. Requires visa sponsorship? No.
            """;
    const string Case9 = """
            Sam Ortiz, LPC
            Tucson, AZ | sam.ortiz@email.com

            EXPERIENCE
            Outpatient Therapist, Desert Sky Behavioral Health, Tucson, AZ
            2019 – Present
            • Individual therapy for adults with substance use disorders.

            SCREENING QUESTIONS
            Q: Would you need additional training to use motivational interviewing? A: No
            Q: Is building a therapeutic alliance with court-mandated clients a challenge for you? A: No
            """;
    const string Case10 = """
            Sam Ortiz, LPC
            Tucson, AZ | sam.ortiz@email.com

            SUMMARY
            Motivational interviewing is where I start with every ambivalent client. Therapeutic alliance or technique? Not a choice I make: both, every session.

            EXPERIENCE
            Outpatient Therapist, Desert Sky Behavioral Health, Tucson, AZ
            2019 – Present
            • Individual therapy for adults with substance use disorders.
            """;
    const string Case16 = """
            Lena Ford, LPC
            Portland, OR | lena.ford@email.com

            EXPERIENCE
            Staff Therapist, Cascade Counseling, Portland, OR
            2017 – Present
            • Individual therapy for adults with depression and trauma.

            PRESENTATIONS
            "The Therapeutic Alliance in Telehealth: Weaker? Not If You Measure It," ACA Annual Conference, 2023
            "Motivational Interviewing with Teens: Too Directive? Not Really," Oregon Counseling Association, 2021
            """;
    const string Case13 = """
            Nora Lee, LPC
            Boise, ID | nora.lee@email.com

            SUMMARY
            Licensed counselor. In 2010 a now-retired supervisor introduced me to motivational interviewing, and it shapes how I build a therapeutic alliance.

            EXPERIENCE
            Outpatient Therapist, Treasure Valley Counseling, Boise, ID
            2020 – Present
            • Individual therapy for adults with anxiety and substance use.

            EDUCATION
            M.A., Counseling, Boise State University, 2019
            """;
    const string Case14 = """
            Nora Lee, LPC
            Boise, ID | nora.lee@email.com

            EXPERIENCE
            Outpatient Therapist, Treasure Valley Counseling, Boise, ID
            2020 – Present
            • Individual therapy for adults with anxiety and substance use; motivational interviewing and a strong therapeutic alliance.

            Peer Support Volunteer, Boise Rescue Mission
            2016 a current member of the volunteer crisis team
            """;

    /// <summary>
    /// An employer named for a place or a shelter ("Coffee County", "Coffee Creek", "Hospitality House") keeps a role titled in the
    /// trade in the trade (first form: each scored 0, its years gone).
    /// </summary>
    [TestCase(Case1, TestName = "a behavioral health technician at Coffee Regional Medical Center")]
    [TestCase(Case2, TestName = "a recovery coach at Hospitality House, a shelter")]
    [TestCase(Case3, TestName = "a member assistance coordinator at a hospitality workers’ health fund")]
    [TestCase(Case4, TestName = "a mental health professional at Coffee County Community Services")]
    [TestCase(Case11, TestName = "a qualified mental health professional at Coffee Creek Correctional Facility")]
    public void A_role_of_the_trade_at_an_employer_with_a_food_or_hospitality_word_stays_in_the_trade(string text)
    {
        var score = ScoreOf(text);
        Assert.That(LookAlikeTradeTests.Evidence(score), Is.Not.Empty);
        Assert.That(score.Level.Level, Is.EqualTo("senior"));
    }

    /// <summary>
    /// A note in parentheses about whom a staff therapist supervises, or about the employer, is no placement; a sentence ending
    /// in a full stop is no title (first form: each a placement, junior).
    /// </summary>
    [TestCase(Case5)]
    [TestCase(Case15)]
    [TestCase(Case6)]
    // The second review: an employer's line whose practicum words describe the site, over the post's own title.
    [TestCase(SecondD6)]
    public void A_note_about_practicum_students_under_a_staff_role_s_dates_makes_no_placement(string text)
    {
        var score = ScoreOf(text);
        Assert.That(score.Level.Level, Is.EqualTo("senior"));
        Assert.That(score.Level.Evidence.Select(e => e.Reason), Has.None.EqualTo("supervised placement dates"));
    }

    /// <summary>
    /// Questions that are no screening form's about the phrase: a one-line extraction's later "Willing to relocate? No.", a
    /// summary's rhetorical question, talk titles in the "X? Not Y" style, and form questions whose "No" answers a need or a
    /// challenge (first form: every phrase negated).
    /// </summary>
    [TestCase(Case7)]
    [TestCase(Case8)]
    [TestCase(Case9)]
    [TestCase(Case10)]
    [TestCase(Case16)]
    // The second review: a form's "No" to "the only approach", "a new focus", "besides", or to another question along the line.
    [TestCase(SecondE1)]
    [TestCase(SecondE3)]
    [TestCase(SecondE4)]
    public void A_no_after_a_question_that_is_not_about_the_phrase_denies_nothing(string text)
    {
        var score = ScoreOf(text);
        var asked = score.Matches.Where(m => m.Phrase is "therapeutic alliance" or "motivational interviewing").ToList();
        Assert.That(asked, Is.Not.Empty);
        Assert.That(asked.Select(m => m.Assertion), Is.All.EqualTo(Assertions.Asserted));
    }

    /// <summary>"In 2010 a now-retired supervisor": English, no range to today (first form: 16.9 years, the summary read as work).</summary>
    [Test]
    public void An_english_a_after_a_year_is_no_connector()
    {
        var score = ScoreOf(Case13);
        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(6.9));
        Assert.That(score.Matches.Where(m => m.Phrase == "therapeutic alliance").Select(m => m.Section), Is.All.EqualTo(Sections.Summary));
    }

    /// <summary>"2016 a current member of the volunteer crisis team": no range (first form: 2016 to today).</summary>
    [Test]
    public void A_year_then_a_current_member_is_no_range()
    {
        var layout = new ResumeLayout(Case14, AsOf);
        Assert.That(layout.Roles.Select(r => Case14.Substring(r.Start, r.Length)), Is.EqualTo(new[] { "2020 – Present" }));
    }

    const string SecondO2 = """
            Dana Reyes, LPC
            Austin, TX | dana.reyes@email.com

            EXPERIENCE
            Staff Therapist, Hill Country Counseling, Austin, TX
            2012 – 2017
            • Individual therapy for adults with depression and anxiety.
            • From 2015 onwards I also led a weekly DBT skills group; built a strong therapeutic alliance with group members and used motivational interviewing.

            Intake Coordinator, Capital Health Plan, Austin, TX
            2018 – Present
            • Schedule appointments and verify insurance benefits.

            EDUCATION
            M.A., Clinical Mental Health Counseling, Texas State University, 2011
            """;

    const string SecondO4 = """
            Dana Reyes, LPC
            Austin, TX | dana.reyes@email.com

            SUMMARY
            Licensed counselor. Outcome scores across my caseload improved from 2021 onwards, once I began tracking the therapeutic alliance each session.

            EXPERIENCE
            Staff Therapist, Hill Country Counseling, Austin, TX
            2019 – 2022
            • Individual therapy for adults; motivational interviewing and CBT.

            EDUCATION
            M.A., Clinical Mental Health Counseling, Texas State University, 2018
            """;

    /// <summary>A clinical director's or a psychiatric technician's post at a place named Coffee, over a staff therapist's.</summary>
    static string SecondC(string title) => $"""
            Angela Moore, LPC
            Enterprise, AL | angela.moore@email.com

            EXPERIENCE
            {title}
            2017 – Present
            • Supervise four counselors; carry a caseload of 20 participants in individual and group therapy.
            • Build a strong therapeutic alliance with court-mandated clients using motivational interviewing.

            Staff Therapist, Wiregrass Mental Health, Enterprise, AL
            2013 – 2017
            • Individual therapy for adults with substance use disorders.

            EDUCATION
            M.S., Counseling, Troy University, 2012
            """;

    const string SecondD3 = """
            Leah Brooks, LPC
            Columbus, OH | leah.brooks@email.com

            EXPERIENCE
            Aug 2023 – Present
            Outpatient Therapist, Lakeside Behavioral Health
            • Individual therapy for adults; build a strong therapeutic alliance and use motivational interviewing.

            Sep 2021 – Jul 2023
            Counselor (practicum placement)
            Ohio State University Counseling Center
            • Individual counseling with undergraduates.

            EDUCATION
            M.A., Clinical Mental Health Counseling, Ohio State University, 2023
            """;

    const string SecondD6 = """
            Daniel Moss, LPC
            Columbus, OH | daniel.moss@email.com

            EXPERIENCE
            Jan 2016 – Present
            Eastside Counseling Center – CACREP practicum and internship site (Ohio State, Capital University)
            Staff Counselor
            • Individual and couples counseling; build a strong therapeutic alliance and use motivational interviewing.

            EDUCATION
            M.A., Counselor Education, Ohio State University, 2015
            """;

    const string SecondE1 = """
            Sam Ortiz, LPC
            Tucson, AZ | sam.ortiz@email.com

            EXPERIENCE
            Outpatient Therapist, Desert Sky Behavioral Health, Tucson, AZ
            2019 – Present
            • Individual therapy for adults with substance use disorders.

            SCREENING QUESTIONS
            Q: Is motivational interviewing the only approach you use? A: No, I also use CBT and DBT.
            Q: Is therapeutic alliance a new focus for you? A: No, I have tracked it with session rating scales since 2019.
            """;

    const string SecondE3 = """
            Sam Ortiz, LPC
            Tucson, AZ | sam.ortiz@email.com

            EXPERIENCE
            Outpatient Therapist, Desert Sky Behavioral Health, Tucson, AZ
            2019 – Present
            • Individual therapy for adults with substance use disorders; build a strong therapeutic alliance with each client.

            APPLICATION QUESTIONS
            Q: Besides motivational interviewing, any other certifications? A: None
            """;

    const string SecondE4 = """
            Sam Ortiz, LPC
            Tucson, AZ | sam.ortiz@email.com

            EXPERIENCE
            Outpatient Therapist, Desert Sky Behavioral Health, Tucson, AZ
            2019 – Present
            • Individual therapy for adults with substance use disorders; build a strong therapeutic alliance with each client.

            APPLICATION QUESTIONS
            Q: Motivational interviewing experience (years): 6  Q: Willing to relocate? A: No
            """;

    /// <summary>
    /// A second review (7764275): "from 2015 onwards" in a sentence is no job to today (first form: 5 -> 14.9 years, 3 -> 7.9).
    /// </summary>
    [TestCase(SecondO2, 5.0)]
    [TestCase(SecondO4, 3.0)]
    public void Onwards_in_a_sentence_is_no_range(string text, double years) =>
        Assert.That(ScoreOf(text).Level.YearsOfExperience, Is.EqualTo(years));

    /// <summary>Coffee County and Coffee Regional are places: a clinical director and a psychiatric technician there stay in the trade (first form: 25 -> 0).</summary>
    [TestCase("Clinical Director, Coffee County Drug Court, Elba, AL")]
    [TestCase("Psychiatric Technician, Coffee Regional Medical Center, Douglas, GA")]
    public void A_place_named_coffee_is_no_coffee_shop(string title)
    {
        var score = ScoreOf(SecondC(title));
        Assert.That(LookAlikeTradeTests.Evidence(score).Select(m => m.Phrase), Does.Contain("therapeutic alliance"));
        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(13.9));
    }

    /// <summary>
    /// A short title under the dates is read whole, its placement note included ("Counselor (practicum placement)"): the second
    /// review's first form read 5.3 years where the placement leaves 3.3.
    /// </summary>
    [Test]
    public void A_placement_noted_in_parentheses_under_the_dates_is_a_placement()
    {
        var score = ScoreOf(SecondD3);
        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(3.3));
    }
}
