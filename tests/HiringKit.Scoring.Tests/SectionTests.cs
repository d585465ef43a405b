using static HiringKit.Scoring.Tests.Resumes;

namespace HiringKit.Scoring.Tests;

/// <summary>Where in a resume a phrase stands, and how much that lets it count (issue 16).</summary>
public sealed class SectionTests
{
    const string Resume = """
        Dana Cho, LPC
        Portland, OR

        PROFESSIONAL SUMMARY
        Counselor who puts the therapeutic alliance first with every client and family.

        EXPERIENCE
        Mental Health Therapist, Cascade Clinic, 2019 – Present
        • Rupture and repair work with adolescents; treatment planning with each family.
        • Tools: motivational interviewing, collaborative empiricism, session rating scale

        EDUCATION
        M.A. Counseling, Portland State University, 2019
        Relevant coursework: Countertransference, Cultural Humility, Group Work

        SKILLS
        Empathy • Active listening • Trust building • Crisis intervention

        Keywords: working alliance, therapeutic bond, client engagement, client feedback

        VOLUNTEER
        Provided reflective listening on a peer warm line.
        """;

    [TestCase("therapeutic alliance", "summary")]
    [TestCase("rupture and repair", "experience")]
    [TestCase("treatment planning", "experience")]
    [TestCase("motivational interviewing", "skills")]
    [TestCase("countertransference", "education")]
    [TestCase("empathy", "skills")]
    [TestCase("crisis intervention", "skills")]
    [TestCase("working alliance", "keywords")]
    [TestCase("reflective listening", "other")]
    public void Each_match_says_the_section_it_stands_in(string phrase, string section) =>
        Assert.That(MatchesOf(Resume).Single(m => m.Phrase == phrase).Section, Is.EqualTo(section));

    [Test]
    public void A_block_of_bare_terms_with_no_heading_is_keywords()
    {
        string text = With("Therapeutic alliance, working alliance, rapport building, empathy, treatment planning");
        Assert.That(MatchesOf(text).Select(m => m.Section), Is.All.EqualTo("keywords"));
    }

    /// <summary>
    /// Asterisks and the bullets word processors offer separate items inside a line as commas do: unread, "* therapeutic
    /// alliance * therapeutic bond * rapport" was one long item, a sentence, and counted as work.
    /// </summary>
    [TestCase("*")]
    [TestCase("\u2023")]
    [TestCase("\u2043")]
    [TestCase("\u25CB")]
    [TestCase("\u25C6")]
    [TestCase("\u25B8")]
    [TestCase("\u27A2")]
    [TestCase("\u2714")]
    [TestCase("\u2756")]
    [TestCase("\u2605")]
    [TestCase("\u2751")]
    [TestCase("\u2794")]
    [TestCase("\uF0B7")]
    public void Terms_between_bullets_inside_a_line_are_a_list(string bullet)
    {
        string text = With(
            $"{bullet} therapeutic alliance {bullet} therapeutic bond {bullet} counselor-client relationship {bullet} rapport",
            $"{bullet} reflective listening {bullet} unconditional positive regard {bullet} person-centered");
        Assert.That(MatchesOf(text).Select(m => m.Section).ToList(), Has.Count.EqualTo(7).And.All.EqualTo("keywords"));
    }

    /// <summary>A plain arrow or a guillemet inside a line is prose, not a separator: "from 60% → 85%", « quoted ».</summary>
    [TestCase("Raised session attendance from 60% \u2192 85% by building rapport, empathy and the therapeutic alliance at intake")]
    [TestCase("Wrote \u00AB Holding the family \u00BB, a guide to rapport, empathy and the therapeutic alliance in home visits")]
    public void An_arrow_or_a_guillemet_inside_a_sentence_is_prose(string sentence) =>
        Assert.That(MatchesOf(With(sentence)).Select(m => m.Section), Has.None.EqualTo("keywords"));

    /// <summary>
    /// Bullets that word processors and PDFs give (a box, arrows, a guillemet, the Symbol font's bullet in the private-use
    /// area) are bullets at a line's start: unread, the verb test saw the glyph, and a functional resume's bullets of work
    /// scored 33 where the same with "•" scored 63.
    /// </summary>
    [TestCase("\u2751")]
    [TestCase("\u2794")]
    [TestCase("\u2192")]
    [TestCase("\u00BB")]
    [TestCase("\uF0B7")]
    public void A_leading_symbol_is_a_bullet(string bullet)
    {
        const string Functional = """
            Riley Adams, LCSW
            Providence, RI | riley.adams@example.com

            AREAS OF STRENGTH
            Working with ambivalent clients
              • Build the therapeutic alliance in the first three sessions; most clients arrive sent by a court or a parent.
              • I ask for client feedback every session and name an alliance rupture as soon as the scores dip.
              • Gather session rating scale scores every week and explain each dip to the client.
            Approaches
              • Rapport building • Empathy • Crisis intervention

            EMPLOYMENT HISTORY
            2019 – Present     Outpatient Therapist, Riverbend Counseling Center
            2014 – 2019        Mental Health Counselor, Hope Clinic
            """;
        var expected = Score(Functional);
        var actual = Score(Functional.Replace("\u2022", bullet));
        Assert.That(actual.Matches.Select(m => (m.Phrase, m.Section)), Is.EqualTo(expected.Matches.Select(m => (m.Phrase, m.Section))));
        Assert.That(actual.Score, Is.EqualTo(expected.Score));
    }

    [Test]
    public void An_asterisk_inside_a_word_or_beside_one_separates_nothing()
    {
        // Emphasis in markdown and a footnote mark are not bullets: the bullet is still a sentence of work.
        string text = With("Experience", "Counselor, Hope Center, 2020 – Present",
            "- Built a **therapeutic alliance** with each adolescent* and rapport with their parents at intake");
        Assert.That(MatchesOf(text).Select(m => m.Section).ToList(), Has.Count.EqualTo(2).And.All.EqualTo("experience"));
    }

    /// <summary>
    /// An asterisk that starts a word ("*rapport") or a doubled one ("**") is a bullet between items as a lone one is, when the
    /// line has two or more: unread, "*therapeutic alliance *working alliance *rapport ..." was one long item, a sentence, and a
    /// keyword block with no work behind it counted as work (85, strong, against 25 with spaced asterisks).
    /// </summary>
    [TestCase("*therapeutic alliance *therapeutic bond *counselor-client relationship *rapport", "*reflective listening *unconditional positive regard *person-centered")]
    [TestCase("** therapeutic alliance ** therapeutic bond ** counselor-client relationship ** rapport", "** reflective listening ** unconditional positive regard ** person-centered")]
    [TestCase("**therapeutic alliance **therapeutic bond **counselor-client relationship **rapport", "**reflective listening **unconditional positive regard **person-centered")]
    [TestCase("therapeutic alliance\u2002*\u2002therapeutic bond\u2002*\u2002counselor-client relationship\u2002*\u2002rapport",
        "reflective listening\u2002*\u2002unconditional positive regard\u2002*\u2002person-centered")]
    public void Terms_after_asterisks_that_start_words_are_a_list(string first, string second)
    {
        string text = With(first, second);
        Assert.That(MatchesOf(text).Select(m => m.Section).ToList(), Has.Count.EqualTo(7).And.All.EqualTo("keywords"));
    }

    [Test]
    public void Two_words_in_emphasis_are_no_list()
    {
        // "**therapeutic alliance**" opens and closes its emphasis: the asterisks mark words, not items, and the bullet is work.
        string text = With("Experience", "Counselor, Hope Center, 2020 – Present",
            "- Built a **therapeutic alliance** and **rapport** with each adolescent and their parents at intake");
        Assert.That(MatchesOf(text).Select(m => m.Section).ToList(), Has.Count.EqualTo(2).And.All.EqualTo("experience"));
    }

