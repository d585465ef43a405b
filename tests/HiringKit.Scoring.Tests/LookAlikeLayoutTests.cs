using static HiringKit.Scoring.Tests.LookAlikeTradeTests;
using static HiringKit.Scoring.Tests.Resumes;

namespace HiringKit.Scoring.Tests;

/// <summary>
/// The look-alike trades (a nurse, a soldier, a coach) are told by a role's title, and everything found in such a role
/// is dropped: a title misread costs a genuine counselor the whole role. These are counselors laid out the way real
/// resumes are, with employers and places in the title lines and titles above, beside or below the dates.
/// </summary>
public sealed class LookAlikeLayoutTests
{
    // The header, the as-of date and what counts as evidence are LookAlikeTradeTests' own: the same resumes, other layouts.

    const string CounselorsBullet =
        "- Built a strong therapeutic alliance with each client; rapport, active listening and empathy in every session.";

    static void AssertKeptInTheTrade(string text, string because)
    {
        var score = Score(text, AsOf2026);
        Assert.That(Evidence(score).Select(m => m.Phrase),
            Is.SupersetOf(new[] { "therapeutic alliance", "rapport", "active listening", "empathy" }), because);
        Assert.That(score.Level.Level, Is.Not.Null, because);
    }

    [Test]
    public void Dates_alone_under_the_last_bullet_of_a_nurse_s_role_start_the_next_role_not_a_bullet_of_the_nurse_s()
    {
        // A PDF put the counselor's dates above her title. The line above those dates is the nurse's last bullet: it was
        // taken as the counselor's heading, which made her role a "dated bullet" inside the nurse's, and a nurse's too.
        string text = Header + $"""
            EXPERIENCE
            Registered Nurse — St. Mary's Hospital
            2008 – 2014
            - Bedside care for cardiac patients and their families.
            2015 – Present
            Mental Health Counselor — Hope Center
            {CounselorsBullet}
            """;
        var layout = new ResumeLayout(text, AsOf2026.AsOf!.Value);
        Assert.That(layout.IsAnotherTrade, Is.EqualTo(new[] { true, false }), "the counselor is no nurse");
        AssertKeptInTheTrade(text, "the counselor's role keeps all it shows");
    }
    [TestCase("Walter Reed National Military Medical Center, Bethesda, MD        2015 – Present", "Clinical Social Worker")]
    [TestCase("Brooke Army Medical Center | San Antonio, TX | 2015 – Present", "Licensed Professional Counselor")]
    [TestCase("Fort Hood, TX — U.S. Army Garrison        Jan 2015 – Present", "Military Family Life Counselor")]
    public void A_title_on_the_line_under_the_employer_and_dates_is_read(string employerAndDates, string title)
    {
        // The employer and dates on one line and the title under it, a common layout: only the employer's line was read
        // as the heading, and the military's name in it made a clinical social worker a soldier.
        AssertKeptInTheTrade(Header + $"""
            EXPERIENCE
            {employerAndDates}
            {title}
            {CounselorsBullet}
            """, "the title under the dates names the trade");
    }

