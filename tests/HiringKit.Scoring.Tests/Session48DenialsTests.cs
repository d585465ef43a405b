using static HiringKit.Scoring.Tests.LookAlikeTradeTests;
using static HiringKit.Scoring.Tests.Resumes;

namespace HiringKit.Scoring.Tests;

/// <summary>
/// Session 48's misses of one kind: sentences that deny the trade's work or give it to someone else, and the posts of non-clinical
/// support roles that say so of themselves.
/// </summary>
public sealed class Session48DenialsTests
{
    const string SolicitorsPosts = """
        PROFESSIONAL EXPERIENCE

        Sept 2019 to date      Senior Associate & Team Leader, Mental Health Department
                               Hargreave Lowe LLP, Leeds (legal aid franchise)
           * Own caseload of 45 clients detained under the Mental Health Act.
           * I build rapport with detained clients by explaining what I can and cannot do.

        Sept 2014 - Aug 2019   Solicitor, Mental Health Department
                               Hargreave Lowe LLP, Leeds
           * Tribunal advocacy for restricted patients.

        EDUCATION
        {0} - University of Law, Leeds, 2013
        LLB (Hons) Law - University of Sheffield, 2012

        PROFESSIONAL APPROACH
        I am not a clinician. Empathy for clients who have been sectioned matters as much as the case law.
        """;

    [Test]
    public void A_solicitors_legal_practice_course_is_no_counselors_license()
    {
        var score = Score(Header + string.Format(SolicitorsPosts, "LPC (Distinction)"), AsOf2026);

        Assert.That(score.Matches.Where(m => m.Phrase is "rapport" or "empathy"), Is.Empty);
        Assert.That(score.Level.Level, Is.Null);
    }

    [Test]
    public void A_denial_on_a_page_of_another_trade_is_that_trades_limit_and_no_match()
    {
        var score = Score(Header + """
            PROFILE
            Freedom to Speak Up Guardian. Staff raise concerns with me in confidence and I escalate them to the board. I am
            not a counsellor and do not offer crisis intervention myself; I signpost to the staff wellbeing hub.

            EXPERIENCE
            Freedom to Speak Up Guardian, Royal Cornwall Hospitals NHS Trust          Sept 2019 to date
            - Staff raise concerns with me in confidence; I escalate them to the board.

            Operating Department Practitioner, Royal Cornwall Hospitals NHS Trust     Aug 2008 - Aug 2019
            - Anaesthetic and recovery practice in main theatres.
            """, AsOf2026);

        Assert.That(score.Matches.Where(m => m.Phrase == "crisis intervention"), Is.Empty);
    }

    [Test]
    public void What_the_writer_lacks_on_a_page_of_another_trade_stays_denied()
    {
        var score = Score(Header + """
            PROFILE
            Benefits caseworker moving into counselling. I have not yet worked with the session rating scale or other
            client feedback tools.

            EXPERIENCE
            Benefits Caseworker, City Social Services          2018 - 2023
            - Casework for 80 households claiming social assistance.
            """, AsOf2026);

        Assert.That(score.Matches.Where(m => m.Phrase == "session rating scale").Select(m => m.Assertion), Is.EqualTo(new[] { Assertions.Negated }));
    }

    [TestCase("Protect the therapeutic bond between the counsellor and the client when sessions move online.", "therapeutic bond")]
    [TestCase("I built a therapeutic relationship between nursing home residents and our visiting counseling team.", "therapeutic relationship")]
    [TestCase("Kept the working alliance between sessions 3 and 8 with a short check-in call.", "working alliance")]
    // The review of session 48's first round: its readings of others' work and of denials took genuine counselors' evidence away.
    // Each case below lost its phrase on that round's build and keeps it now: a relationship between the writer and a client, or
    // across a time.
    [TestCase("Tracked the therapeutic alliance between the first and fourth sessions using the SRS.", "therapeutic alliance")]
    [TestCase("Measured change in the working alliance between intake and discharge with the WAI-SR.", "working alliance")]
    [TestCase("Developed a strong therapeutic relationship between client and I by a warm, consistent presence.", "therapeutic relationship")]
    public void A_relationship_the_trade_is_party_to_stays_the_writers(string bullet, string phrase)
    {
        var score = Score(Header + $"""
            EXPERIENCE
            Counsellor, Northside Counselling Service          2019 - present
            - Individual counselling for adults, 22 clients a week.
            - {bullet}
            """, AsOf2026);

        Assert.That(score.Matches.Where(m => m.Phrase == phrase).Select(m => m.Assertion), Is.EqualTo(new[] { Assertions.Asserted }));
    }