    [Test]
    public void A_list_wrapped_after_a_trailing_asterisk_continues()
    {
        string text = With("* therapeutic alliance * therapeutic bond * counselor-client relationship *", "reflective listening");
        Assert.That(MatchesOf(text).Single(m => m.Phrase == "reflective listening").Section, Is.EqualTo("keywords"));
    }

    /// <summary>
    /// A keyword block written a term a line, at the top of a resume with headings but no dated role, read as prose and
    /// counted fully (68, strong, for a barista's): three or more one-term lines in a row are a list.
    /// </summary>
    [Test]
    public void One_term_lines_in_a_row_are_a_list()
    {
        var matches = MatchesOf("""
            Casey Lin
            Boise, ID | casey.lin@example.com
            Therapeutic alliance
            Working alliance
            Rapport building
            Empathy

            EXPERIENCE
            Shift Supervisor, Roots Coffee Co. (six years)
            • Opened the store, trained new baristas and handled the weekly inventory order.
            """);
        Assert.That(matches.Select(m => m.Section).ToList(), Has.Count.EqualTo(4).And.All.EqualTo("keywords"));
    }

    [Test]
    public void One_term_lines_inside_a_role_stay_its_work()
    {
        var matches = MatchesOf(With("EXPERIENCE", "Mental Health Counselor, Hope Center, 2019 – Present",
            "Crisis intervention", "Treatment planning", "Rapport building"));
        Assert.That(matches.Select(m => m.Section).ToList(), Has.Count.EqualTo(3).And.All.EqualTo("experience"));
    }

    [Test]
    public void A_headline_of_terms_between_pipes_is_keywords_whatever_its_first_word()
    {
        var matches = MatchesOf("""
            Jordan Lee
            Aspiring Mental Health Counselor | Therapeutic Alliance | Client-Centered Care | Active Listening

            EXPERIENCE
            Barista, Bean There Cafe, Jan 2022 – Present
            - Opened the store and trained new staff.
            """);
        Assert.That(matches.Where(m => m.Phrase == "therapeutic alliance").Select(m => m.Section), Is.EqualTo(new[] { Sections.Keywords }));
    }

    [Test]
    public void Related_phrases_in_a_role_of_another_trade_are_that_trade_s()
    {
        // No context word ("customers", "accounts") stands near these; the title says whose rapport and whose treatment planning it is.
        const string text = """
            EXPERIENCE
            Senior Customer Success Manager — CareStack Health (EHR for behavioral health clinics)
            Mar 2022 – Present
            - Built rapport with clinic directors and billing leads during go-lives.
            - Turned what I heard into the new treatment planning module's templates.

            Mental Health Counselor — Hope Center
            Jan 2018 – Feb 2022
            - Treatment planning with adults in outpatient care; built rapport with reluctant clients.
            """;
        var related = MatchesOf(text).Where(m => m.Phrase is "rapport" or "treatment planning").ToList();
        Assert.That(related.Select(m => m.Phrase), Is.EquivalentTo(new[] { "treatment planning", "rapport" }), "the counselor's own two count");
        Assert.That(related.Select(m => m.Start), Has.All.GreaterThan(text.IndexOf("Mental Health Counselor", StringComparison.Ordinal)));
    }

    const string HotelCareer = """
        SUMMARY
        Hospitality leader known for rapport with guests and active listening under pressure.

        EXPERIENCE
        Spa Director — Harbor Grand Hotel
        Jun 2016 – Present
        - Built rapport with guests and wedding planners; coached front desk staff on empathy.
        - Never had crisis intervention training; handled complaints and service recovery.
        """;

    [Test]
    public void A_career_with_no_sign_of_the_trade_keeps_no_soft_skill_as_evidence()
    {
        // No context word ("customers", "accounts") and no title the scorer knows as another trade: what says whose
        // rapport it is, is that nothing on the page (term, synonym, counseling title or role) is counseling.
        var matches = MatchesOf(HotelCareer);
        Assert.That(matches.Where(m => m.Assertion is Assertions.Asserted or Assertions.Hedged), Is.Empty);
        Assert.That(matches.Select(m => (m.Phrase, m.Assertion)), Is.EqualTo(new[] { ("crisis intervention", Assertions.Negated) }),
            "what the resume denies still shows, as it tells the recruiter what is missing");
        Assert.That(ResumeScorer.Score(HotelCareer, SeedTerms.Dictionary).Score, Is.Zero);
    }

    [Test]
    public void The_same_soft_skills_count_on_a_page_that_shows_the_trade()
    {
        // With clients, not guests: "rapport with guests" is a false friend wherever it stands.
        string counselor = HotelCareer.Replace("Spa Director — Harbor Grand Hotel", "Mental Health Counselor — Harbor Clinic").Replace("guests", "clients");
        Assert.That(MatchesOf(counselor).Select(m => m.Phrase), Is.SupersetOf(new[] { "rapport", "active listening", "empathy" }));
        // Without dated roles there is no career to read: a few lines are left to their phrases.
        Assert.That(MatchesOf("Built rapport with residents and practised active listening.").Select(m => m.Phrase), Is.EquivalentTo(new[] { "rapport", "active listening" }));
    }

    [Test]
    public void A_counselor_s_earlier_job_outside_the_trade_keeps_its_soft_skills_to_itself()
    {
        const string text = """
            EXPERIENCE
            Mental Health Therapist — Hope Center
            Aug 2021 – Present
            - Individual therapy for adults; built rapport with reluctant clients.

            Recreation Program Coordinator — City Parks
            2018 – 2021
            - Ran after-school programs; built rapport with parents and volunteer coaches.

            Graduate Intern — Riverside Services
            2020 – 2021
            - Carried a caseload of eight; rapport building with each new intake.
            """;
        var rapport = MatchesOf(text).Where(m => m.Phrase is "rapport" or "rapport building").Select(m => m.Start).ToList();
        Assert.That(rapport, Has.Count.EqualTo(2), "the therapist's and the intern's, not the coordinator's");
        Assert.That(rapport, Has.None.InRange(text.IndexOf("Recreation", StringComparison.Ordinal), text.IndexOf("Graduate Intern", StringComparison.Ordinal)));
    }

    [Test]
    public void A_keyword_block_does_not_lend_the_trade_to_soft_skills_in_jobs_none_of_which_is_in_it()
    {
        // The block's words put the trade on the page, but no dated role is titled in it or shows its work: the teller's
        // rapport with account holders is a bank's, not a counselor's, whichever role it stands in.
        const string text = """
            EXPERIENCE
            Personal Banker — First Harbor Bank
            Jun 2021 – Present
            - Opened 30 accounts a month; built rapport with small-business owners.

            Teller
            First Harbor Bank
            2018 – 2021
            - Balanced the drawer daily; showed empathy to account holders during outages.

            CORE SKILLS
            Therapeutic Alliance · Motivational Interviewing · Active Listening · Crisis Intervention
            """;
        var inRoles = MatchesOf(text).Where(m => m.Start < text.IndexOf("CORE SKILLS", StringComparison.Ordinal)).Select(m => m.Phrase).ToList();
        Assert.That(inRoles, Is.Empty, "neither the banker's rapport nor the teller's empathy");
        Assert.That(MatchesOf(text).Select(m => m.Phrase), Does.Contain("therapeutic alliance"), "the block's claims stay, as a keyword block's");
    }

    [Test]
    public void Clients_and_patients_alone_do_not_put_a_job_in_the_trade_when_no_role_is_in_it()
    {
        // Hotels, banks and pharmacies have clients and patients too: with no role titled in the trade or showing its work
        // (sessions, a caseload, intakes), the concierge's rapport with clients is the hotel's.
        const string text = """
            EXPERIENCE
            Head Concierge — Bayfront Grand Hotel
            Mar 2020 – Present
            - Built rapport with VIP clients through pre-arrival calls; drove client retention for the residences.

            Concierge
            Bayfront Grand Hotel
            2016 – 2020
            - Booked tables and tours for 60 guests a day.

            KEYWORDS
            Therapeutic Relationship · Working Alliance · Active Listening · Trust Building
            """;
        var inRoles = MatchesOf(text).Where(m => m.Start < text.IndexOf("KEYWORDS", StringComparison.Ordinal)).Select(m => m.Phrase).ToList();
        Assert.That(inRoles, Is.Empty);
    }