    [Test]
    public void A_nurse_s_title_under_her_employer_and_dates_is_read_too()
    {
        string text = Header + $"""
            EXPERIENCE
            Hope Center, Springfield, IL        Aug 2021 – Present
            Mental Health Counselor
            {CounselorsBullet}

            Lakeshore Medical Center, Chicago, IL        2008 – 2016
            Registered Nurse, Cardiac Step-Down Unit
            - Built rapport with patients, families and local leaders; active listening and empathy at every visit.
            - Referred people to mental health and substance abuse services when they asked for help.
            """;
        var score = Score(text, AsOf2026);
        int nurse = text.IndexOf("Lakeshore", StringComparison.Ordinal);
        Assert.That(Evidence(score).Where(m => m.Start > nurse).Select(m => m.Phrase), Is.Empty, "a nurse's rapport is with patients");
        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(5.3), "the nurse's eight years are not counseling years");
    }
    [TestCase("Served military families and veterans from Fort Bragg")]
    [TestCase("Providing care to Army and Navy families")]
    [TestCase("Outpatient clinic for military families and veterans.")]
    public void A_line_of_work_done_under_the_dates_is_no_title(string line)
    {
        // Only a title is read under the dates: this line says what the clinical supervisor did, or where.
        AssertKeptInTheTrade(Header + $"""
            EXPERIENCE
            Clinical Supervisor
            Hope Center, Fayetteville, NC | 2019 – Present
            {line}
            {CounselorsBullet}
            """, "the role is a clinical supervisor's at a clinic, whoever its clients are");
    }
    [TestCase("LPC — Brooke Army Medical Center, San Antonio, TX")]
    [TestCase("LCSW, Walter Reed National Military Medical Center")]
    [TestCase("LMFT | Lakeshore Nursing and Rehabilitation Center")]
    [TestCase("AMFT — Grace Ministry Family Services")]
    public void A_title_that_is_a_license_of_the_trade_stays_in_it_beside_a_look_alike_s_word(string title)
    {
        // A license names the trade as a title does: the title counted its years, but a look-alike's word in the employer's
        // name still made the LCSW a soldier and the LMFT a nurse.
        AssertKeptInTheTrade(Header + $"""
            EXPERIENCE
            {title}
            2019 – Present
            {CounselorsBullet}
            """, "a licensed counselor at a military hospital or a nursing home is a counselor");
    }

    [TestCase("Lcsw, Walter Reed National Military Medical Center")]
    [TestCase("Rn, Lakeshore Medical Center")]
    [TestCase("Registered Nurse | Walter Reed National Military Medical Center")]
    public void What_a_title_says_does_not_change_with_capitals(string title)
    {
        // A role's trade decides whether the term itself counts in it: what is found must not depend on case.
        string text = Header + $"""
            EXPERIENCE
            {title}
            2019 – Present
            {CounselorsBullet}
            """;
        string upper = text.ToUpperInvariant();
        static IEnumerable<(string, int)> Found(string t) =>
            Score(t, AsOf2026).Matches.Where(m => m.Kind != "related").Select(m => (m.Phrase, m.Start));
        Assert.That(Found(upper), Is.EqualTo(Found(text)));
    }
    [TestCase("Clinical Supervisor — Salvation Army Harbor Light Center")]
    [TestCase("Intake Coordinator — St. Mary's Nursing Home")]
    [TestCase("Clinical Director, Navy Federal Credit Union Employee Assistance Program")]
    [TestCase("Family Advocacy Program Specialist — Army Community Service, Fort Hood")]
    [TestCase("Family Advocacy Specialist — Navy Fleet and Family Support Center, Norfolk")]
    [TestCase("Crisis Intervention Specialist — Coach House Clinic")]
    [TestCase("Youth and Family Worker — Ministry of Children and Family Development")]
    [TestCase("Family Partner — Nurse-Family Partnership")]
    [TestCase("Clinical Supervisor, Walter Reed National Military Medical Center")]
    [TestCase("Care Coordinator — Womack Army Medical Center, Fort Bragg")]
    [TestCase("Intake Specialist — Bayne-Jones Army Community Hospital")]
    public void An_employer_whose_name_holds_a_look_alike_s_word_is_not_that_trade(string title)
    {
        // The Salvation Army is a charity, a nursing home employs social services staff, Army Community Service and the
        // Fleet and Family Support Centers are civilian family services on military bases: none of their staff is a soldier,
        // a nurse or a coach for working there.
        AssertKeptInTheTrade(Header + $"""
            EXPERIENCE
            {title}
            2019 – Present
            {CounselorsBullet}
            """, "the employer's name says where, not what trade");
    }

    [TestCase("Registered Nurse — St. Mary's Nursing Home")]
    [TestCase("Bell Ringer Coordinator and Sergeant — Salvation Army Corps")]
    [TestCase("Staff Sergeant, Army Community Service Liaison — U.S. Army")]
    [TestCase("CNA — Sunrise Nursing Home")]
    [TestCase("Platoon Sergeant — Womack Army Medical Center")]
    public void An_employer_s_name_leaves_a_look_alike_s_title_in_its_trade(string title)
    {
        string text = Header + $"""
            EXPERIENCE
            {title}
            2019 – Present
            {CounselorsBullet}
            """;
        var layout = new ResumeLayout(text, AsOf2026.AsOf!.Value);
        Assert.That(layout.IsAnotherTrade, Is.EqualTo(new[] { true }), "the title names the look-alike beside the employer");
    }
    [TestCase("Skills: Therapeutic alliance, motivational interviewing, rapport building, empathy")]
    [TestCase("Key words: therapeutic alliance; motivational interviewing; rapport building; empathy")]
    public void A_labelled_skills_line_after_the_last_role_is_the_resume_s_not_that_role_s(string skills)
    {
        // The nurse's role ran on to the next heading, so the counselor's skills line below it was the nurse's, and dropped.
        string text = Header + $"""
            EXPERIENCE
            Mental Health Counselor — Hope Center
            Aug 2021 – Present
            - Individual therapy for adults with depression and anxiety.

            Registered Nurse — St. Mary's Hospital
            2008 – 2021
            - Bedside care for cardiac patients.

            {skills}
            """;
        var score = Score(text, AsOf2026);
        Assert.That(Evidence(score).Select(m => m.Phrase), Is.SupersetOf(new[] { "therapeutic alliance", "rapport building", "empathy" }),
            "a list of the resume's skills under the last role says what the counselor knows");
    }

    [Test]
    public void A_labelled_line_inside_a_role_stays_that_role_s()
    {
        // No blank line between: the nurse's own skills, a nurse's therapeutic relationship with patients.
        string text = Header + """
            EXPERIENCE
            Mental Health Counselor — Hope Center
            Aug 2021 – Present
            - Individual therapy for adults with depression and anxiety.

            Registered Nurse — St. Mary's Hospital
            2008 – 2021
            - Bedside care for cardiac patients.
            Skills: therapeutic alliance with patients, rapport building, empathy
            """;
        int nurse = text.IndexOf("Registered", StringComparison.Ordinal);
        Assert.That(Evidence(Score(text, AsOf2026)).Where(m => m.Start > nurse), Is.Empty);
    }
    [TestCase("Physiotherapist — Royal Free Hospital, London")]
    [TestCase("Senior Physiotherapist, MSK Outpatients — Guy's and St Thomas'")]
    [TestCase("Beauty Therapist — Champneys Health Spa")]
    [TestCase("Spa Therapist — The Gleneagles Hotel")]
    [TestCase("Sports Therapist — Leeds Rhinos")]
    [TestCase("Aromatherapist — Neal's Yard Remedies")]
    [TestCase("Eligibility Counselor — Department of Social Services")]
    public void A_look_alike_named_with_the_trade_s_word_inside_is_that_trade(string title)
    {
        // "Physiotherapist" holds "therapist", and "Eligibility Counselor" "counselor": read as the trade's titles, the
        // physiotherapist's back-pain patients were a counselor's clients and her years a counselor's years.
        string text = Header + $"""
            EXPERIENCE
            Mental Health Counselor — Hope Center
            Aug 2021 – Present
            {CounselorsBullet}

            {title}
            2008 – 2016
            - Built rapport with patients, families and local leaders; active listening and empathy at every visit.
            - Referred people to mental health and substance abuse services when they asked for help.
            """;
        var score = Score(text, AsOf2026);
        int earlier = text.IndexOf(title, StringComparison.Ordinal);
        Assert.That(Evidence(score).Where(m => m.Start > earlier).Select(m => m.Phrase), Is.Empty, "that trade's rapport is its own");
        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(5.3), "its years are that trade's");
    }
    [TestCase("Physiotherapist, BSc (Hons) — Royal Free Hospital, London        2008 – 2016")]
    [TestCase("Staff Nurse, BSc — Guy's and St Thomas' NHS Foundation Trust | 2008 – 2016")]
    [TestCase("Occupational Therapist, MSc — Leeds Teaching Hospitals, 2008 – 2016")]
    [TestCase("Key Account Manager, MSc — Smith & Nephew, 2008 – 2016")]
    public void Another_trade_s_title_with_a_degree_after_it_is_a_role_of_that_trade_in_any_case(string titleAndDates)
    {
        // "BSc" on the line read it as study: the role was gone, and the physiotherapist's alliance with her patients was a
        // counselor's evidence; the same resume in capitals ("BSC" is no degree as written) had the role and dropped it.
        string text = Header + $"""
            EXPERIENCE
            Counsellor — Mind in Camden
            Sep 2016 – Present
            - Person-centred counselling for adults; building rapport with reluctant clients.

            {titleAndDates}
            - Built a strong therapeutic alliance with patients and clients; empathy and active listening at every visit.
            """;
        int earlier = text.IndexOf(titleAndDates, StringComparison.Ordinal);
        Assert.That(Evidence(Score(text, AsOf2026)).Where(m => m.Start > earlier).Select(m => m.Phrase), Is.Empty,
            "that trade's alliance is with its patients and accounts");
        static IEnumerable<(string, int)> Found(string t) =>
            Score(t, AsOf2026).Matches.Where(m => m.Kind != "related").Select(m => (m.Phrase, m.Start));
        Assert.That(Found(text.ToUpperInvariant()), Is.EqualTo(Found(text)), "what is found does not change with capitals");
    }

    [Test]
    public void A_degree_line_naming_another_trade_s_field_is_still_study()
    {
        // Where no education heading is above it: the institution says it is a degree, whatever the field's trade.
        var layout = new ResumeLayout(Header + """
            EXPERIENCE
            BSc Physiotherapy, King's College London, 2004 – 2008
            """, AsOf2026.AsOf!.Value);
        Assert.That(layout.Roles, Is.Empty);
    }
    [TestCase("School Counselor, Admiral Farragut Military Academy\n2019 – Present")]
    [TestCase("Pastoral Counselor (AAPC Certified) — St. Luke's Pastoral Care Center\n2019 – Present")]
    [TestCase("Clinical Counselor, Military Family Life Counselor (MFLC) Program — Fort Bragg\n2019 – Present")]
    [TestCase("Behavioral Health Technician (Army), 68X\n2019 – Present")]
    [TestCase("Consejera Bilingüe / Bilingual Counselor — Ejército de Salvación\n2019 – Present")]
    [TestCase("Life Skills Coach        2019 – Present\nRiverside Community Mental Health Center")]
    [TestCase("Youth Pastor & Licensed Professional Counselor — Grace Fellowship\n2019 – Present")]
    [TestCase("Therapist — Coach House Clinic\n2019 – Present")]
    public void A_counselor_beside_a_look_alike_s_word_stays_in_the_trade(string heading)
    {
        // The title names the trade (pastoral counseling is a licensed counseling specialty in several states; a youth
        // pastor is not), or the agency under a coach's dates does (a psychosocial rehabilitation coach at a mental
        // health center).
        AssertKeptInTheTrade(Header + $"""
            EXPERIENCE
            {heading}
            {CounselorsBullet}
            """, "the heading names the trade");
    }
    [Test]
    public void A_military_hospital_under_a_title_and_its_dates_is_an_employer_too()
    {
        // Title, dates, then the employer: read under the dates as a title would be, the hospital's name must not make a
        // clinical supervisor a soldier any more than it does above the dates.
        AssertKeptInTheTrade(Header + $"""
            EXPERIENCE
            Clinical Supervisor
            2019 – Present
            Walter Reed National Military Medical Center
            {CounselorsBullet}
            """, "the hospital is where she worked");
    }
}