    [TestCase("Our therapists track the working alliance with the WAI at sessions 3 and 8; I review the scores with each of them.")]
    [TestCase("The clinic's therapists and I build the working alliance from the first call.")]
    public void The_writers_own_team_as_the_subject_is_still_the_writers_work(string bullet)
    {
        var score = Score(Header + $"""
            EXPERIENCE
            Clinical Lead, Harbour Counselling Service          2019 - present
            - Individual counselling for adults; clinical supervision of six therapists.
            - {bullet}
            """, AsOf2026);

        Assert.That(score.Matches.Where(m => m.Phrase == "working alliance").Select(m => m.Assertion), Is.EqualTo(new[] { Assertions.Asserted }));
    }

    // The review of session 48's first round: its readings of others' work and of denials took genuine counselors' evidence away.
    // Each case below lost its phrase (or its whole post) on that round's build and keeps it now.

    [Test]
    public void A_clinics_therapists_with_the_writer_among_them_do_the_writers_work()
    {
        var score = Score(Header + """
            EXPERIENCE
            Licensed Professional Counselor, Hill Country Counseling, Austin TX    2018 - present
            - Individual therapy for adults and adolescents with anxiety and depression; caseload of 28.
            - The clinic's therapists (myself included) build the therapeutic alliance with the SRS at each session.
            """, AsOf2026);

        Assert.That(score.Matches.Where(m => m.Phrase == "therapeutic alliance").Select(m => m.Assertion), Is.EqualTo(new[] { Assertions.Asserted }));
    }

    [Test]
    public void Goals_set_by_a_treatment_team_the_writer_leads_are_the_writers()
    {
        var score = Score(Header + """
            EXPERIENCE
            Clinical Team Lead, Hill Country Counseling, Austin TX    2018 - present
            - Individual therapy for adults and adolescents with anxiety and depression; caseload of 28.
            - Treatment goals are set by the treatment team, which I lead, with the client present.
            """, AsOf2026);

        Assert.That(score.Matches.Where(m => m.Phrase == "treatment goals").Select(m => m.Assertion), Is.EqualTo(new[] { Assertions.Asserted }));
    }

    [Test]
    public void A_counsellor_who_says_her_peer_workers_do_not_counsel_keeps_her_post()
    {
        var score = Score(Header + """
            EXPERIENCE
            Substance Misuse Counsellor, Forward Leeds          Sept 2019 - present
            • Caseload of 35 adults in structured treatment; weekly one-to-one counselling.
            • Line-manage three peer support workers (peer workers do not counsel; I hold the clinical caseload).
            • Build a therapeutic alliance through motivational interviewing and relapse prevention work.
            """, AsOf2026);

        Assert.That(score.Matches.Where(m => m.Phrase == "therapeutic alliance").Select(m => m.Assertion), Is.EqualTo(new[] { Assertions.Asserted }));
    }

    [Test]
    public void A_counsellors_clinical_supervision_beside_a_non_clinical_note_stays()
    {
        var score = Score(Header + """
            EXPERIENCE
            Senior Counsellor and Clinical Supervisor, Leeds Mind          Sept 2019 - present
            • Short-term integrative counselling for adults; 24 clients a week.
            • Clinical supervision to 6 counsellors (non-clinical line management sits with the service manager).
            """, AsOf2026);

        Assert.That(score.Matches.Where(m => m.Phrase == "clinical supervision").Select(m => m.Assertion), Does.Contain(Assertions.Asserted));
    }