    [Test]
    public void A_job_with_a_caseload_keeps_its_soft_skills_though_no_title_names_the_trade()
    {
        const string text = """
            EXPERIENCE
            Graduate Intern — Riverside Services
            Sep 2025 – Present
            - Carried a caseload of six clients; built rapport with each at intake.

            Barista — Bean There
            2022 – 2025
            - Built rapport with regulars.

            KEYWORDS
            Therapeutic Relationship · Working Alliance · Active Listening
            """;
        var rapport = MatchesOf(text).Where(m => m.Phrase == "rapport").Select(m => m.Start).ToList();
        Assert.That(rapport, Is.EqualTo(new[] { text.IndexOf("rapport", StringComparison.Ordinal) }), "the intern's, not the barista's");
    }

    [Test]
    public void A_single_job_outside_the_trade_keeps_its_soft_skills_out_beside_a_keyword_block()
    {
        const string text = """
            EXPERIENCE
            Front Desk Agent — Harbor Inn
            Jun 2021 – Present
            - Checked in 80 guests a day; built rapport with returning guests.

            KEYWORDS
            Therapeutic Alliance, Working Alliance, Active Listening, Empathy
            """;
        var inRoles = MatchesOf(text).Where(m => m.Start < text.IndexOf("KEYWORDS", StringComparison.Ordinal)).Select(m => m.Phrase).ToList();
        Assert.That(inRoles, Is.Empty, "the front desk's rapport is a hotel's");
    }

    [Test]
    public void A_bullet_that_starts_with_a_verb_is_work_however_short_its_items()
    {
        string text = With("Experience", "Counselor, Hope Center, 2020 – Present", "• Facilitated empathy, rapport building and treatment planning groups");
        Assert.That(MatchesOf(text).Select(m => m.Section), Is.All.EqualTo("experience"));
    }

    /// <summary>
    /// "Other" is for resumes without sections. In one with headings and dated roles, the lines above the first heading are the
    /// writer's introduction: prose there is a summary, a list there a keyword block, as they would be under a heading.
    /// </summary>
    [Test]
    public void Text_above_the_first_heading_of_a_sectioned_resume_is_a_summary()
    {
        const string text = """
            Dana Cho, LPC
            Counselor who puts the therapeutic alliance first with every client and family.
            Empathy • Active listening • Trust building

            EXPERIENCE
            Mental Health Therapist, Cascade Clinic, 2019 – Present
            • Rupture and repair work with adolescents; treatment planning with each family.
            """;
        var sections = MatchesOf(text).ToDictionary(m => m.Phrase, m => m.Section);
        Assert.That(sections["therapeutic alliance"], Is.EqualTo("summary"));
        Assert.That(new[] { sections["empathy"], sections["active listening"], sections["trust building"] }, Is.All.EqualTo("keywords"));
        Assert.That(sections["rupture and repair"], Is.EqualTo("experience"));
    }

    [Test]
    public void Text_above_the_first_heading_counts_as_before_when_no_dated_role_is_read()
    {
        // With no role read, the layout was not read well enough (columns a PDF interleaved) to tell the introduction from the work.
        string text = "Dana Cho, LPC\nCounselor who puts the therapeutic alliance first with every client and family.\n\nSKILLS\nEmpathy • Active listening • Trust building\n";
        Assert.That(MatchesOf(text).Single(m => m.Phrase == "therapeutic alliance").Section, Is.EqualTo("other"));
    }

    /// <summary>
    /// A functional (skills-first) resume describes the work under a strengths heading and lists the jobs as bare dated titles.
    /// A skills dump is bare terms; sentences of work done, led by a verb or in the first person, are the work itself when a dated
    /// role is titled in the trade and no role describes its work in bullets of its own. Read as a skills list, a perinatal
    /// therapist's ten years scored 15, below a keyword block.
    /// </summary>
    static string Functional(string firstJob, string secondJob) => $"""
        Riley Adams, LCSW
        Providence, RI | riley.adams@example.com

        AREAS OF STRENGTH
        Working with ambivalent clients
          • Build the therapeutic alliance in the first three sessions; most clients arrive sent by a court or a parent.
          • I ask for client feedback every session and name an alliance rupture as soon as the scores dip.
          • Designed a six-session training for hospital social workers on the
            therapist-client relationship after a pregnancy loss.
          • Skilled in motivational interviewing and trauma-informed care.
          • Gather session rating scale scores every week and explain each dip to the client.
        Approaches
          • Rapport building • Empathy • Crisis intervention
          • Lived experience of recovery; active listening; de-escalation

        EMPLOYMENT HISTORY
        2019 – Present     {firstJob}
        2014 – 2019        {secondJob}

        EDUCATION
        MSW, Boston College, 2014
        """;

    static readonly string FunctionalCounselor = Functional("Outpatient Therapist, Riverbend Counseling Center", "Mental Health Counselor, Hope Clinic");

    [TestCase("therapeutic alliance", "experience")]
    [TestCase("client feedback", "experience")]
    [TestCase("alliance rupture", "experience")]
    [TestCase("therapist-client relationship", "experience")]
    // Led by a verb in the present, as functional resumes write their work.
    [TestCase("session rating scale", "experience")]
    // A claim of a skill is not work described, and bare terms are a skills list, under any heading.
    [TestCase("motivational interviewing", "skills")]
    [TestCase("rapport building", "skills")]
    [TestCase("empathy", "skills")]
    [TestCase("active listening", "skills")]
    public void Work_described_under_a_strengths_heading_is_experience_when_a_role_is_titled_in_the_trade(string phrase, string section) =>
        Assert.That(MatchesOf(FunctionalCounselor).Single(m => m.Phrase == phrase).Section, Is.EqualTo(section));

    [Test]
    public void The_same_sentences_beside_jobs_in_no_trade_stay_a_skills_list()
    {
        string text = Functional("Studio Manager, Pulse Cycle + Strength", "Personal Trainer, Iron & Oak Fitness");
        Assert.That(MatchesOf(text).Select(m => m.Section), Is.All.EqualTo("skills"));
        Assert.That(Score(text).Score, Is.LessThanOrEqualTo(15), "what is not backed by work adds 15 at most");
    }

    [Test]
    public void Sentences_under_a_skills_heading_stay_a_list_beside_jobs_described_in_bullets()
    {
        // A chronological resume shows its work in its jobs' bullets: the values stated under its skills are the writer's claim.
        string text = FunctionalCounselor.Replace("Mental Health Counselor, Hope Clinic", """
            Mental Health Counselor, Hope Clinic
                               • Individual and group therapy for adults with anxiety and depression.
            """);
        Assert.That(MatchesOf(text).Single(m => m.Phrase == "therapeutic alliance").Section, Is.EqualTo("skills"));
    }

    [Test]
    public void Another_trade_s_bullets_before_a_change_of_career_leave_the_layout_functional()
    {
        string text = FunctionalCounselor.Replace("Mental Health Counselor, Hope Clinic", """
            Mental Health Counselor, Hope Clinic
            2009 – 2014        Account Executive, Acme Software
                               • Closed $2M of new business a year.
            """);
        Assert.That(MatchesOf(text).Single(m => m.Phrase == "therapeutic alliance").Section, Is.EqualTo("experience"));
    }

