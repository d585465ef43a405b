namespace HiringKit.Scoring.Tests;

/// <summary>
/// An independent review in session 23 of the rules written from Fresh33's misses (a diplomat's rank, organisers, a web form's
/// numbered headings, posts held online, supervised hours, "not accredited to", a course's levels, alliances between
/// ministries): 89 probes found 24 regressions, all mended. Counselors at an embassy, a consulate, UNHCR or the State
/// Department lost every year to a mission named anywhere in their lines; a debt helpline's "Telephone Counsellor" and a speech
/// therapist's "Remote Therapist" became senior counselors; a training director's "signed off 2,400 supervised internship
/// hours" read as her own training; "not licensed to" and "not certified to" denied across a comma and of other people; a higher
/// level anywhere in the clause ("not yet proficient") undid a hedge; "between" and "ministries" anywhere near dropped an EAP
/// counsellor's alliance. The probes live in <c>Probes/Session23Review</c>, answered as mended and as the review expected.
/// </summary>
public sealed class Session23ReviewFindingsTests
{
    static ResumeScore ScoreOf(string file) => Probes.Score("Session23Review", file);

    // Regressions mended: the trade's counselors near a mission, and a recovery coach who also organises.
    [TestCase("p02_r1_staff_counsellor_highcomm.txt")]
    [TestCase("p03_r1_intl_school_counselor.txt")]
    [TestCase("p04_r1_state_dept_ecs.txt")]
    [TestCase("p05_r1_unhcr_psychosocial.txt")]
    [TestCase("p06_r1_dc_therapist_foreign_service_clients.txt")]
    [TestCase("p07_r1_mexican_consulate_ventanilla.txt")]
    [TestCase("p17_r2_organizer_and_counselor_one_title.txt")]
    public void A_counselor_s_years_stay_the_trade_s(string file)
    {
        var score = ScoreOf(file);
        Assert.That(score.Level.YearsOfExperience, Is.GreaterThan(5.0));
        Assert.That(score.Level.Level, Is.EqualTo("senior"));
    }

    // Regressions mended: another trade's adviser named by how the post is held, alone on the page. And the rules' own cases.
    [TestCase("p34_r4_telephone_debt_counsellor.txt")]
    [TestCase("p35_r4_remote_therapist_slp.txt")]
    [TestCase("p36_r4_online_admissions_counselor_split.txt")]
    [TestCase("p37_r4_virtual_counselor_travel.txt")]
    [TestCase("p08_r1_counsellor_of_embassy.txt")]
    [TestCase("p11_r1_german_ffo.txt")]
    [TestCase("p12_r1_global_affairs_canada.txt")]
    [TestCase("p13_r1_state_dept.txt")]
    [TestCase("p15_r1_consejero_maec.txt")]
    [TestCase("p19_r2_bare_organizer.txt")]
    [TestCase("p21_r2_union_rep.txt")]
    [TestCase("p22_r2_tenant_organizer.txt")]
    [TestCase("p24_r2_canvass_director.txt")]
    public void Another_trade_s_post_gives_no_years(string file) =>
        Assert.That(ScoreOf(file).Level.YearsOfExperience, Is.Null);

    // A web form's numbered sections, in three spellings: the education entry's years are no work.
    [TestCase("p27_r3_employment_n_of_m.txt")]
    [TestCase("p28_r3_slash_numbering.txt")]
    [TestCase("p30_r3_paren_of.txt")]
    public void A_numbered_education_entry_is_no_job(string file) =>
        Assert.That(ScoreOf(file).Level.Level, Is.EqualTo("mid"));

    // Regression mended: "Training 1 of 2" over placements is no education heading.
    [Test]
    public void Placements_under_a_numbered_training_heading_stay_experience() =>
        Assert.That(ScoreOf("p87_r3_placement_numbered.txt").Matches.Single(m => m.Phrase == "active listening").Section,
            Is.EqualTo(Sections.Experience));

    // Regressions mended: hours the writer oversaw are supervision given.
    [TestCase("p48_r5_signed_off_hours_given.txt")]
    [TestCase("p49_r5_coordinated_placement_hours.txt")]
    [TestCase("p55_r5_undated_training_director.txt")]
    public void Supervised_hours_the_writer_oversaw_are_supervision_given(string file)
    {
        var level = ScoreOf(file).Level;
        Assert.That(level.Evidence.Select(e => e.Reason), Does.Contain("senior signal: supervises others"));
        Assert.That(level.Evidence.Select(e => e.Reason), Has.None.EqualTo("junior signal: internship"));
    }

    [Test]
    public void An_undated_training_director_stays_senior() =>
        Assert.That(ScoreOf("p55_r5_undated_training_director.txt").Level.Level, Is.EqualTo("senior"));

    // Regressions mended: a standing said of others, or across a comma, denies nothing; the rule's own cases deny.
    [TestCase("p56_r6_not_licensed_diagnose_but_alliance.txt", "therapeutic alliance", Assertions.Asserted)]
    [TestCase("p58_r6_clients_not_permitted_work.txt", "crisis intervention", Assertions.Asserted)]
    [TestCase("p68_r6_referred_those_not_qualified.txt", "crisis intervention", Assertions.Asserted)]
    [TestCase("p68_r6_referred_those_not_qualified.txt", "active listening", Assertions.Asserted)]
    [TestCase("p61_r6_not_eligible.txt", "clinical supervision", Assertions.Negated)]
    [TestCase("p62_r6_not_allowed.txt", "crisis intervention", Assertions.Negated)]
    [TestCase("p66_r6_not_accredited_control.txt", "clinical supervision", Assertions.Negated)]
    // Regressions mended: a higher level only counts joined to the low one; the rule's own cases claim it.
    [TestCase("p69_r7_familiar_not_yet_proficient.txt", "motivational interviewing", Assertions.Hedged)]
    [TestCase("p71_r7_intro_with_advanced_practitioner.txt", "motivational interviewing", Assertions.Hedged)]
    [TestCase("p73_r7_learning_from_trainer.txt", "motivational interviewing", Assertions.Hedged)]
    [TestCase("p74_r7_intro_then_level2.txt", "motivational interviewing", Assertions.Asserted)]
    [TestCase("p77_r7_beginner_and_practitioner.txt", "motivational interviewing", Assertions.Asserted)]
    // Regressions mended: "between" and a ministry or a government near a counsellor's alliance are no diplomacy.
    [TestCase("p85_r8_eap_alliance_between_sessions_ministries.txt", "working alliance", Assertions.Asserted)]
    [TestCase("p86_r8_first_nations_between_governments.txt", "working alliance", Assertions.Asserted)]
    public void A_probe_s_phrase_is_asserted_as_the_review_expected(string file, string phrase, string assertion) =>
        Assert.That(ScoreOf(file).Matches.Where(m => m.Phrase == phrase).Select(m => m.Assertion), Is.EqualTo(new[] { assertion }));
}