    [Test]
    public void An_lpc_in_a_south_carolina_solicitors_office_is_a_counselors_license()
    {
        var score = Score("""
            Ashley Turner
            Columbia, SC

            SUMMARY
            I am not a clinician at a hospital, but I hold an LPC and counsel court-involved youth every day through the Solicitor's Office.

            EXPERIENCE
            Juvenile Arbitration Coordinator (LPC), Fifth Circuit Solicitor's Office, Columbia SC    2016 - present
            - Individual counseling and family sessions for 40 youth diverted from court; therapeutic alliance with each family.
            - Crisis intervention and safety planning.

            EDUCATION
            M.Ed. Counselor Education, University of South Carolina, 2012
            LICENSURE
            LPC, South Carolina #7712
            """, AsOf2026);

        Assert.That(score.Matches.Where(m => m.Phrase == "therapeutic alliance").Select(m => m.Assertion), Is.EqualTo(new[] { Assertions.Asserted }));
        Assert.That(score.Band, Is.Not.EqualTo(Bands.None));
    }

    [Test]
    public void What_a_career_changer_has_not_done_so_far_stays_denied()
    {
        var score = Score(Header + """
            SUMMARY
            Sales leader moving into counseling. Not yet licensed; no clinical supervision hours so far. I have never led crisis intervention.

            EXPERIENCE
            Regional Sales Manager, MedEquip Inc.    2014 - present
            - Led 12 reps; 140% of quota.
            """, AsOf2026);

        Assert.That(score.Matches.Where(m => m.Phrase is "clinical supervision" or "crisis intervention").Select(m => m.Assertion),
            Is.EqualTo(new[] { Assertions.Negated, Assertions.Negated }));
    }
    [TestCase("Fallbrook Community Clinic")]
    [TestCase("Employee Wellbeing Program")]
    [TestCase("SkillBridge Partner Clinic")]
    public void A_law_schools_initials_inside_a_clinics_name_leave_an_lpc_her_license(string clinic)
    {
        // (a review of session 49) "LLB" was found inside "Fallbrook", "Wellbeing" and "SkillBridge", and the LPC beside it was
        // read as a solicitor's Legal Practice Course: the counselor's only post was no post of the trade, her page scored none.
        var score = Score($"""
            Andrea Kowalski, MA
            Licensed Professional Counselor | Tucson, AZ

            EXPERIENCE
            LPC — {clinic}, Tucson AZ                                2016 – present
               Outpatient adults and couples, 26 clients a week; anxiety, depression, grief; EMDR-trained.
               Crisis intervention for walk-ins. Co-lead of the clinic's trauma group on Thursday evenings.

            EDUCATION
            M.Ed. Counseling, University of Arizona, 2015
            NCE passed 2016; LPC (Arizona Board of Behavioral Health Examiners) #LPC-19022
            """, AsOf2026);

        Assert.That(score.Matches.Where(m => m.Phrase == "crisis intervention"), Is.Not.Empty);
    }

    [Test]
    public void What_a_career_changer_has_never_held_stays_denied_in_her_own_words()
    {
        var score = Score(Header + """
            PERSONAL STATEMENT
            Secondary English teacher, now in Year 2 of a Level 4 Diploma in Therapeutic Counselling. I've never held clinical
            supervision of my own and I'm unqualified to offer crisis intervention.

            EMPLOYMENT
            English Teacher - Parrs Wood High School, Manchester                 2013 - present
            - Pastoral lead for 240 students; safeguarding referrals.
            """, AsOf2026);

        Assert.That(score.Matches.Where(m => m.Phrase == "clinical supervision").Select(m => m.Assertion), Is.EqualTo(new[] { Assertions.Negated }));
    }
}