    // A list is a list whatever leads it: a verb before bare terms, a possessive, or a Roman numeral read as "I".
    [TestCase("  • Use therapeutic alliance, working alliance, therapeutic relationship and therapeutic bond", "therapeutic bond")]
    [TestCase("  • Use working alliance • therapeutic relationship • therapeutic bond", "working alliance")]
    [TestCase("  • My skills: therapeutic alliance, working alliance, therapeutic relationship, therapeutic bond", "working alliance")]
    [TestCase("  • EMDR Part I • Working alliance • Empathy • Crisis intervention", "working alliance")]
    [TestCase("  • In my work the working alliance matters most to every client and family.", "working alliance")]
    public void A_list_under_a_strengths_heading_stays_a_list_whatever_leads_it(string line, string phrase)
    {
        string text = FunctionalCounselor.Replace("Approaches\n", "Approaches\n" + line + "\n");
        Assert.That(MatchesOf(text).Single(m => m.Phrase == phrase).Section, Is.Not.EqualTo("experience"));
    }

    // The trade named only by the employer, or by a role that is unpaid or a placement, is no career in it to describe.
    [TestCase("Front Desk Coordinator, Riverside Behavioral Health", "Cashier, QuikTrip")]
    [TestCase("Receptionist, Riverbend Counseling Center", "Cashier, QuikTrip")]
    [TestCase("Crisis Line Volunteer, Austin Helpline", "Cashier, QuikTrip")]
    [TestCase("Peer Counselor (volunteer), Austin Helpline", "Cashier, QuikTrip")]
    [TestCase("Counseling Intern, Hope Clinic", "Cashier, QuikTrip")]
    public void Sentences_under_a_skills_heading_stay_a_list_without_a_paid_job_titled_in_the_trade(string firstJob, string secondJob)
    {
        string text = Functional(firstJob, secondJob);
        Assert.That(MatchesOf(text).Select(m => m.Section), Has.None.EqualTo("experience"));
        Assert.That(Score(text).Score, Is.LessThanOrEqualTo(15), "what is not backed by work adds 15 at most");
    }

    // Bullets outside the trade's jobs (a food bank, a restaurant, an affiliation whose heading went unread) and a terse
    // bullet under a job of the trade describe none of its work: the layout stays functional.
    [TestCase("Mental Health Counselor, Hope Clinic\n2012 – 2014        Volunteer, Providence Food Bank\n                   • Sorted donations and ran the Saturday pantry line.")]
    [TestCase("Mental Health Counselor, Hope Clinic\n2010 – 2014        Server, Olive Garden\n                   • Served 40 tables a night and trained new servers on the floor.")]
    [TestCase("Mental Health Counselor, Hope Clinic\n                   - Caseload of 40 adults.")]
    [TestCase("Mental Health Counselor, Hope Clinic\n\nPROFESSIONAL AFFILIATIONS (selected)\n• NASW member since 2014")]
    public void Bullets_that_describe_no_job_of_the_trade_leave_the_layout_functional(string replacement)
    {
        string text = FunctionalCounselor.Replace("Mental Health Counselor, Hope Clinic", replacement);
        Assert.That(MatchesOf(text).Single(m => m.Phrase == "therapeutic alliance").Section, Is.EqualTo("experience"));
    }

    // Strengths and accomplishments headings functional resumes use.
    [TestCase("CLINICAL STRENGTHS")]
    [TestCase("SELECTED ACCOMPLISHMENTS")]
    [TestCase("KEY ACCOMPLISHMENTS")]
    public void Work_described_under_another_strengths_heading_is_experience(string heading)
    {
        string text = FunctionalCounselor.Replace("AREAS OF STRENGTH", heading);
        Assert.That(MatchesOf(text).Single(m => m.Phrase == "therapeutic alliance").Section, Is.EqualTo("experience"));
    }

    [Test]
    public void A_heading_that_goes_unread_ends_the_top_of_the_page()
    {
        // What follows a line shaped as a heading is not the writer's introduction, whatever the heading says.
        string text = FunctionalCounselor.Replace("AREAS OF STRENGTH", "HOW I WORK WITH CLIENTS");
        Assert.That(MatchesOf(text).Single(m => m.Phrase == "therapeutic alliance").Section, Is.EqualTo("other"));
        Assert.That(MatchesOf(text).Single(m => m.Phrase == "empathy").Section, Is.EqualTo("keywords"));
    }

    [Test]
    public void A_headline_under_the_name_stays_in_the_introduction()
    {
        string text = FunctionalCounselor.Replace("Providence, RI | riley.adams@example.com\n",
            "Providence, RI | riley.adams@example.com\n\nCLINICAL SUPERVISOR — OUTPATIENT MENTAL HEALTH\nSupervisor who puts the working alliance first.\n");
        Assert.That(MatchesOf(text).Single(m => m.Phrase == "working alliance").Section, Is.EqualTo("summary"));
    }

    [Test]
    public void Work_described_at_the_top_of_a_functional_resume_is_experience()
    {
        // A narrative above bare job titles is the functional layout's work, as the same sentences under a strengths heading are.
        string text = """
            Morgan Reyes, LPC
            Denver, CO | morgan.reyes@example.com

            I am a licensed professional counselor with twelve years in community mental health. I build the therapeutic alliance
            from the first session and track client feedback with the session rating scale every week.

            EMPLOYMENT
            Outpatient Therapist, Front Range Counseling Center, 2020 – Present
            Mental Health Counselor, Riverbend Community Mental Health, 2014 – 2020
            """;
        Assert.That(MatchesOf(text).Single(m => m.Phrase == "therapeutic alliance").Section, Is.EqualTo("experience"));
    }

    [Test]
    public void Evidence_at_the_top_of_the_page_stays_beside_another_career()
    {
        // A teacher turned new counselor introduces the new career above the old one: her practicum is what the top tells.
        string text = """
            Alex Kim
            Columbus, OH | alex.kim@example.com

            New counselor (LPC-eligible). In a 600-hour practicum I built a therapeutic alliance with 14 adult clients.

            EXPERIENCE
            High School Teacher, Columbus City Schools, 2012 – 2023
            • Taught 11th-grade English; advised the debate club.
            """;
        Assert.That(MatchesOf(text).Select(m => m.Phrase), Does.Contain("therapeutic alliance"));
    }

    [Test]
    public void A_functional_counselor_scores_as_the_work_it_describes()
    {
        string everyPhrase = string.Join(", ", SeedTerms.TherapeuticAlliance.Phrases.Select(p => p.Phrase));
        int stuffed = Score(With("Keywords", everyPhrase, "Skills", everyPhrase.Replace(", ", " • "))).Score;
        Assert.That(Score(FunctionalCounselor).Score, Is.GreaterThanOrEqualTo(ResumeScorer.ModerateFrom).And.GreaterThan(stuffed));
    }

    [Test]
    public void A_resume_without_headings_or_dates_counts_as_before()
    {
        Assert.That(MatchesOf(With("Built a therapeutic alliance with each client.")).Single().Section, Is.EqualTo("other"));
    }

    [Test]
    public void The_same_phrases_count_more_in_experience_than_in_a_skills_list()
    {
        int inExperience = Score(With("Experience", "Counselor, Hope Center, 2020 – Present",
            "• Built a therapeutic alliance with adolescents; rapport building and treatment planning with families.")).Score;
        int inSkills = Score(With("Skills", "Therapeutic alliance • Rapport building • Treatment planning")).Score;

        Assert.That(inExperience, Is.GreaterThan(inSkills));
    }

    [Test]
    public void A_keyword_block_with_every_phrase_never_beats_a_resume_that_shows_the_work()
    {
        string everyPhrase = string.Join(", ", SeedTerms.TherapeuticAlliance.Phrases.Select(p => p.Phrase));
        int stuffed = Score(With("Keywords", everyPhrase, "Skills", everyPhrase.Replace(", ", " • "))).Score;
        int genuine = Score(With("Experience", "Counselor, Hope Center, 2018 – Present",
            "• Built a therapeutic alliance with adolescents and families; rupture and repair when it strained.",
            "• Collaborative goal setting and task agreement at intake; treatment adherence rose to 80%.")).Score;

        Assert.That(stuffed, Is.LessThan(genuine));
        Assert.That(stuffed, Is.LessThanOrEqualTo(20), "a keyword block alone stays weak at most");
    }

    [Test]
    public void A_keyword_block_adds_little_to_a_resume_that_shows_the_work()
    {
        string work = With("Experience", "Counselor, Hope Center, 2018 – Present",
            "• Built a therapeutic alliance with adolescents and families; rupture and repair when it strained.");
        string everyPhrase = string.Join(", ", SeedTerms.TherapeuticAlliance.Phrases.Select(p => p.Phrase));

        int alone = Score(work).Score;
        int withBlock = Score(work + "\nKeywords\n" + everyPhrase + "\n").Score;

        Assert.That(withBlock - alone, Is.InRange(1, 15));
    }

    [Test]
    public void Level_signals_in_a_list_of_skills_are_not_level_evidence()
    {
        var level = Score(With("Skills", "Clinical supervision • Program development • Crisis intervention")).Level;
        Assert.That(level.Evidence.Select(e => e.Reason), Has.None.StartsWith("senior"));
    }

    [Test]
    public void A_keyword_line_longer_than_a_clause_is_keywords_to_its_end()
    {
        string text = With("Keywords: " + string.Join(", ", Enumerable.Repeat("therapeutic alliance", 40)));
        Assert.That(MatchesOf(text).Select(m => m.Section).ToList(), Has.Count.EqualTo(40).And.All.EqualTo("keywords"));
    }

    [TestCase("CERTIFICATIONS & TRAINING", "Study")]
    [TestCase("Training and Certifications", "Study")]
    [TestCase("Licensure, Certifications & Training", "Study")]
    [TestCase("Publications & Presentations", "Other")]
    [TestCase("Skills & Interests", null)]
    [TestCase("Smith & Wesson", null)]
    public void Two_headings_of_one_kind_joined_by_and_are_one_heading(string line, string? kind) =>
        Assert.That(ExperienceReader.HeadingOf(line)?.ToString(), Is.EqualTo(kind));

    /// <summary>
    /// A list that calls itself keywords is a keyword block, whatever else its heading calls it. Read as no heading, a line of
    /// it starting with a word in -ing ("Helping Alliance, ...") was taken for a sentence of work done and counted in full.
    /// </summary>
    [TestCase("KEY SKILLS & KEYWORDS")]
    [TestCase("Core Competencies and Keywords")]
    [TestCase("Keywords & Skills")]
    public void Skills_and_keywords_joined_head_a_keyword_block(string heading)
    {
        var matches = MatchesOf(With(heading,
            "• Therapeutic Alliance, Working Alliance, Therapeutic Bond",
            "• Helping Alliance, Treatment Alliance, Counseling Relationship",
            "• Rapport Building, Active Listening, Empathy"));
        Assert.That(matches.Select(m => m.Section).ToList(), Has.Count.EqualTo(9).And.All.EqualTo("keywords"));
    }

    /// <summary>
    /// A heading with another in parentheses after it is the two joined: a list that calls itself "ATS keywords" is a keyword
    /// block, whatever else its heading calls it. Unread, such a block at the top of a fitness manager's page counted as work.
    /// A parenthesis that names no heading ("Volunteer (Crisis Text Line)", a role's title) makes no heading.
    /// </summary>
    [TestCase("CORE COMPETENCIES (ATS KEYWORDS)", "Keywords")]
    [TestCase("Skills (Keywords)", "Keywords")]
    [TestCase("Certifications (Licensure)", "Study")]
    [TestCase("Volunteer (Crisis Text Line)", null)]
    [TestCase("Counselor (Part-Time)", null)]
    [TestCase("Experience (2019)", null)]
    // A colon or dashes after the parenthesis, "and" inside it, "&" before it, brackets for parentheses.
    [TestCase("CORE COMPETENCIES (ATS KEYWORDS):", "Keywords")]
    [TestCase("CORE COMPETENCIES (ATS KEYWORDS) --", "Keywords")]
    [TestCase("CORE COMPETENCIES (SKILLS AND KEYWORDS)", "Keywords")]
    [TestCase("Skills & Competencies (ATS Keywords)", "Keywords")]
    [TestCase("Core Competencies [ATS Keywords]", "Keywords")]
    [TestCase("[ATS Keywords]", "Keywords")]
    // A parenthesis that names no heading but qualifies one ("(ATS)", "(selected)") leaves the heading as it is.
    [TestCase("KEYWORDS (ATS)", "Keywords")]
    [TestCase("PROFESSIONAL AFFILIATIONS (selected)", "Other")]
    public void A_heading_with_another_in_parentheses_is_the_two_joined(string line, string? kind) =>
        Assert.That(ExperienceReader.HeadingOf(line)?.ToString(), Is.EqualTo(kind));

    [Test]
    public void A_list_under_a_competencies_heading_that_calls_itself_ats_keywords_is_keywords()
    {
        var matches = MatchesOf(With(
            "CORE COMPETENCIES (ATS KEYWORDS)",
            "Therapeutic alliance",
            "Therapeutic bond",
            "Rapport",
            "Empathy",
            "",
            "EXPERIENCE",
            "Studio Manager, Pulse Cycle, 2021 - Present",
            "- Ran the studio's front desk and schedules."));
        Assert.That(matches.Select(m => m.Section).ToList(), Has.Count.EqualTo(4).And.All.EqualTo("keywords"));
    }

    [Test]
    public void The_last_role_ends_at_a_heading_of_two_headings_joined()
    {
        // The certification is not the line cook's: read as one, the cook's years were taken for the trade's.
        var level = Score(With(
            "EXPERIENCE",
            "Peer Support Specialist — Riverside Recovery Center",
            "Jan 2024 – Dec 2025",
            "- Weekly one-on-one meetings with people in early recovery.",
            "",
            "Line Cook, Richmond, VA | 2011 - 2015",
            "",
            "CERTIFICATIONS & TRAINING",
            "- Certified Peer Recovery Specialist (CPRS) - 2023"), new ScoreOptions(AsOf: new DateOnly(2026, 11, 1))).Level;
        Assert.That(level.YearsOfExperience, Is.EqualTo(2.0));
    }

    /// <summary>
    /// PDF text of a two-column page with a skills sidebar on the left and the work on the right: each line holds a piece of
    /// each column, far apart. A phrase in the sidebar is the sidebar's (a skills list), though the line it is on runs through a
    /// job's block; one in the job's bullets is work. Read by whole lines, the sidebar beside a job counted as that job's work.
    /// </summary>
    const string TwoColumnCounselor = """
        JORDAN REYES, LPC              PROFILE
        Counselor                      Licensed professional counselor with a decade of
        Austin, TX                     outpatient practice with adults and couples.

        CLINICAL SKILLS                EXPERIENCE
        Rapport building               Staff Therapist                   03/2018 – present
        Measurement-based care         Riverbend Counseling Center – Austin, TX
        Cultural humility              • Individual and couples therapy for 30 weekly clients;
        Crisis intervention              I build the therapeutic alliance in the first sessions.
                                       • Review each client's session rating scale scores and
        EDUCATION                        name an alliance rupture when they drop.
        M.A. Counseling, 2013          Mental Health Counselor           06/2014 – 02/2018
        Texas State University         Hill Country Behavioral Health – San Marcos, TX
                                       • Outpatient counseling for adults with depression;
        LANGUAGES                        treatment planning with each client.
        English and Spanish
        """;

    [TestCase("rapport building", "skills")]
    [TestCase("measurement-based care", "skills")]
    [TestCase("cultural humility", "skills")]
    [TestCase("crisis intervention", "skills")]
    [TestCase("therapeutic alliance", "experience")]
    [TestCase("session rating scale", "experience")]
    [TestCase("alliance rupture", "experience")]
    [TestCase("treatment planning", "experience")]
    public void In_a_two_column_page_each_column_is_read_under_its_own_heading(string phrase, string section) =>
        Assert.That(MatchesOf(TwoColumnCounselor).Single(m => m.Phrase == phrase).Section, Is.EqualTo(section));

    /// <summary>
    /// A keyword sidebar beside jobs outside the trade is a skills list, as the same terms under a skills heading of a page in
    /// one column are: issue 16's rule, that a keyword block never lifts a resume above one that shows the work, holds whichever
    /// way the page is laid out. Nor does a sidebar put the job beside it in the trade: its terms stand in no role.
    /// </summary>
    [TestCase("Store Manager", "Assistant Store Manager", "Harbor Outfitters", "Ran a store of 25 staff and a $4M budget.")]
    [TestCase("Program Coordinator", "Program Assistant", "Eastside Community Center", "Built rapport with parents and school staff.")]
    public void A_keyword_sidebar_beside_jobs_outside_the_trade_scores_no_more_than_the_same_terms_in_one_column(
        string title, string earlierTitle, string employer, string bullet)
    {
        string twoColumns = $"""
            TAYLOR BROOKS                  SUMMARY
            {title,-31}Eight years running busy sites and training the
            Austin, TX                     people who run them.

            SKILLS                         EXPERIENCE
            Therapeutic alliance           {title,-34}03/2018 – present
            Working alliance               {employer} – Austin, TX
            Rapport building               • {bullet}
            Empathy                        • Opened the site and trained new staff.
            Active listening               {earlierTitle,-34}06/2015 – 02/2018
            Crisis intervention            {employer} – Round Rock, TX
            Treatment planning             • Scheduled staff and handled the weekly inventory.
            """;
        string oneColumn = $"""
            TAYLOR BROOKS
            {title}
            Austin, TX

            SUMMARY
            Eight years running busy sites and training the people who run them.

            EXPERIENCE
            {title,-34}03/2018 – present
            {employer} – Austin, TX
            • {bullet}
            • Opened the site and trained new staff.
            {earlierTitle,-34}06/2015 – 02/2018
            {employer} – Round Rock, TX
            • Scheduled staff and handled the weekly inventory.

            SKILLS
            Therapeutic alliance
            Working alliance
            Rapport building
            Empathy
            Active listening
            Crisis intervention
            Treatment planning
            """;
        var twoColumnsScore = Score(twoColumns);
        var oneColumnScore = Score(oneColumn);
        Assert.That(twoColumnsScore.Matches.Where(m => m.Phrase != "rapport").Select(m => m.Section), Has.None.EqualTo("experience"));
        Assert.That(twoColumnsScore.Score, Is.LessThanOrEqualTo(oneColumnScore.Score));
        Assert.That(twoColumnsScore.Level.YearsOfExperience, Is.EqualTo(oneColumnScore.Level.YearsOfExperience));
    }

    /// <summary>
    /// A page in one column with its dates set far right is no page in two: only a heading read far right makes one, and its
    /// lines read whole, as before.
    /// </summary>
    [TestCase("therapeutic alliance", "summary")]
    [TestCase("rapport building", "experience")]
    [TestCase("rupture and repair", "experience")]
    [TestCase("treatment planning", "experience")]
    [TestCase("empathy", "skills")]
    [TestCase("crisis intervention", "skills")]
    public void A_page_in_one_column_with_dates_far_right_reads_as_before(string phrase, string section)
    {
        const string OneColumn = """
            Dana Cho, LPC
            Portland, OR

            PROFESSIONAL SUMMARY
            Counselor who puts the therapeutic alliance first with every client and family.

            EXPERIENCE
            Mental Health Therapist, Rapport Building Program                 2019 – present
            • Rupture and repair work with adolescents; treatment planning with each family.
            Counselor, Cascade Clinic                                         2014 – 2019

            SKILLS
            Empathy • Active listening • Crisis intervention                  Spanish (fluent)
            """;
        Assert.That(MatchesOf(OneColumn).Single(m => m.Phrase == phrase).Section, Is.EqualTo(section));
    }
    /// <summary>
    /// An academic CV numbers its sections with Roman numerals ("V. PUBLICATIONS"). Unread, the teaching section's dated
    /// heading took in the publications and presentations below it as an adjunct's teaching (another trade's), and dropped a
    /// counselor-educator's own papers on the helping alliance and talks on rupture and repair (Fresh11, t02).
    /// </summary>
    [TestCase("V. PUBLICATIONS (peer-reviewed)", "Other")]
    [TestCase("II. PROFESSIONAL EXPERIENCE", "Work")]
    [TestCase("IV) EDUCATION", "Study")]
    [TestCase("VIII. PRESENTATIONS", "Other")]
    // An academic CV's own headings, numbered or not: its jobs are its appointments.
    [TestCase("III. CLINICAL APPOINTMENTS", "Work")]
    [TestCase("Academic Appointments", "Work")]
    // In mixed case, a numbered line is a role's duty area or a list's item, not a section ("II. Supervision" ended a role).
    [TestCase("II. Supervision", null)]
    // A numeral and no heading after it, or a role's dated heading, stay what they were.
    [TestCase("I. M. Pei", null)]
    [TestCase("IV. TEACHING (Big Sky State University, adjunct faculty, 2017-present)", null)]
    [TestCase("V. Smith, counselor", null)]
    public void A_heading_numbered_in_roman_numerals_is_the_heading(string line, string? kind) =>
        Assert.That(ExperienceReader.HeadingOf(line)?.ToString(), Is.EqualTo(kind));

    [Test]
    public void A_counselor_educator_s_publications_are_not_her_teaching()
    {
        string text = LookAlikeTradeTests.Header + """
            II. CLINICAL EXPERIENCE
            Jul 2015 - present    Clinical Counselor
                                  Frontier Counseling Center, Miles City, MT
              Individual counseling for adults and couples; the working alliance is reviewed every session.

            III. TEACHING (State University, adjunct faculty, 2017-present)
            COUN 612  The Counseling Relationship: Theory and Skills (every fall)

            IV. PUBLICATIONS
            Morgan, J. (2023). The helping alliance among ranch families. Rural Counseling Review, 12(3), 141-158.
            """;
        var evidence = LookAlikeTradeTests.Evidence(Score(text, LookAlikeTradeTests.AsOf2026)).Select(m => m.Phrase).ToList();
        Assert.That(evidence, Does.Contain("helping alliance"));
        // The course an adjunct teaches is still no counseling work of hers: the teaching role is the teacher's.
        Assert.That(evidence, Does.Not.Contain("counseling relationship"));
    }

    /// <summary>
    /// A resume written in Markdown marks its headings with "#". Unread, "## Education" ended nothing: the last dated role took
    /// in every line to the end of the page (Fresh12, t04). A line in bold is a role's own sub-heading as often as a section's
    /// (see <see cref="Review29FindingsTests"/>), and is read as the words it holds.
    /// </summary>
    [TestCase("## Education", "Study")]
    [TestCase("# EXPERIENCE", "Work")]
    [TestCase("### Work History", "Work")]
    [TestCase("**Highlights**", null)]
    [TestCase("**Training**", null)]
    [TestCase("#1 in the region", null)]
    // A resume pasted into an email and quoted (Fresh14, t07).
    [TestCase("> EXPERIENCE", "Work")]
    [TestCase("> > LICENSES", "Study")]
    [TestCase("> 5 years", null)]
    // A list's heading with a rating legend (Fresh12, t08): no role is titled so.
    [TestCase("CORE CLINICAL COMPETENCIES (self-rated, 1 = aware, 5 = expert)", "Skills")]
    [TestCase("Skills (rated 1-5)", "Skills")]
    [TestCase("SKILLS SNAPSHOT  (self-rated, 5 = expert)", "Skills")]
    [TestCase("Skills at a Glance", "Skills")]
    [TestCase("Experience (2019)", null)]
    [TestCase("* Education of families about anxiety", null)]
    public void A_heading_marked_in_markdown_is_the_heading(string line, string? kind) =>
        Assert.That(ExperienceReader.HeadingOf(line)?.ToString(), Is.EqualTo(kind));

    /// <summary>
    /// A Markdown table gives each role one row, with its dates, title and employer, and describes the jobs below the table.
    /// Read as the last row's, every description was the barista's, another trade's, and a new graduate's whole practice
    /// was dropped (13, none; Fresh12, t04). A row is its role; the descriptions under the table are the experience section's.
    /// </summary>
    [Test]
    public void A_markdown_table_row_is_its_role_and_the_work_described_below_it_counts()
    {
        string text = LookAlikeTradeTests.Header + """
            ## Experience

            | Dates | Role | Organization |
            |---|---|---|
            | 07/2024 – present | Associate Counselor (LPC-Associate) | Eastside Community Counseling |
            | 01/2023 – 05/2024 | Counseling Practicum Student | Hope Harbor Shelter |
            | 06/2019 – 12/2022 | Barista, then Shift Supervisor | Pecan Street Coffee Co. |

            ### Associate Counselor — Eastside Community Counseling

            - Carry a caseload of 22 adult clients under weekly supervision from an LPC-S.
            - Focus on the therapeutic alliance in the first three sessions and adjust to what the client wanted.
            - Rapport building with clients who had never been in counseling; active listening and reflection of feeling.

            ## Education

            | Degree | School | Year |
            |---|---|---|
            | M.A., Clinical Mental Health Counseling | Riverbend University | 05/2024 |
            """;
        var score = Score(text, LookAlikeTradeTests.AsOf2026);
        var layout = new ResumeLayout(text, new DateOnly(2026, 11, 1));
        Assert.That(layout.Roles, Has.Count.EqualTo(3));
        Assert.That(layout.Roles.Select(r => text[r.BlockStart..r.BlockEnd].Trim().Split('\n').Length), Is.All.EqualTo(1), "each role is its row");
        Assert.That(layout.Roles.Select(r => r.IsPlacement), Is.EqualTo(new[] { false, true, false }), "a row is named by its own cells, not the row above");
        var found = LookAlikeTradeTests.Evidence(score).Select(m => m.Phrase).ToList();
        Assert.That(found, Is.SupersetOf(new[] { "therapeutic alliance", "rapport building", "active listening" }));
        Assert.That(score.Matches.Where(m => m.Phrase == "therapeutic alliance").Select(m => m.Section), Is.All.EqualTo("experience"));
    }

    /// <summary>
    /// Phrases run together with nothing but spaces between them (white text pasted under the references, a keyword line a
    /// template joined) are a keyword block, as the same phrases between commas are: read as one long sentence, a store
    /// manager's hidden line scored 84, strong, above genuine seniors (Fresh12, t02).
    /// </summary>
    [Test]
    public void Phrases_run_together_with_only_spaces_between_them_are_keywords()
    {
        string text = With(
            "REFERENCES",
            "Available upon request.",
            "",
            "therapeutic alliance therapeutic alliance working alliance therapeutic relationship therapeutic bond helping alliance " +
            "rapport building empathy trust building active listening reflective listening crisis intervention motivational interviewing");
        var sections = MatchesOf(text).Select(m => m.Section).ToList();
        Assert.That(sections, Has.Count.GreaterThanOrEqualTo(10).And.All.EqualTo("keywords"));
        Assert.That(Score(text).Score, Is.LessThanOrEqualTo(15));
    }

    /// <summary>A sentence holding several phrases still has words of its own between them: it is prose, not a keyword run.</summary>
    [TestCase("Built the therapeutic alliance through rapport building, empathy and active listening with every family I saw")]
    [TestCase("Therapeutic alliance and working alliance research: rapport building and empathy in first sessions with adolescents")]
    public void A_sentence_with_several_phrases_is_not_a_keyword_run(string sentence)
    {
        string text = LookAlikeTradeTests.Header + $"""
            EXPERIENCE
            Mental Health Counselor, Hope Center, 2019 – Present
            - {sentence}
            """;
        Assert.That(MatchesOf(text).Select(m => m.Section), Is.All.EqualTo("experience"));
    }

    /// <summary>
    /// Measured results count as the alliance's only beside work that shows it: a store's Net Promoter Score and its staff
    /// turnover under a keyword block made stuffers weak at 23-30, where the block alone is held to 15 (nine stuffers in six sets).
    /// Beside a counselor's work, the same results still count.
    /// </summary>
    [Test]
    public void Outcomes_count_only_beside_work_that_shows_the_alliance()
    {
        const string keywords = "Keywords: therapeutic alliance, working alliance, rapport building, empathy, active listening, treatment planning";
        string stuffer = LookAlikeTradeTests.Header + $"""
            {keywords}

            EXPERIENCE
            Store Manager, Harlow & Finch Home Goods, 2019 – Present
            - Customer satisfaction rose from 71% to 92% in two years.
            - Reduced associate attrition by 27% with stay interviews.
            """;
        string counselor = LookAlikeTradeTests.Header + """
            EXPERIENCE
            Mental Health Counselor, Hope Center, 2019 – Present
            - Built a strong therapeutic alliance with each client; rapport building with adolescents.
            """;
        string counselorWithOutcomes = counselor + """
            - Client retention rose from 71% to 92% in two years.
            - Reduced no-shows by 27% with reminder calls.
            """;

        Assert.That(Score(stuffer).Score, Is.LessThanOrEqualTo(15));
        Assert.That(Score(counselorWithOutcomes).Score, Is.GreaterThan(Score(counselor).Score));
    }

    /// <summary>
    /// A LinkedIn profile export lists skills under "Top Skills" and "Skills &amp; Endorsements", and its honors under
    /// "Honors-Awards" (its recommendations, a third party's words, are left under whatever heading stands above). Unread, a server's endorsements of every phrase of the term counted as work and outscored
    /// a senior psychotherapist (68; Fresh15, t07).
    /// </summary>
    [TestCase("Top Skills", "Skills")]
    [TestCase("Skills & Endorsements", "Skills")]
    [TestCase("Endorsements", "Skills")]
    [TestCase("Honors-Awards", "Other")]
    // A hybrid resume's dated projects (Fresh16, t01), in capitals only: "Projects" in a title's case is a role's sub-heading.
    [TestCase("SELECTED PROJECTS", "Projects")]
    [TestCase("Projects", null)]
    [TestCase("Key Projects:", null)]
    public void A_linkedin_export_s_headings_are_read(string line, string? kind) =>
        Assert.That(ExperienceReader.HeadingOf(line)?.ToString(), Is.EqualTo(kind));

    [Test]
    public void Endorsed_skills_in_a_linkedin_export_are_a_skills_list_not_work()
    {
        string text = """
            Experience

            Harvest & Hearth Bistro
            Lead Server and Shift Lead
            March 2023 - Present (3 years 9 months)
            Open and close the floor for a 140-seat restaurant; train new servers on the POS and wine list.

            Honors-Awards
            Employee of the Quarter, Harvest & Hearth Bistro (Q2 2024)

            Skills & Endorsements
            Therapeutic Alliance · 14 endorsements
            Working Alliance · 11 endorsements
            Therapeutic Relationship · 11 endorsements
            Empathy · 32 endorsements
            Active Listening · 27 endorsements
            Customer Service · 41 endorsements
            """;
        var score = Score(text);
        Assert.That(score.Matches.Where(m => m.Phrase == "therapeutic alliance").Select(m => m.Section), Is.All.EqualTo("skills"));
        Assert.That(score.Score, Is.LessThanOrEqualTo(15));
    }

    /// <summary>
    /// A two-column PDF extracted a line of each column in turn: the sidebar's headings fall between the work's lines. Read as
    /// headings, "CORE SKILLS" and "EDUCATION" took in a senior psychotherapist's roles and bullets, and he scored as a keyword
    /// list (15, the stuffer's score; Fresh13, t04). On such a page only the main column's headings are read.
    /// </summary>
    [Test]
    public void A_page_interleaved_line_by_line_keeps_its_work_under_the_work_heading()
    {
        string text = """
            PROFILE
            LCMHC, NCC
            Licensed Clinical Mental Health Counselor with eight years of
            CONTACT
            outpatient and school-linked therapy for adolescents and young
            (828) 555-0139
            adults. Seeking a role where I can grow into clinical supervision
            kasante.delgado@mail.example
            once I finish the LCMHCS requirements next year.
            PROFESSIONAL EXPERIENCE
            CORE SKILLS
            Psychotherapist
            CBT and ERP for anxiety and OCD
            Blue Ridge Integrated Care, Asheville, NC
            Adolescent and family therapy
            01/2021 - Present
            Safety planning and risk assessment
            - Keep the client-therapist relationship at the center of care with
            Telehealth (HIPAA-compliant video)
            teens who were sent rather than self-referred; first sessions are
            LICENSES
            about what they want, not what their parents want.
            EDUCATION
            - Use collaborative empiricism in CBT: the client and I design
            MA, Clinical Mental Health
            exposures together and read the results like an experiment.
            """;
        var score = Score(text);
        Assert.That(score.Matches.Single(m => m.Phrase == "collaborative empiricism").Section, Is.EqualTo("experience"));
        Assert.That(score.Level.YearsOfExperience, Is.Not.Null);
    }

    /// <summary>A page read in order, whose sentences wrap onto the next line, keeps every heading.</summary>
    [Test]
    public void A_page_in_reading_order_keeps_its_sidebar_headings()
    {
        string text = """
            PROFESSIONAL EXPERIENCE
            Psychotherapist, Blue Ridge Integrated Care, 01/2021 - Present
            - Keep the client-therapist relationship at the center of care with
              teens who were sent rather than self-referred.
            - Use collaborative empiricism in CBT: the client and I design
              exposures together and read the results like an experiment.
            CORE SKILLS
            Motivational interviewing
            Safety planning and risk assessment
            """;
        var score = Score(text);
        Assert.That(score.Matches.Single(m => m.Phrase == "motivational interviewing").Section, Is.EqualTo("skills"));
    }

    /// <summary>
    /// A hidden paragraph of phrases at a resume's end, back to back with other keywords among them ("... person-centered
    /// trauma-informed CBT DBT"): a keyword block, though words stand on its line (Fresh17, t06: 77, strong, above a senior).
    /// A sentence of work never runs six phrases together with only spaces between; with commas it lists them, and stays work.
    /// </summary>
    [Test]
    public void Six_phrases_back_to_back_make_a_keyword_block()
    {
        string block = "therapeutic alliance working alliance therapeutic relationship therapeutic bond rapport building trust building "
            + "empathy active listening crisis intervention trauma-informed CBT DBT Mental Health First Aid";
        var score = Score(LookAlikeTradeTests.Header + "Volunteer\nMid-Ohio Food Collective, monthly sorting shifts.\n\n" + block + "\n");
        Assert.That(score.Matches.Select(m => m.Section).Distinct(), Is.EqualTo(new[] { "keywords" }));
    }

    /// <summary>
    /// A block of phrases run together wraps over lines: a phrase the line above wrapped covers its line's start, a line beside a
    /// block with two phrases back to back is the block's, and so is a paragraph whose lines with phrases are nearly all runs
    /// (its line of other skills breaks nothing). Read line by line, a resume builder's appended "ATS BOOST KEYWORDS" paragraph
    /// scored a stage technician 77, strong (Fresh28, t07).
    /// </summary>
    [Test]
    public void A_block_of_phrases_wrapped_over_lines_is_a_keyword_block_whole()
    {
        string block = """
            - - - - - - - - - - - - - - - - - - - -
            Resume built with ResumeRocket Free · ATS Boost enabled
            - - - - - - - - - - - - - - - - - - - -
            ATS BOOST KEYWORDS mental health counselor behavioral health counselor licensed
            professional counselor clinical therapist therapeutic alliance working alliance
            therapeutic bond therapeutic relationship counselor-client relationship
            rapport building active listening reflective listening empathy
            unconditional positive regard client-centered person-centered safe therapeutic
            environment collaborative goal setting collaborative treatment planning treatment
            goals motivational interviewing crisis intervention cultural competency cultural
            humility rupture and repair feedback-informed treatment session rating scale
            DBT case management documentation HIPAA EHR intake assessment group facilitation
            suicide risk assessment therapeutic alliance working alliance mental health counselor
            """;
        var score = Score(LookAlikeTradeTests.Header + "EXPERIENCE\nLead AV Technician\nMar 2021 – Present\n- Set up sound and lighting for 120 events a year.\n\n" + block);
        Assert.Multiple(() =>
        {
            Assert.That(score.Matches.Select(m => m.Section).Distinct(), Is.SubsetOf(new[] { "keywords", "skills" }));
            Assert.That(score.Score, Is.LessThanOrEqualTo(ResumeScorer.WeakFrom));
        });
    }

    /// <summary>
    /// A Word table of roles flattened to text, its cells between tabs, is read as a table: each row is its role, and the jobs
    /// described under it are no row's. Read as the last row's block, a caseworker's child protection took an Australian social
    /// worker's therapeutic alliance and rapport (Fresh29, t08: 15, the stuffer's floor, for a senior of 16.8 years).
    /// </summary>
    [Test]
    public void A_table_of_roles_with_tab_cells_keeps_the_descriptions_under_it_from_its_last_row()
    {
        string text = "EXPERIENCE\nPosition\tOrganisation\tDates\n"
            + "Family Counsellor\tSouthern Family Relationship Centre, Nowra\tMar 2010 – Jan 2013\n"
            + "Caseworker (child protection)\tNSW Dept. of Communities (statutory)\tJan 2008 – Feb 2010\n\n"
            + "Southern Family Relationship Centre – Family Counsellor\n"
            + "•\tBuilt a therapeutic alliance with each parent separately when conflict between them was high.\n";
        var score = Score(text);
        Assert.That(score.Matches.Where(m => m.Phrase == "therapeutic alliance").Select(m => m.Assertion), Is.EqualTo(new[] { "asserted" }));
    }

    /// <summary>A bullet of work beside a block still ends a sentence, and two phrases joined by a word are no run: it stays work.</summary>
    [Test]
    public void A_sentence_of_work_after_a_keyword_line_stays_work()
    {
        string text = "EXPERIENCE\nLicensed Professional Counselor, Hope Center\n2019 - Present\n"
            + "therapeutic alliance working alliance therapeutic bond rapport building empathy active listening\n"
            + "Built the therapeutic alliance and rapport building with 40 adults each week.\n";
        Assert.That(Score(text).Matches.Where(m => m.Start > text.IndexOf("Built", StringComparison.Ordinal)).Select(m => m.Section).Distinct(),
            Is.EqualTo(new[] { "experience" }));
    }

    [TestCase("--- EDUCATION ---", "Study")]
    [TestCase("=== WORK HISTORY ===", "Work")]
    [TestCase("EDUCATION & QUALIFICATIONS", "Study")]
    [TestCase("--- WORK HISTORY (most recent first) ---", "Work")]
    // A title in capitals with a parenthesis, not ruled, is a role's (an independent review).
    [TestCase("VOLUNTEER (Crisis Text Line)", null)]
    [TestCase("** Key Achievements **", null)]
    [TestCase("- Education of families about anxiety -", null)]
    public void Ruled_and_british_headings_are_read(string line, string? kind) =>
        Assert.That(ExperienceReader.HeadingOf(line)?.ToString(), Is.EqualTo(kind));

    [Test]
    public void Six_phrases_listed_with_commas_in_a_job_bullet_stay_work()
    {
        string text = "EXPERIENCE\nLicensed Professional Counselor, Hope Center\n2019 - Present\n"
            + "- Delivered individual therapy grounded in therapeutic alliance, rapport building, empathy, active listening, "
            + "motivational interviewing, CBT and DBT for 40 adults with co-occurring disorders\n";
        Assert.That(Score(text).Matches.Select(m => m.Section).Distinct(), Is.EqualTo(new[] { "experience" }));
    }
}
