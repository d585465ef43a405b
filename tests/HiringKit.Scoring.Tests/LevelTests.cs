using static HiringKit.Scoring.Tests.Resumes;

namespace HiringKit.Scoring.Tests;

/// <summary>Seniority from stated years, employment dates and level indicators.</summary>
public sealed class LevelTests
{
    static readonly ScoreOptions AsOf2026 = new(AsOf: new DateOnly(2026, 11, 1));

    static LevelEstimate LevelOf(string text, ScoreOptions? options = null) => Score(With(text), options ?? AsOf2026).Level;

    [TestCase("Counselor with 7+ years of experience in community mental health.", 7.0, "senior")]
    [TestCase("Counselor with over 10 years in outpatient settings.", 10.0, "senior")]
    [TestCase("Three years of experience in school counseling.", 3.0, "mid")]
    [TestCase("Counselor with 3-5 years of experience.", 3.0, "mid")]
    [TestCase("1 year of experience as a crisis counselor.", 1.0, "junior")]
    public void Stated_years_decide_the_level(string text, double years, string level)
    {
        var estimate = LevelOf(text);

        Assert.That(estimate.YearsOfExperience, Is.EqualTo(years));
        Assert.That(estimate.Level, Is.EqualTo(level));
        Assert.That(estimate.Evidence.Single().Reason, Is.EqualTo("stated years of experience"));
    }

    [TestCase("Counselor with nearly five years of experience in schools.", 4.5, "mid")]
    [TestCase("Bilingual therapist with almost five years of outpatient experience.", 4.5, "mid")]
    [TestCase("Almost 10 years in community mental health.", 9.5, "senior")]
    public void Nearly_so_many_years_is_fewer_than_so_many(string text, double years, string level)
    {
        // "Nearly five years" was read as five, a senior's first year, for counselors the labels call mid.
        var estimate = LevelOf(text);

        Assert.That(estimate.YearsOfExperience, Is.EqualTo(years));
        Assert.That(estimate.Level, Is.EqualTo(level));
    }

    // A peer's own recovery is no years at work (Fresh16, t05).
    [TestCase("Lived experience of recovery (11 years); comfortable talking plainly with clients.")]
    [TestCase("8+ years sober; peer mentor for new residents.")]
    [TestCase("Worked with children ages 5 to 12 years old.")]
    [TestCase("Improved attendance by 18% over two years.")]
    [TestCase("Completed a two-year residency program.")]
    [TestCase("Left the agency three years ago.")]
    [TestCase("Worked for two years at a bakery before graduate school.")]
    [TestCase("Malpracticed for two years")]
    // "Practiced for N years" is no stated career: whose practice, which trade, and whether it is said at all are the sentence's
    // (two independent reviews of a rule that read it, withdrawn).
    [TestCase("I am a marriage and family therapist who practiced for seven years, stepped away for eleven, and came back.")]
    [TestCase("Supervised by Dr. Ruiz, LPC-S, who has practiced for 25 years.")]
    [TestCase("I have not practiced for six years.")]
    [TestCase("As an RN I practiced for 14 years before retraining.")]
    [TestCase("Former family-law attorney (practiced for 12 years).")]
    [TestCase("Second-career counselor. Practised for 18 years as a general dentist before earning my counseling degree.")]
    [TestCase("Former family-law attorney (practiced for 12 years) now completing supervised hours toward LPCC licensure.")]
    [TestCase("Mindfulness meditation: practising for 10 years.")]
    // "Since" inside a sentence tells when something began, not a post's dates.
    [TestCase("I have counseled adults at Hope Center since 2019.")]
    [TestCase("Licensed since March 2015; supervisor since 2020.")]
    [TestCase("I am a member of the Motivational Interviewing Network of Trainers (MINT) since 2023.")]
    [TestCase("Person in long-term recovery (since 2014) with seven years of paid work in peer support.")]
    public void Numbers_of_years_that_are_not_experience_are_ignored(string text) =>
        Assert.That(LevelOf(text).YearsOfExperience, Is.Null);

    // Without a month an apostrophe and two digits are a decade or a class year ("the '90s", "Class of '19"), not a date.
    [TestCase("Counselor, Hope Center, '16 – '19")]
    [TestCase("Counselor at Hope Center since the '90s - '00s boom")]
    public void Two_digit_years_without_a_month_are_not_dates(string text) =>
        Assert.That(LevelOf(text).YearsOfExperience, Is.Null);

    [Test]
    public void Present_is_read_relative_to_the_as_of_date()
    {
        string text = "Counselor, Hope Center, Jan 2020 – Present";

        Assert.That(LevelOf(text, new ScoreOptions(AsOf: new DateOnly(2021, 6, 1))).YearsOfExperience, Is.EqualTo(1.5));
        Assert.That(LevelOf(text, new ScoreOptions(AsOf: new DateOnly(2026, 1, 1))).YearsOfExperience, Is.EqualTo(6.1));
    }

    [Test]
    public void Without_an_as_of_date_present_means_the_scorer_release_date_so_output_never_drifts()
    {
        string text = "Counselor, Hope Center, Jan 2020 – Present";

        Assert.That(LevelOf(text, new ScoreOptions()).YearsOfExperience, Is.EqualTo(LevelOf(text, new ScoreOptions(AsOf: ScorerInfo.DefaultAsOf)).YearsOfExperience));
        Assert.That(ScorerInfo.DefaultAsOf, Is.EqualTo(new DateOnly(2026, 11, 1)));
    }

    // How dates count, worked by hand (years are months / 12, rounded half away from zero to one decimal):
    // - both months given: both count, Jan 2019 through Mar 2021 is 27 months, 2.25 -> 2.3;
    // - "Present" is the as-of month (November 2026 by default): Sep 2018 through Nov 2026 is 99 months, 8.25 -> 8.3;
    // - a year alone starts in January: 2016 through Nov 2026 is 131 months, 10.9;
    // - years alone on both sides count the years between, as "2016-2019" is usually read: 36 months, 3.0;
    // - a start month with a year alone at the end runs through that year's December: Jan 2016 - Dec 2019, 48 months, 4.0;
    // - seasons are months (spring March, summer June, fall September, winter December): Sep 2020 through Mar 2022, 19 months, 1.6.
    [TestCase("Counselor, Hope Center, Jan 2019 - Mar 2021", 2.3)]
    [TestCase("Counselor, Hope Center, January 2019 – March 2021", 2.3)]
    [TestCase("Counselor, Hope Center, 01/2019 – 03/2021", 2.3)]
    [TestCase("Counselor, Hope Center, Sept. 2018 to Current", 8.3)]
    [TestCase("Counselor, Hope Center, 2016 – Present", 10.9)]
    [TestCase("Counselor, Hope Center, 2016-2019", 3.0)]
    [TestCase("Counselor, Hope Center, Jan 2016 – 2019", 4.0)]
    [TestCase("Counselor, Hope Center, Fall 2020 through Spring 2022", 1.6)]
    [TestCase("Terapeuta, Centro Esperanza, enero 2019 – marzo 2021", 2.3)]
    [TestCase("Psychothérapeute, Clinique Espoir, janvier 2019 – mars 2021", 2.3)]
    [TestCase("Consejera, Centro Esperanza, septiembre 2018 – presente", 8.3)]
    // An ongoing job as French, Spanish and Portuguese resumes write it: "à ce jour" (to date), "à aujourd'hui", "hasta la
    // fecha", "a la actualidad", "até o momento". Unread, a bilingual counsellor's ten current years were lost (Fresh18, t01).
    [TestCase("Psychothérapeute, Clinique Espoir, septembre 2018 à ce jour", 8.3)]
    [TestCase("Psychothérapeute, Clinique Espoir, septembre 2018 à aujourd'hui", 8.3)]
    [TestCase("Psychothérapeute, Clinique Espoir, septembre 2018 – aujourd’hui", 8.3)]
    [TestCase("Psychothérapeute, Clinique Espoir, sept. 2018 jusqu'à présent", 8.3)]
    [TestCase("Consejera, Centro Esperanza, septiembre 2018 hasta la fecha", 8.3)]
    [TestCase("Consejera, Centro Esperanza, septiembre 2018 a la actualidad", 8.3)]
    [TestCase("Psicóloga, Clínica Esperança, setembro 2018 até o momento", 8.3)]
    [TestCase("Psychothérapeute, Clinique Espoir, janvier 2019 à mars 2021", 2.3)]
    // "To date", "till date" after a dash, "onwards", and a German CV's months, "bis" and "heute" (as Fresh14's German CV was
    // dated, and as Indian and UK resumes write an ongoing job).
    [TestCase("Counselor, Hope Center, Sept. 2018 – to date", 8.3)]
    [TestCase("Counselor, Hope Center, Sept 2018 – till date", 8.3)]
    [TestCase("Counselor, Hope Center, September 2018 onwards", 8.3)]
    [TestCase("Psychotherapeutin, Praxis am Park, September 2018 – heute", 8.3)]
    [TestCase("Psychotherapeutin, Praxis am Park, 09/2018 bis heute", 8.3)]
    [TestCase("Psychotherapeutin, Praxis am Park, Januar 2019 – März 2021", 2.3)]
    [TestCase("Psychotherapeutin, Praxis am Park, Okt. 2019 bis Dez. 2021", 2.3)]
    // A paragraph wrapped between the connector and the end (Fresh19, t05).
    [TestCase("Outpatient Therapist, Blackstone Valley Community Health, Worcester, MA. March 2019 to\npresent. I carry a caseload of 24 adults.", 7.8)]
    // A month with its year cut to two digits after an apostrophe ("Sep. '18") is a date as a four-digit year is.
    [TestCase("Counselor, Hope Center, Jan. '19 – Mar. '21", 2.3)]
    [TestCase("Counselor, Hope Center, Sept ’18 to Present", 8.3)]
    [TestCase("Counselor, Hope Center, Jan '16 – 2019", 4.0)]
    // A month in parentheses after its year ("2020 (Jan)") is that month, as "Jan 2020" is: Jan 2020 through Nov 2026 is 83
    // months, Apr 2016 through Dec 2019 45, Apr 2016 through Mar 2019 36.
    [TestCase("Counselor, Hope Center, 2020 (Jan) - Present", 6.9)]
    [TestCase("2016 (Apr) - 2019      Psychotherapist, Hope Center", 3.8)]
    [TestCase("Counselor, Hope Center, 2016 (April) – 2019 (Mar.)", 3.0)]
    // Portuguese months, abbreviated before a slash and its year ("fev/2016 – dez/2018"), and "atual" for an ongoing job: as
    // Brazilian resumes write them. Unread, a bilingual counselor's years in Brazil were lost.
    [TestCase("Psicóloga, Clínica Esperança, fev/2016 – dez/2018", 2.9)]
    [TestCase("Terapeuta, Centro Aurora, ago/2019 – atual", 7.3)]
    [TestCase("Psicólogo Clínico, Consultório particular, março de 2017 – novembro de 2019", 2.8)]
    // "ago" is an English word: "3 years ago, 2021 – present" began in January (a Portuguese "ago/2021" is August).
    [TestCase("Counselor, Hope Clinic (started 3 years ago, 2021 – present)", 5.9)]
    [TestCase("Counselor, Hope Clinic, ago/2021 – present", 5.3)]
    // A Dutch CV's present (Fresh28, t02).
    [TestCase("Counselor, Hope Clinic, sep. 2019 – heden", 7.3)]
    public void Employment_dates_add_up_to_years(string text, double years) =>
        Assert.That(LevelOf(text).YearsOfExperience, Is.EqualTo(years));

    // An ongoing post dated by its start alone after "since" (or "seit"), ending its line under a work heading ("Portland — since
    // March 2023"): unread, a family therapist's three current posts were no roles, and her evidence read as a summary's
    // (Fresh24, t07).
    [TestCase("Therapist (part-time), Two Rivers Relational Therapy, Portland — since March 2023", 3.8)]
    [TestCase("Counselor, Hope Center, since September 2018", 8.3)]
    [TestCase("Group Therapist\nAlder Street Community Center — since spring 2025\nA weekly group for family caregivers.", 1.8)]
    [TestCase("Psychotherapeutin, Praxis am Park, seit 03/2021", 5.8)]
    [TestCase("Psychotherapist, RP (Qualifying)                 since January 2026", 0.9)]
    [TestCase("Staff Therapist | Harborview Family Services | since 03/2021", 5.8)]
    // Since and its date heading the line, the title across a column's gap (Fresh31, t10).
    [TestCase("since 04/2023   Staff Therapist\n                Harborview Family Services, Berlin", 3.7)]
    // Or a dash between them, as a title follows its dates (a review's miss, session 22).
    [TestCase("Since 04/2023 – Staff Therapist, Harborview Family Services", 3.7)]
    [TestCase("Since April 2023 - Staff Therapist\nHarborview Family Services, Berlin", 3.7)]
    public void An_ongoing_post_dated_by_its_start_after_since_ends_today(string entry, double years) =>
        Assert.That(LevelOf("EXPERIENCE\n" + entry).YearsOfExperience, Is.EqualTo(years));

    /// <summary>
    /// A group of roles labelled inside a career ("TEACHING (eleven years, middle school science)") is no heading: the counseling
    /// role under the next label keeps its years (a second review).
    /// </summary>
    [Test]
    public void A_group_label_with_a_note_inside_experience_is_no_heading() =>
        Assert.That(LevelOf("""
            PROFESSIONAL EXPERIENCE

            TEACHING (eleven years, middle school science)
            Science Teacher
            Wake County Public Schools, Raleigh, NC | August 2008 – June 2019
            - Taught seventh and eighth grade science; sponsored the peer mediation club

            COUNSELING (licensed, since finishing graduate school)
            Outpatient Therapist
            Carolina Outreach, Raleigh, NC | July 2021 – Present
            - Carry a caseload of 28 adolescents with anxiety, depression and school refusal
            """).YearsOfExperience, Is.EqualTo(5.4));

    /// <summary>
    /// A license list's heading leaves an unknown heading after it to the jobs it heads ("POSITIONS HELD"), and an academic's
    /// "CURRENT WORK (in progress)" heads studies, not posts (a third review).
    /// </summary>
    [TestCase("PROFESSIONAL LICENSES\nLicensed Clinical Social Worker, Wisconsin, #12345-124\n\nPOSITIONS HELD\nOncology Social Worker, UW Health Carbone Cancer Center, Madison, WI\n2018 – Present\n- Counseling for patients and families", 8.9)]
    [TestCase("EXPERIENCE\nCounselor, Hope Center, 2019 – 2021\n\nCURRENT WORK (in progress)\nTelehealth Alliance Study, principal investigator, 2016 – present\n- Longitudinal study of alliance formation", 2.0)]
    public void Headings_around_licenses_and_work_in_progress_are_read_as_before(string text, double years) =>
        Assert.That(LevelOf(text).YearsOfExperience, Is.EqualTo(years));

    /// <summary>
    /// A British training's placements are practica, counted only toward a first year of work; a job placement specialist's
    /// post is a post (Fresh25, t05).
    /// </summary>
    [TestCase("Counselling Psychologist, Northway NHS Trust\nOctober 2014 – October 2024\n- Individual therapy\n\nDoctoral training placements (2012 – 2014, part of DPsych)\nNHS secondary care psychology and a GP counselling service.", 10.1)]
    [TestCase("Rehabilitation Counselor, State VR Agency\nOctober 2014 – October 2024\n- Vocational counseling\n\nJob Placement Specialist, Goodwill Industries\n2012 – 2014\n- Placed 40 clients a year in jobs after vocational counseling.", 12.1)]
    // Posts that arrange placements or sit in a placement programme's name, and a bullet about hosting placements above the next
    // job, are no placements (an independent review).
    [TestCase("Counsellor, Westgate Counselling Centre\nOctober 2019 – October 2024\n- Counselling adults\n\nCounsellor & Counselling Placement Co-ordinator, Northway Counselling Service\nOctober 2014 – September 2019\n- Counselling adults", 10.1)]
    [TestCase("Counselor, State VR Agency\nOctober 2019 – October 2024\n- Vocational counseling\n\nCounselor, Job Training Placement Program, Goodwill Industries\nOctober 2014 – September 2019\n- Vocational counseling", 10.1)]
    [TestCase("Counsellor, Northway Counselling Service, October 2019 – October 2024\n- Counselling adults\n- host clinical placements for two colleges\nCounsellor, Eastgate Counselling Centre, October 2014 – September 2019\n- Counselling adults", 10.1)]
    public void Training_placements_are_practica_and_a_placement_specialist_a_post(string entries, double years) =>
        Assert.That(LevelOf("EXPERIENCE\n" + entries).YearsOfExperience, Is.EqualTo(years));

    /// <summary>
    /// A counseling degree under way, with no job in the trade: a junior with no years yet, whose hedged skills stay hers.
    /// Read as another trade, a first-year student working as a hall director had no level and lost her hedged skills; read by
    /// its bullets, the hall director's job, which names the counseling center it sends students to, was years in the trade
    /// (Fresh25, t10).
    /// </summary>
    const string HallDirector = """
        OBJECTIVE
        First-year graduate student looking for a practicum site for Spring 2027.

        EDUCATION
        M.Ed., Clinical Mental Health Counseling (CACREP), Congaree State University
          In progress — 15 of 60 credits; expected May 2029

        CLINICAL SKILLS
        • Some active listening practice in role plays with classmates only; no real clients yet.

        EXPERIENCE
        Residence Life Coordinator (Hall Director)
        Congaree State University, Housing & Residence Life — July 2023 – present
        • Supervise 14 Resident Assistants; respond to student welfare concerns.
        • Partner with the counseling center on a training for RAs; the counselors lead the content.
        """;

    [Test]
    public void A_student_of_the_trade_with_no_job_in_it_is_a_junior_with_no_years()
    {
        var score = Score(With(HallDirector), AsOf2026);
        Assert.Multiple(() =>
        {
            Assert.That(score.Level.Level, Is.EqualTo("junior"));
            Assert.That(score.Level.YearsOfExperience, Is.EqualTo(0));
            Assert.That(score.Level.Evidence.Select(e => e.Reason), Does.Contain("degree in the trade under way"));
            Assert.That(score.Matches.Where(m => m.Phrase == "active listening").Select(m => m.Assertion), Is.EqualTo(new[] { "hedged" }));
        });
    }

    // Not a student of the trade: a degree only planned, one in another field, or one finished; and a student with a job in the
    // trade keeps its years.
    [TestCase("M.Ed., Clinical Mental Health Counseling (CACREP), Congaree State University\n  In progress — 15 of 60 credits; expected May 2029", "junior", 0.0)]
    [TestCase("Planned: M.A. Clinical Mental Health Counseling, starting fall 2027", null, null)]
    [TestCase("M.S. Clinical Mental Health Counseling (admitted, starts Jan 2027)", null, null)]
    [TestCase("B.A. Psychology (online, part-time), expected 2027", null, null)]
    [TestCase("M.A. Clinical Mental Health Counseling, 2019", null, null)]
    // Its dates on the line above, as an Irish CV heads each entry with them; or its year of study said (Fresh30, t04). A past
    // range above is finished.
    [TestCase("09/2025 – 06/2027 (expected)\nHigher Diploma in Counselling and Psychotherapy (part-time, evenings/weekends)", "junior", 0.0)]
    [TestCase("I am in the second year of a part-time Higher Diploma in Counselling, evenings.", "junior", 0.0)]
    [TestCase("Currently in my final year of the Master of Counseling program at Congaree State.", "junior", 0.0)]
    [TestCase("Final-year student on the BA (Hons) Counselling, Leeds Beckett", "junior", 0.0)]
    [TestCase("Second-year trainee on the Level 4 Diploma in Therapeutic Counselling", "junior", 0.0)]
    [TestCase("09/2015 – 06/2017\nHigher Diploma in Counselling and Psychotherapy", null, null)]
    public void Only_a_counseling_degree_under_way_makes_a_student_of_the_trade(string degree, string? level, double? years)
    {
        var text = HallDirector.Replace("M.Ed., Clinical Mental Health Counseling (CACREP), Congaree State University\n  In progress — 15 of 60 credits; expected May 2029", degree);
        var estimate = LevelOf(text);
        Assert.That((estimate.Level, estimate.YearsOfExperience), Is.EqualTo((level, years)));
    }

    /// <summary>
    /// A student whose page names the term (a paper on the therapeutic alliance), with no job that counts, is a junior with no
    /// years, not a career outside the trade (Fresh28, t04: a counselling master's student working in property leasing).
    /// </summary>
    [Test]
    public void A_student_who_names_the_term_with_no_job_that_counts_is_a_junior() =>
        Assert.That(LevelOf("EDUCATION\nMaster of Counselling (MC), part-time online cohort            Sept. 2025 – expected 2028\n"
            + "  I wrote my Counselling Theories paper on how the therapeutic alliance predicts outcome.\n\n"
            + "EXPERIENCE\nResident Relations & Leasing Coordinator            2021-04 – present\n- Lease renewals, move-ins and tenant requests for 240 units.").Level,
            Is.EqualTo("junior"));

    [Test]
    public void A_student_with_a_job_in_the_trade_keeps_its_years() =>
        Assert.That(LevelOf("EDUCATION\nM.S. Clinical Professional Counseling, expected 2028\n\nEXPERIENCE\nAddictions Counselor (CAC-AD), Harrowgate Treatment Center\nMarch 2023 – present\n- Individual and group counseling").YearsOfExperience, Is.EqualTo(3.8));

    /// <summary>
    /// A business post named on its dates' line stays the business's though the employer's line under the dates names the trade:
    /// a counseling practice's front desk was a keyword stuffer's years in the trade (Fresh26, t05). A title under an employer's
    /// dates ("Walter Reed ... 2015 – Present" over "Clinical Social Worker") is still read there.
    /// </summary>
    [TestCase("Front Desk & Intake Coordinator                          March 2023 – Present\nMagnolia Counseling Associates (group practice, 14 therapists), Baton Rouge, LA", null, null)]
    [TestCase("Account Executive                                        March 2023 – Present\nHarbor Counseling Group, Portland, OR", null, null)]
    [TestCase("Walter Reed National Military Medical Center, Bethesda, MD      March 2023 – Present\nClinical Social Worker", "mid", 3.8)]
    public void A_business_post_over_an_employer_naming_the_trade_is_the_business_s(string entry, string? level, double? years)
    {
        var estimate = LevelOf("CORE COMPETENCIES\nTherapeutic Alliance • Working Alliance • Rapport Building • Active Listening\n\nEXPERIENCE\n"
            + entry + "\n• Schedule new-client intake appointments and route callers to the right clinician.\n• Verify benefits and post copays.");
        Assert.That((estimate.Level, estimate.YearsOfExperience), Is.EqualTo((level, years)));
    }

    /// <summary>A German, French or Italian CV's practicum is a placement, counted only toward a first year of work (Fresh26, t08).</summary>
    [TestCase("Praktikum (placement), Psychologische Beratungsstelle Offenbach")]
    [TestCase("Stagiaire psychologue, Centre médico-psychologique de Lyon")]
    [TestCase("Tirocinio di psicoterapia, Centro Clinico Milano")]
    public void A_practicum_named_in_another_language_is_a_placement(string placement) =>
        Assert.That(LevelOf($"EXPERIENCE\n03.2022 – heute      School Counsellor, Frankfurt International School\n– Individual counselling for students.\n\n{placement}\n10.2020 – 07.2021\n– Co-counselling with a supervisor, intake conversations.").YearsOfExperience, Is.EqualTo(4.8));

    /// <summary>
    /// A university counselling service's "Student Counsellor" is a post for the students it serves, not a trainee's placement,
    /// when its line names the service and no placement; and a job whose bullet denies the trade ("not a counselling post")
    /// shows none (Fresh27, t07: a South African counsellor read 5.8 years against 7.7).
    /// </summary>
    [TestCase("2022/01 – present\nStudent Counsellor, Centre for Student Wellbeing\n  · Short-term counselling for students.", 7.8)]
    [TestCase("2022/01 – present\nStudent Counsellor (Master's placement), Centre for Student Wellbeing\n  · Short-term counselling for students.", 2.8)]
    [TestCase("2022/01 – present\nStudent Counsellor\n  · Short-term counselling for students.", 2.8)]
    public void A_student_services_counsellor_is_a_post(string current, double years) =>
        Assert.That(LevelOf("EMPLOYMENT HISTORY\n\n" + current + "\n\n2019/03 – 2021/12\nCounsellor, Thusanang Trauma Centre (NPO), Soweto\n  · Counselling for adult survivors of violence.\n\n2016/02 – 2018/12\nAdministrative Assistant, Gauteng Department of Health (district office)\n  · Filing, minutes and travel claims; not a counselling post.").YearsOfExperience, Is.EqualTo(years));

    /// <summary>
    /// Winter is December, but a winter still to come is the one the year began with: "Winter 2026 – now" as of November 2026 is
    /// a post since January (Fresh27, t11); a past winter stays December.
    /// </summary>
    [TestCase("Associate Counselor (LPC-Associate)      Winter 2026 – now", 0.9)]
    [TestCase("Associate Counselor (LPC-Associate)      Winter 2025 – Spring 2026", 0.3)]
    public void A_winter_start_still_to_come_is_the_year_s_first(string entry, double years) =>
        Assert.That(LevelOf("EXPERIENCE\n" + entry + "\n- Play therapy for children aged 4-10.").YearsOfExperience, Is.EqualTo(years));

    /// <summary>
    /// "No counseling duties" denies the kind of work, so an aide's years are no counselor's, while "no therapy client waited"
    /// counts clients; and a post over the students' counseling is the service's (Fresh28, t03 and t01).
    /// </summary>
    [TestCase("Paraprofessional / Behavior Support Aide, Oak Hollow K-8 Academy\n2018 – 2021\n- Classroom support for students with behavior plans; no counseling duties.", 4.3)]
    [TestCase("Service Lead, Oak Hollow Wellness Hub\n2018 – 2021\n- Carried a caseload of 30 adults in weekly sessions; no therapy client waited more than 10 days.", 7.3)]
    public void A_denial_of_the_kind_of_work_shows_no_counseling(string earlier, double years) =>
        Assert.That(LevelOf("EXPERIENCE\nSchool-Based Mental Health Counselor, Northwest Ohio Family Services\nAugust 2022 – Present\n- Individual counseling for K-8 students.\n\n" + earlier).YearsOfExperience, Is.EqualTo(years));

    [TestCase("Head of Student Counselling")]
    [TestCase("Director of Student Counseling")]
    public void A_post_over_student_counseling_is_the_trade_s(string title) =>
        Assert.That(LevelOf($"EXPERIENCE\n{title}                02/2021 – present\nTe Awa University, Student Health & Wellbeing, Wellington\n  ▪ Lead a team of 11 counsellors and 2 intake clinicians.").YearsOfExperience, Is.EqualTo(5.8));

    /// <summary>"CURRENT WORK" with a note naming posts heads them (Fresh24, t07).</summary>
    [Test]
    public void Current_work_with_a_note_naming_posts_heads_them() =>
        Assert.That(LevelOf("CURRENT WORK (three concurrent part-time posts)\n\nTherapist (part-time)\nTwo Rivers Relational Therapy, Portland — since March 2023\nCouples therapy, 14 cases a week.").YearsOfExperience, Is.EqualTo(3.8));

    // Elsewhere a start after "since" tells since when the writer is licensed, a member or in recovery, or opens a sentence
    // (an independent review's probes).
    [TestCase("Jordan Lee, LPC\nLicensed Professional Counselor, Oregon, since 2014\n\nEXPERIENCE\nCounselor, Hope Center, 2019 – 2021")]
    [TestCase("Jordan Lee\nIn recovery · since 2014\n\nEXPERIENCE\nCounselor, Hope Center, 2019 – 2021")]
    [TestCase("PROFILE\nMember, American Counseling Association — since 2009\n\nEXPERIENCE\nCounselor, Hope Center, 2019 – 2021")]
    [TestCase("EXPERIENCE\nCounselor, Hope Center, 2019 – 2021\nLicensed Clinical Social Worker (LCSW), Virginia Board of Social Work — since 2012")]
    [TestCase("EXPERIENCE\nCounselor, Hope Center, 2019 – 2021\n\nLICENSES & BOARD CERTIFICATIONS\nLicensed Professional Counselor (LPC-MHSP), Tennessee — since 2015")]
    [TestCase("SUMMARY\nSince 2016, I have volunteered with a crisis line.\n\nEXPERIENCE\nCounselor, Hope Center, 2019 – 2021")]
    [TestCase("SUMMARY\nPeer mentor in my family support network, since 2010.\n\nEXPERIENCE\nCounselor, Hope Center, 2019 – 2021")]
    // A second review's: a bullet inside a job, a license under a job, a license heading, retirement.
    [TestCase("EXPERIENCE\nCounselor, Hope Center, 2019 – 2021\n- Lead counselor for the IOP, since 2016")]
    [TestCase("EXPERIENCE\nCounselor, Hope Center, 2019 – 2021\nLicensed Marriage and Family Therapist, California — since 2012")]
    [TestCase("EXPERIENCE\nCounselor, Hope Center, 2019 – 2021\n\nPROFESSIONAL LICENSES\nNationally Certified Counselor (NCC), NBCC — since 2013")]
    [TestCase("EXPERIENCE\nCounselor, Hope Center, 2019 – 2021\nRetired from full-time psychotherapy practice — since 2023")]
    [TestCase("EXPERIENCE\nCounselor, Hope Center, 2019 – 2021\n\nCREDENTIALS & AFFILIATIONS\nEMDR Certified Therapist, EMDRIA — since 2016")]
    // A third review's: a promotion or a way of working inside a job that has ended, a description wrapped after two spaces.
    [TestCase("EXPERIENCE\nWheeler Clinic, Plainville, CT  |  2019 – 2021\nSenior Therapist — since 2020\nTherapist — 2019 – 2020\n- Outpatient therapy for adolescents")]
    [TestCase("EXPERIENCE\nOutpatient Therapist, Centerstone, Nashville, TN\n2019 – 2021\nTelehealth only, from home — since March 2020\n- Individual therapy for adults")]
    [TestCase("EXPERIENCE\nOutpatient Therapist, Harbor House, Mobile, AL\n2019 – 2021\nLead therapy and aftercare for a program serving Gulf Coast families  since 2001")]
    public void A_start_after_since_outside_a_post_s_entry_is_no_post(string text) =>
        Assert.That(LevelOf(text).YearsOfExperience, Is.EqualTo(2.0));

    [TestCase("Therapist, Student Counseling Services, Jan 2019 - Dec 2022", 4.0)]
    [TestCase("Clinical Therapist — Student Wellness Hub, Jan 2019 - Dec 2022", 4.0)]
    public void A_counselor_at_a_student_service_is_employed_not_a_student(string text, double years) =>
        Assert.That(LevelOf(text).YearsOfExperience, Is.EqualTo(years));

    /// <summary>
    /// A student welfare or guidance office is a service students come to, as a wellness hub is: its counsellor's four years
    /// were read as a placement and left out of a senior's years (Fresh28, t08).
    /// </summary>
    [TestCase("Counsellor, Student Welfare Office, Rift Valley Teachers' Training College, Nakuru", false)]
    [TestCase("Counsellor, Student Guidance Centre, Mumbai", false)]
    [TestCase("Student Counsellor (placement), Student Welfare Office, Nakuru", true)]
    public void A_counsellor_at_a_student_welfare_office_is_employed(string title, bool placement) =>
        Assert.That(new ResumeLayout($"EXPERIENCE\nJan. 2014 – Aug. 2017\n{title}\n ● Counselled trainee teachers on stress and grief.\n", new DateOnly(2026, 11, 1)).Roles.Single().IsPlacement,
            Is.EqualTo(placement));

    // "Present" ends the dates on the title's line ("09/2022 – present   Counsellor"): it is no subject qualifying the title, as
    // "Credit" is in "Credit Counselor". Read as one, a counsellor whose bullets never said "mental health" twice was another trade.
    [TestCase("09/2022 – present    Counsellor (0.6 FTE)\n                     Wellbeing Team, Northgate College, York", 4.3)]
    [TestCase("01/2020 – current    Therapist\n                     Riverside Practice, Hull", 6.9)]
    public void The_end_of_a_range_on_the_title_s_line_is_no_subject_of_the_title(string heading, double years) =>
        Assert.That(LevelOf("EMPLOYMENT HISTORY\n\n" + heading + "\n\n  – Caseload of 15 adults a week on short-term contracts.\n").YearsOfExperience, Is.EqualTo(years));

    [Test]
    public void A_range_inside_a_bullet_s_sentence_is_no_role_of_its_own()
    {
        // "(2023 – present)" says when that work began, inside the role: read as a role, it cut the role's block in two, and
        // "international" on the line above made it a placement.
        string text = """
            EMPLOYMENT
            Counselor, Westfield Community Clinic
            Jan 2021 – Present
              – Weekly caseload of 20 adults with anxiety and low mood.
              – Run a support group for international
                families new to the city (2023 – present).
              – Liaise with primary care and the crisis team.
            """;
        var estimate = LevelOf(text);
        Assert.That(estimate.YearsOfExperience, Is.EqualTo(5.9));
        Assert.That(estimate.Evidence.Select(e => e.Reason), Has.None.EqualTo("supervised placement dates"));
        Assert.That(new ResumeLayout(text, AsOf2026.AsOf!.Value).Roles, Has.Count.EqualTo(1));
    }

    /// <summary>
    /// Earlier jobs written as bullets are roles of their own, whatever word leads the bullet ("Served", "Co-Director",
    /// "Integrated ..."): only a range inside the dates of the role above is a date of that role's work (a review's case).
    /// </summary>
    [TestCase("Earlier Career\n- Served as staff therapist at Lakeside Clinic (2009 – 2014), carrying a caseload of 30 adults.\n- Worked as a school counselor at Lincoln High School (2005 – 2009).", 15.9)]
    [TestCase("Earlier Career\n- Co-Director, Family Counseling Center, Austin TX (2010 – 2020)", 16.9)]
    public void Earlier_jobs_written_as_bullets_are_roles(string earlier, double years) =>
        Assert.That(LevelOf("Experience\nTherapist, Hope Clinic                      2020 – present\n"
            + "- Provide CBT to adults; build a strong therapeutic alliance and set treatment goals.\n\n" + earlier).YearsOfExperience, Is.EqualTo(years));

    [TestCase("Counselor, International Refugee Services, Jan 2019 - Dec 2022", 4.0)]
    [TestCase("Counselor, Internal Medicine Clinic, Jan 2019 - Dec 2022", 4.0)]
    public void International_and_internal_are_no_internship(string text, double years)
    {
        var estimate = LevelOf(text + "\n- Individual counseling for adults with anxiety and depression.");
        Assert.That(estimate.YearsOfExperience, Is.EqualTo(years));
        Assert.That(estimate.Evidence.Select(e => e.Reason), Has.None.EqualTo("supervised placement dates"));
    }

    [TestCase("Psicóloga Estagiária (supervised training), Clínica-Escola, 2013 – 2014")]
    [TestCase("Estagiário de Psicologia, Clínica-Escola, 2013 – 2014")]
    public void A_portuguese_intern_is_a_placement(string title)
    {
        var estimate = LevelOf(title + "\n- Individual counseling under supervision.");
        Assert.That(estimate.Evidence.Select(e => e.Reason), Has.Some.EqualTo("supervised placement dates"));
    }

    [Test]
    public void A_student_therapist_is_a_placement()
    {
        var estimate = LevelOf("""
            Student Therapist, Hope Center, Jan 2024 – Dec 2025
            - Individual counseling under supervision.
            """);
        Assert.That(estimate.Level, Is.EqualTo(Levels.Junior));
        Assert.That(estimate.Evidence.Select(e => e.Reason), Has.Some.EqualTo("supervised placement dates"));
    }

    [Test]
    public void A_sales_job_at_a_behavioral_health_company_is_not_counseling_work()
    {
        // Its bullets name clinics, therapy practices and mental health, yet it counsels no one: only the counseling role counts.
        var estimate = LevelOf("""
            EXPERIENCE
            Account Executive — MindBridge EHR (software for mental health clinics)
            Jan 2015 – Dec 2021
            - Sold the therapy practice module to 40 behavioral health agencies.

            Mental Health Counselor — Hope Center
            Jan 2022 – Dec 2023
            - Individual counseling for adults with anxiety and depression.
            """);
        Assert.That(estimate.YearsOfExperience, Is.EqualTo(2.0));
    }

    [TestCase("Registered Associate MFT — Harmony Community Clinic", "- Completed 3,000 supervised hours with individuals, couples and families.")]
    [TestCase("LPC Associate — Riverbend Wellness", "- Saw 25 adults a week for anxiety and depression.")]
    public void A_role_titled_in_the_trade_counts_its_years_though_its_bullets_never_name_it(string title, string bullet)
    {
        // A license of the trade or the trade in other words is in the title; the bullets only describe the work.
        var estimate = LevelOf($"""
            EXPERIENCE
            Mental Health Counselor — Hope Center
            Jan 2022 – Dec 2023
            - Individual counseling for adults with anxiety and depression.

            {title}
            Jan 2019 – Dec 2021
            {bullet}
            """);
        Assert.That(estimate.YearsOfExperience, Is.EqualTo(5.0));
    }

    /// <summary>
    /// A recovery coach works from lived experience, as a peer does: alone on the page the post is the trade's, and beside a later
    /// counselor's post its years are left out as a peer's are (session 26, from Fresh58's recovery coach turned counsellor; until
    /// then the coach's years counted beside the counselor's).
    /// </summary>
    [TestCase(true, 2.0)]
    [TestCase(false, 3.0)]
    public void A_recovery_coach_s_years_count_as_a_peer_s(bool laterCounselorPost, double years)
    {
        string counselor = laterCounselorPost ? """
            Mental Health Counselor — Hope Center
            Jan 2022 – Dec 2023
            - Individual counseling for adults with anxiety and depression.

            """ : "";
        var estimate = LevelOf("EXPERIENCE\n" + counselor + """
            Recovery Coach (part-time) — ED Bridge Program, Richmond Hospital
            Jan 2019 – Dec 2021
            - Met people in the emergency department after an overdose; followed up by phone for 30 days.
            """);
        Assert.That(estimate.YearsOfExperience, Is.EqualTo(years));
    }

    /// <summary>
    /// Issue 16: a job that is not counseling work gives no years in the trade, even when it is the only job. A keyword profile
    /// puts the trade on the page, not in the career; the years stated of the other job are that job's.
    /// </summary>
    [TestCase("Barista | Stumptown Coffee\nMar 2024 – Present\n- Prepare espresso drinks in a high-volume cafe.")]
    [TestCase("Customer Service Representative | Acme Health Plan\nJan 2019 – Present\n- Answered 60 calls a day.\nCustomer service professional with 6+ years of experience in contact centers.")]
    public void A_career_with_no_counseling_work_has_no_years_or_level_in_the_trade(string career)
    {
        var estimate = LevelOf(
            "PROFILE\nAspiring counselor: therapeutic alliance, working alliance, rapport building, empathy, active listening.\n\n" +
            "EXPERIENCE\n" + career);
        Assert.That(estimate.Level, Is.Null);
        Assert.That(estimate.YearsOfExperience, Is.Null);
    }

    /// <summary>
    /// Other trades work beside counselors and name them: a dental clinic refers patients to its social worker, a school's
    /// front desk books the counselors, an enrollment specialist holds "benefit counseling sessions". On a page that shows
    /// nothing of the trade (no term, no title of it), such a mention is the neighbour's work, not the writer's.
    /// </summary>
    [TestCase("Dental Hygienist — Hilltop Community Clinic", "- Referred anxious patients to the clinic's social worker.")]
    [TestCase("Front Office Assistant — Lincoln Middle School", "- Booked appointments for the three school counselors.")]
    [TestCase("Benefits Enrollment Specialist — Enroll360", "- Held 1:1 benefit counseling sessions during open enrollment.")]
    public void Another_trade_s_career_that_names_the_trade_beside_it_has_no_years_in_it(string title, string bullet)
    {
        string text = LookAlikeTradeTests.Header + $"""
            PROFILE
            Dependable professional with 9 years of experience and a calm, friendly manner.

            EXPERIENCE
            {title}
            2017 – Present
            {bullet}
            - Built rapport with nervous visitors and kept the day on schedule.
            """;
        var estimate = Score(text, AsOf2026).Level;

        Assert.That(estimate.Level, Is.Null);
        Assert.That(estimate.YearsOfExperience, Is.Null, "neither the dated years nor the years stated are the trade's");
    }

    /// <summary>
    /// Another trade's therapy named in a bullet ("a physical therapy clinic", "massage therapy", an aromatherapy range) or another
    /// trade's counselor ("camp counselors") is that trade's, as it is in a title: read as the word "therapy", a studio manager's
    /// partnership with a physical therapy clinic made his years a counselor's, and a keyword block beside them made him senior.
    /// </summary>
    [TestCase("- Partnered with a physical therapy clinic on pop-up events.")]
    [TestCase("- Booked massage therapy and respiratory therapy appointments for residents.")]
    [TestCase("- Stocked the aromatherapy and physiotherapy aisles.")]
    [TestCase("- Hired and scheduled 12 camp counselors each summer.")]
    public void Another_trade_s_therapy_in_a_bullet_does_not_make_the_job_counseling_work(string bullet)
    {
        var estimate = LevelOf(
            "KEYWORDS\nTherapeutic alliance, working alliance, rapport building, empathy, active listening.\n\n" +
            "EXPERIENCE\nStudio Manager | Pulse Cycle + Strength\n2017 – Present\n- Ran the front desk and the class schedule.\n" + bullet);
        Assert.That(estimate.Level, Is.Null);
        Assert.That(estimate.YearsOfExperience, Is.Null);
    }

    [Test]
    public void A_counselor_s_bullet_naming_another_trade_s_therapy_is_still_counseling_work()
    {
        // The look-alike's words are set aside, not the role: "family therapy" beside them still shows the trade.
        var estimate = LevelOf("""
            KEYWORDS
            Therapeutic alliance, working alliance, rapport building, empathy, active listening.

            EXPERIENCE
            Program Coordinator | Riverside Rehabilitation Hospital
            Jan 2019 – Dec 2023
            - Family therapy sessions for patients' relatives alongside the physical therapy team.
            """);
        Assert.That(estimate.YearsOfExperience, Is.EqualTo(5.0));
    }

    [Test]
    public void A_soft_skill_does_not_make_another_job_counseling_work()
    {
        // "Rapport" is in every job with people in it; only the counselor's own years count.
        var estimate = LevelOf("""
            EXPERIENCE
            Youth Program Coordinator | City Parks and Recreation
            Jan 2015 – Dec 2021
            - Ran after-school programs; built rapport with parents and volunteer coaches.

            Clinical Therapist | Hope Center
            Jan 2022 – Dec 2023
            - Individual therapy for adolescents.
            """);
        Assert.That(estimate.YearsOfExperience, Is.EqualTo(2.0));
    }

    /// <summary>
    /// Sending someone to counseling is not counseling: a hall advisor who "referred residents to the counseling center" named
    /// the trade only as where she sent them, and her three years counted as a counselor's (a new graduate's years were
    /// right only by chance, as this job took the place of the post-master's job the scorer missed).
    /// </summary>
    [TestCase("- Planned floor events; referred residents to the counseling center when needed.")]
    [TestCase("- Planned floor events and made referrals to therapy or the campus psychologist.")]
    // A referral wrapped onto the next line is one sentence: the counseling word below is still where residents were sent.
    [TestCase("- Planned floor events and referred residents in distress to the campus\n  counseling center.")]
    // Someone else's appointment or session: the residents' counseling, not the aide's (Fresh30, t05).
    [TestCase("- Got to know residents over long night shifts; several asked me to sit in on their first counseling appointment.")]
    [TestCase("- Drove residents to their weekly therapy sessions and back.")]
    [TestCase("- Accompanied residents to weekly counselling appointments and drove one to her therapy group.")]
    // Who did it, said in the passive (Fresh32, t03).
    [TestCase("- Drop-in centre shifts; de-escalation.\n- This was a support worker role; counselling was done by the clinical team.")]
    // The same with a verb and its particle, or another verb of doing (a review's miss, session 22).
    [TestCase("- Drop-in centre shifts; de-escalation.\n- This was a support worker role; counselling was carried out by the clinical team.")]
    [TestCase("- Drop-in centre shifts; de-escalation.\n- Therapy was conducted by the ward's clinical team.")]
    public void A_referral_to_counseling_is_not_counseling_work(string bullet)
    {
        var estimate = LevelOf($"""
            EXPERIENCE
            Mental Health Counselor — Hope Center
            Jan 2022 – Dec 2023
            - Individual counseling for adults with anxiety and depression.

            Hall Advisor — Office of Residence Life
            Jan 2019 – Dec 2021
            {bullet}
            """);
        Assert.That(estimate.YearsOfExperience, Is.EqualTo(2.0));
    }

    /// <summary>A role that refers people out and counsels them too is counseling work: only the referral's own words are set aside.</summary>
    [TestCase("- Offered supportive counseling after hours and referred residents to the campus clinic.")]
    [TestCase("- Referred residents to campus resources; offered supportive counseling after hours.")]
    [TestCase("- Referred residents to the campus clinic.\n- Led a weekly peer support group for first-year students.")]
    [TestCase("- Provided individual counseling to residents and their families.")]
    // "By" how, or by a team the writer is part of or leads, is still the writer's work (a second review).
    [TestCase("- Counselling was delivered by telephone and video to isolated farmers; I carried a caseload of 18.")]
    [TestCase("- Counselling is offered by our team of three, including me, to 40 residents a week.")]
    [TestCase("- Counselling was provided by a small team that I led; I personally saw 15 clients a week.")]
    // The writer's own work in the people's words (an independent review).
    [TestCase("- Supported 20 young people a week through their counselling journey, from first assessment to ending.")]
    public void A_role_that_refers_out_and_counsels_is_counseling_work(string bullets)
    {
        var estimate = LevelOf($"""
            EXPERIENCE
            Mental Health Counselor — Hope Center
            Jan 2022 – Dec 2023
            - Individual counseling for adults with anxiety and depression.

            Hall Advisor — Office of Residence Life
            Jan 2019 – Dec 2021
            {bullets}
            """);
        Assert.That(estimate.YearsOfExperience, Is.EqualTo(5.0));
    }

    [Test]
    public void Headings_are_read_from_the_left_column_of_a_two_column_page()
    {
        // PDF text of a two-column resume: the right column's "CORE SKILLS" must not swallow the experience beside it.
        var estimate = LevelOf("""
            PROFILE                                                  LICENSURE
            Licensed clinical social worker.                         LCSW, Michigan
                                                                     CORE SKILLS
            PROFESSIONAL EXPERIENCE                                  Motivational Interviewing
                                                                     Crisis Intervention
            Clinical Therapist                    Jan 2016 – Dec 2023   Play Therapy
            Lakeshore Family Services             - Individual and family therapy.
            """);
        Assert.That(estimate.YearsOfExperience, Is.EqualTo(8.0));
    }

    /// <summary>
    /// Years are years of counseling work: a manager of counselors who says they no longer carry a caseload is counted up to
    /// the job before. Said in the introduction, it is said of the job held now; said in a role, of that role. Counted in
    /// full, an EAP director's six years of running operations made 8.5 years of counseling 15.3.
    /// </summary>
    [TestCase("SUMMARY\nTwelve years in behavioral health. I no longer carry a caseload: four clinical managers do, and they report to me.\n\nEXPERIENCE\nDirector of Clinical Services, Hope Behavioral Health   01/2020 – present\n- Lead 40 counselors across three clinics; quality, access and budget.\n")]
    [TestCase("EXPERIENCE\nDirector of Clinical Services, Hope Behavioral Health   01/2020 – present\n- Lead 40 counselors across three clinics. No longer seeing clients directly.\n")]
    [TestCase("EXPERIENCE\nDirector of Clinical Services, Hope Behavioral Health   01/2020 – present\n- Lead 40 counselors across three clinics; I no longer provide therapy myself.\n")]
    // The present perfect denied, with the date (Fresh13, t12).
    [TestCase("SUMMARY\nTwelve years in behavioral health. I have not carried a client caseload since 2020; since then I have built the programs counselors work in.\n\nEXPERIENCE\nDirector of Clinical Services, Hope Behavioral Health   01/2020 – present\n- Lead 40 counselors across three clinics; quality, access and budget.\n")]
    [TestCase("SUMMARY\nClinical leader. I haven't seen clients since January 2020.\n\nEXPERIENCE\nDirector of Clinical Services, Hope Behavioral Health   01/2020 – present\n- Lead 40 counselors across three clinics; quality, access and budget.\n")]
    // The sentence goes on to the work sought, not done: "and I am now looking to return to a senior counselling role" (Fresh30, t07).
    [TestCase("SUMMARY\nClinical leader. I have not held a caseload since January 2020 and I\nam now looking to return to a senior counselling role.\n\nEXPERIENCE\nDirector of Clinical Services, Hope Behavioral Health   01/2020 – present\n- Lead 40 counselors across three clinics; quality, access and budget.\n")]
    [TestCase("SUMMARY\nClinical leader. I have not held a caseload since January 2020 and now I would like to get back into client work.\n\nEXPERIENCE\nDirector of Clinical Services, Hope Behavioral Health   01/2020 – present\n- Lead 40 counselors across three clinics; quality, access and budget.\n")]
    [TestCase("SUMMARY\nClinical leader. I have not held a caseload since January 2020 and am now applying for counseling posts.\n\nEXPERIENCE\nDirector of Clinical Services, Hope Behavioral Health   01/2020 – present\n- Lead 40 counselors across three clinics; quality, access and budget.\n")]
    [TestCase("SUMMARY\nClinical leader. I no longer carry a caseload, but I hope to see clients again one day.\n\nEXPERIENCE\nDirector of Clinical Services, Hope Behavioral Health   01/2020 – present\n- Lead 40 counselors across three clinics; quality, access and budget.\n")]
    public void A_role_whose_holder_no_longer_counsels_adds_no_years(string current)
    {
        var estimate = LevelOf(current + """
            Mental Health Counselor, Hope Behavioral Health   01/2012 – 12/2019
            - Individual counseling for adults with anxiety and depression.
            """);
        Assert.That(estimate.YearsOfExperience, Is.EqualTo(8.0));
        Assert.That(estimate.Level, Is.EqualTo("senior"));
        Assert.That(estimate.Evidence.Where(e => e.Reason == "employment dates").Select(e => e.Text), Is.EqualTo(new[] { "01/2012 – 12/2019" }));
    }

    /// <summary>
    /// A role that says of itself that it is not clinical ("- Not a clinical role: no assessment, diagnosis or treatment", "-
    /// Non-clinical role reporting to the CEO") is no counseling work, whatever its title or employer: a certified peer
    /// counselor's five years made a counselor associate of one year a senior (Fresh30, t12). Said of something else ("promoted
    /// from a non-clinical role"), it leaves the role alone. (The older post is a crisis counselor's here: a peer's post beside a
    /// counselor's adds no years by itself, see Fresh38MissesTests.)
    /// </summary>
    [TestCase("- Not a clinical role: no assessment, diagnosis or treatment; worked under the unit's clinical team.", 1.9)]
    [TestCase("- Non-clinical role reporting to the CEO; quality and accreditation.", 1.9)]
    [TestCase("- Peer support on a 16-bed unit. (Non-clinical position.)", 1.9)]
    // One duty's note, or a duty named beside the work, leaves the role alone (an independent review).
    [TestCase("- Individual counseling for adults.\n- Also covered the reception desk on Friday mornings (non-clinical role).", 6.9)]
    [TestCase("- Individual counseling for adults.\n- Non-clinical role as Designated Liaison Person for child safeguarding, alongside my caseload.", 6.9)]
    [TestCase("- Key worker for adults in supported tenancies; links to the community mental health team. (Non-therapy role.)", 1.9)]
    [TestCase("- Promoted from a non-clinical role (intake) to counselor in 2019; individual counseling for adults.", 6.9)]
    // A bare "(not counseling)" note (Fresh29, t06); "Not counseling adolescents" says who is counseled.
    [TestCase("- Classroom cover across the district. (Not counseling.)", 1.9)]
    [TestCase("- Individual counseling for adults.\n- Ran a monthly meet-up for parents of medically complex kids (peer support, not counseling).", 6.9)]
    [TestCase("- Not counseling adolescents; adults only, individual counseling.", 6.9)]
    public void A_role_that_says_it_is_not_clinical_adds_no_years(string bullet, double years)
    {
        var estimate = LevelOf($"""
            EXPERIENCE
            Mental Health Counselor, Harborline Behavioral Health   01/2025 – present
            - Outpatient caseload of 34 adults.
            Crisis Counselor, Northgate Crisis Stabilization Center   01/2018 – 12/2022
            {bullet}
            """);
        Assert.That(estimate.YearsOfExperience, Is.EqualTo(years));
    }

    [Test]
    public void A_role_whose_holder_stopped_counseling_in_a_given_year_counts_up_to_then()
    {
        var estimate = LevelOf("""
            EXPERIENCE
            Director of Clinical Services, Lakeside Behavioral Health   01/2020 – present
            - Direct a staff of 25 therapists; no longer carrying a caseload since 2023.
            Therapist, Lakeside Counseling   01/2016 – 12/2019
            - Individual and family therapy.
            """);
        Assert.That(estimate.YearsOfExperience, Is.EqualTo(7.0));
    }

    /// <summary>A director of counselors who no longer counsels has no counseling years on the page, but a career in the trade: its level is still read.</summary>
    [Test]
    public void A_career_that_no_longer_counsels_is_still_in_the_trade()
    {
        var estimate = LevelOf("""
            EXPERIENCE
            Director of Clinical Services, Lakeside Behavioral Health   01/2015 – present
            - Direct a staff of 25 therapists across four clinics; I no longer carry a caseload.
            """);
        Assert.That(estimate.YearsOfExperience, Is.Null);
        Assert.That(estimate.Level, Is.EqualTo("senior"));
    }

    /// <summary>Only the holder's own "no longer" stops the counseling: a director who counsels, or who only turns new clients away, keeps the years.</summary>
    [TestCase("- Direct a staff of 25 therapists and carry a caseload of 10 clients.")]
    [TestCase("- Direct a staff of 25 therapists; no longer accepting new clients.")]
    [TestCase("- Cut the wait so that clients no longer need a referral for therapy.")]
    [TestCase("- Direct a staff of 25 therapists; I no longer provide clinical supervision directly.")]
    public void A_director_who_still_counsels_keeps_the_years(string bullet)
    {
        var estimate = LevelOf($"""
            EXPERIENCE
            Director of Clinical Services, Lakeside Behavioral Health   01/2020 – present
            {bullet}
            Therapist, Lakeside Counseling   01/2016 – 12/2019
            - Individual and family therapy.
            """);
        Assert.That(estimate.YearsOfExperience, Is.EqualTo(10.9));
    }

    /// <summary>
    /// Only a statement that the writer stopped counseling as such stops the years (independent review, finding 5): turning
    /// clients away, giving up one kind of therapy, one group of clients or one setting, a full caseload cut down, a limit on
    /// sessions and the past tense of an earlier job all say the holder of a current therapist's role still counsels.
    /// </summary>
    [TestCase("- I no longer carry a full caseload since becoming director but still see 5 clients a week for individual therapy.")]
    [TestCase("- Practice at capacity; no longer accepting clients.")]
    [TestCase("- At capacity; no longer accepting new referrals or clients.")]
    [TestCase("- I no longer offer in-person therapy; all sessions are by video.")]
    [TestCase("- I no longer provide couples therapy; individual therapy only.")]
    [TestCase("- I'm no longer taking Medicaid patients.")]
    [TestCase("- I no longer see patients under 18.")]
    [TestCase("- No longer than 8 sessions of therapy per client (solution-focused brief model).")]
    [TestCase("- Returned to full-time therapy in 2020 after four years in administration, where I no longer carried a caseload.")]
    public void A_therapist_who_still_counsels_keeps_the_years(string bullet)
    {
        var estimate = LevelOf($"""
            EXPERIENCE
            Staff Therapist, Lakeside Counseling   01/2020 – present
            - Individual therapy for adults with anxiety and depression.
            {bullet}
            Therapist, Hope Behavioral Health   01/2014 – 12/2019
            - Individual and family therapy.
            """);
        Assert.That(estimate.YearsOfExperience, Is.EqualTo(12.9));
        Assert.That(estimate.Level, Is.EqualTo("senior"));
    }

    /// <summary>
    /// A "no longer" in the introduction that does not say the writer stopped counseling (a teacher who now counsels, an agency
    /// caseload given up for a private practice's, the past tense of years in management) leaves the current roles' years as
    /// they are without it.
    /// </summary>
    [TestCase("Former high school teacher. I no longer teach but counsel adolescents and their families full time.",
        "School-Based Therapist, Lakeside Family Services   01/2019 – present\n- Individual and family therapy for adolescents.\n")]
    [TestCase("At the agency I no longer carry a caseload; I see 15 clients a week in my own practice.",
        "Clinical Director, Hope Community Agency   01/2022 – present\n- Lead 30 counselors; budget and quality.\nTherapist, Private Practice   01/2012 – present\n- Individual therapy for adults.\n")]
    [TestCase("Therapist with four years in program management, when I no longer carried a caseload, and came back to the therapy room in 2021.",
        "Outpatient Therapist, Lakeside Counseling   01/2021 – present\n- Individual therapy for adults.\nProgram Manager, Lakeside Counseling   01/2017 – 12/2020\n- Managed intake and quality for three clinics.\nTherapist, Hope Behavioral Health   01/2012 – 12/2016\n- Individual and group therapy.\n")]
    // "Have not" without the date it stopped, or of one kind of the work, says nothing of the years.
    [TestCase("I have not carried a caseload of more than 30 since 2019, so each client gets real time.",
        "Clinical Director and Therapist, Hope Community Agency   01/2018 – present\n- Lead 30 counselors and see 12 clients a week in individual therapy.\n")]
    [TestCase("I have not seen clients in person since 2020: my practice is all telehealth.",
        "Clinical Director and Therapist, Hope Community Agency   01/2018 – present\n- Lead 30 counselors and see 12 clients a week in individual therapy.\n")]
    [TestCase("I have not seen clients directly; I supervise the waitlist team.",
        "Clinical Director and Therapist, Hope Community Agency   01/2018 – present\n- Lead 30 counselors and see 12 clients a week in individual therapy.\n")]
    public void An_introduction_that_does_not_say_counseling_stopped_cuts_no_years(string summary, string roles)
    {
        var without = LevelOf("SUMMARY\nLicensed counselor.\n\nEXPERIENCE\n" + roles);
        var estimate = LevelOf("SUMMARY\n" + summary + "\n\nEXPERIENCE\n" + roles);
        Assert.That(without.YearsOfExperience, Is.Not.Null);
        Assert.That(estimate.YearsOfExperience, Is.EqualTo(without.YearsOfExperience));
        Assert.That(estimate.Level, Is.EqualTo(without.Level));
    }

    /// <summary>
    /// Said in the introduction, "I no longer carry a caseload" is said of the current job that manages counselors, not of a
    /// current therapist's job beside it: the private practice's years count, the directorship's do not.
    /// </summary>
    [Test]
    public void An_introduction_that_says_counseling_stopped_cuts_only_a_current_management_role()
    {
        var estimate = LevelOf("""
            SUMMARY
            Twelve years in behavioral health. I no longer carry a caseload.

            EXPERIENCE
            Clinical Director, Hope Behavioral Health   01/2020 – present
            - Lead 40 counselors across three clinics; quality, access and budget.
            Therapist, Private Practice   01/2016 – present
            - Individual therapy for adults, 10 clients a week.
            """);
        Assert.That(estimate.YearsOfExperience, Is.EqualTo(10.9));
    }

    /// <summary>A "since" whose date stands farther on than a month and year ("since my promotion to lead in 2023") still says when counseling stopped.</summary>
    [Test]
    public void A_role_counts_up_to_a_since_date_farther_on()
    {
        var estimate = LevelOf("""
            EXPERIENCE
            Director of Clinical Services, Lakeside Behavioral Health   01/2020 – present
            - Direct a staff of 25 therapists; I no longer carry a caseload since my promotion to lead in 2023.
            Therapist, Lakeside Counseling   01/2016 – 12/2019
            - Individual and family therapy.
            """);
        Assert.That(estimate.YearsOfExperience, Is.EqualTo(7.0));
    }

    /// <summary>A recruiter sees why a role's years fell: the statement that counseling stopped is level evidence.</summary>
    [Test]
    public void The_statement_that_counseling_stopped_is_level_evidence()
    {
        var estimate = LevelOf("""
            EXPERIENCE
            Director of Clinical Services, Hope Behavioral Health   01/2020 – present
            - Lead 40 counselors across three clinics; I no longer provide therapy myself.
            Mental Health Counselor, Hope Behavioral Health   01/2012 – 12/2019
            - Individual counseling for adults with anxiety and depression.
            """);
        Assert.That(estimate.YearsOfExperience, Is.EqualTo(8.0));
        var stopped = estimate.Evidence.Where(e => e.Reason == "no longer counsels: later months not counted").ToList();
        Assert.That(stopped.Select(e => e.Text), Is.EqualTo(new[] { "no longer provide therapy" }));
    }

    /// <summary>
    /// PDF text of a two-column resume with the work in the right column: each line holds a piece of the left column (licensure,
    /// education, skills) and, far apart, one of the right. The right column's dates stand under its own "EXPERIENCE", not under
    /// the left column's "LICENSURE" or "EDUCATION" beside and above them, and the degree beside a line of dates is the left
    /// column's, not the job's. Read under the left column's headings, no role was found and a senior counselor had no years.
    /// </summary>
    [Test]
    public void Dates_in_the_right_column_of_a_two_column_page_are_read_under_its_own_headings()
    {
        var estimate = LevelOf("""
            JORDAN REYES, LPC              PROFILE
            Counselor                      Licensed professional counselor with a decade of
            Austin, TX                     outpatient practice with adults and couples.

            LICENSURE                      EXPERIENCE
            LPC, Texas (2014)              Staff Therapist                   03/2018 – present
                                           Riverbend Counseling Center – Austin, TX
            EDUCATION                      • Individual and couples therapy for 30 weekly clients.
            M.A. Counseling, 2013          Mental Health Counselor           06/2014 – 02/2018
            Texas State University         Hill Country Behavioral Health – San Marcos, TX
                                           • Outpatient counseling for adults with depression.
            CLINICAL SKILLS
            CBT, DBT skills                LANGUAGES
            Motivational interviewing      English and Spanish.
            """);
        Assert.That(estimate.YearsOfExperience, Is.EqualTo(12.5));
        Assert.That(estimate.Level, Is.EqualTo("senior"));
    }

    /// <summary>
    /// A right-hand column's role is titled and read by its own pieces of the lines: the left column's CPD list beside a banking
    /// career's heading ("Suicide bereavement support") made eleven years in a bank a counsellor's (Fresh26, t12).
    /// </summary>
    [Test]
    public void A_right_column_role_is_read_without_the_sidebar_beside_it()
    {
        var estimate = LevelOf("""
            CONTACT                                              PROFILE
            Traralgon VIC 3844                                   Bereavement counsellor since 2022, after banking.

            REGISTRATION                                         EXPERIENCE
            ACA Level 2 member
                                                                 Bereavement Counsellor (0.6 FTE)
            SKILLS                                               Feb 2022 – present
            Grief & bereavement                                  Latrobe Valley Palliative Care Service, Traralgon
            Family meetings                                      • Counselling for family members before and after a death.

                                                                 Counsellor (sessional, 1 day/week)
                                                                 2023– (concurrent with the role above)
                                                                 • Sessions in the clinic and at the saleyards.
            CPD
            Complicated grief treatment
            workshop (2024)                                      BANKING CAREER (2008–2019)
            Suicide bereavement support
            (2023)                                               Relationship Manager, Business Banking
            Open Dialogue introduction                           Gippsland Mutual Bank, Traralgon, 2012–2019
            (2022)                                               • Managed a portfolio of 85 agribusiness clients.
            """);
        Assert.That((estimate.YearsOfExperience, estimate.Level), Is.EqualTo((4.8, "mid")));
    }

    /// <summary>
    /// The same page flattened the other way: the columns alternate line by line, the right column's lines indented to where
    /// it starts. Its "EXPERIENCE" heads its dates though it heads no line of the left column.
    /// </summary>
    [Test]
    public void Dates_in_a_right_column_whose_lines_alternate_with_the_left_column_s_are_read_under_its_headings()
    {
        var estimate = LevelOf("""
            LICENSURE
                                           EXPERIENCE
            LPC, Texas (2014)
                                           Staff Therapist                   03/2018 – present
            EDUCATION
                                           Riverbend Counseling Center – Austin, TX
            M.A. Counseling, 2013
                                           • Individual and couples therapy for 30 weekly clients.
            Texas State University
                                           Mental Health Counselor           06/2014 – 02/2018
                                           • Outpatient counseling for adults with depression.
            """);
        Assert.That(estimate.YearsOfExperience, Is.EqualTo(12.5));
    }

    /// <summary>
    /// A one-column page from pdftotext -layout centres its headings, far enough in to start where a right-hand column would:
    /// alone on its line, beside no left-hand text and heading no lines set at its column, such a heading is the whole page's
    /// (review finding 2). Read as a right-hand column's, each role line was read from its date piece only: the titles fell
    /// out, every block took the role above's bullet, the internship and practicum counted as jobs, and a new graduate with
    /// 2.3 years (mid) read as senior with 5.3.
    /// </summary>
    [TestCase("                                   ")]
    [TestCase("")]
    public void A_one_column_page_with_centred_headings_is_no_page_in_two_columns(string indent)
    {
        var estimate = LevelOf($"""
            {indent}EXPERIENCE
            Mental Health Therapist, Riverbend Counseling Center                 Aug 2024 – Present
            - Individual therapy for 25 adult clients with anxiety and depression.
            Counseling Intern, Hill Country Behavioral Health                    Jan 2024 – May 2024
            - Co-led a weekly DBT skills group under supervision.
            Practicum Student, Texas State University Counseling Center          Aug 2023 – Dec 2023
            - Intake interviews and individual sessions with undergraduates.
            IT Support Technician, Dell Technologies                             Jun 2020 – Jul 2022
            - Resolved hardware and software tickets for remote staff.

            {indent}EDUCATION
            M.A. Clinical Mental Health Counseling, Texas State University       2022 – 2024
            """);
        Assert.That(estimate.YearsOfExperience, Is.EqualTo(2.3));
        Assert.That(estimate.Level, Is.EqualTo("mid"));
    }

    /// <summary>
    /// A skills grid whose right-hand cell is a heading word ("Training", "Research") is no right-hand column that runs on
    /// down the page: a heading across the whole line below it ("PROFESSIONAL EXPERIENCE") ends its reach (review finding 3).
    /// Read under "Training", every far-right date below was study: no roles, no years, no level for a senior therapist.
    /// </summary>
    [TestCase("", "Training")]
    [TestCase("", "Research")]
    [TestCase("                                  ", "Research")]
    public void A_skills_grid_cell_that_is_a_heading_word_heads_no_dates_below_a_full_width_heading(string indent, string cell)
    {
        var score = Score(With($"""
            {indent}CORE SKILLS
            Trauma-focused CBT                  Crisis intervention
            Treatment planning                  {cell}
            {indent}PROFESSIONAL EXPERIENCE
            Staff Therapist, Riverbend Counseling Center                 Mar 2018 – Present
            - Individual and couples therapy for 30 weekly clients.
            Mental Health Counselor, Hill Country Behavioral Health      Jun 2014 – Feb 2018
            - Outpatient counseling for adults with depression.
            """), AsOf2026);
        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(12.5));
        Assert.That(score.Level.Level, Is.EqualTo("senior"));
        // A centred "CORE SKILLS" over the grid (its second cells two characters right of it) heads both cells of each line.
        Assert.That(score.Matches.Where(m => m.Phrase is "treatment planning" or "crisis intervention").Select(m => m.Section), Is.All.EqualTo("skills"));
    }

    [Test]
    public void Overlapping_roles_are_counted_once()
    {
        var estimate = LevelOf("""
            Therapist, Hope Center, Jan 2018 – Dec 2020
            Crisis Counselor (weekends), City Line, Jan 2019 – Dec 2021
            """);

        Assert.That(estimate.YearsOfExperience, Is.EqualTo(4.0));
        Assert.That(estimate.Level, Is.EqualTo("mid"));
        Assert.That(estimate.Evidence.Select(e => e.Reason), Is.All.EqualTo("employment dates"));
    }

    [Test]
    public void Education_dates_are_not_experience()
    {
        var estimate = LevelOf("""
            EXPERIENCE
            Therapist, Hope Center, 2023 – Present

            EDUCATION
            University of Denver, 2015 – 2019
            M.A. Clinical Mental Health Counseling, 2019 – 2021
            """);

        Assert.That(estimate.YearsOfExperience, Is.EqualTo(3.9));
        Assert.That(estimate.Level, Is.EqualTo("mid"));
    }

    /// <summary>A degree after the person's title on a line of dates is the title's, not a course of study.</summary>
    [TestCase("Clinical Psychologist, PhD   2012 – Present", 14.9)]
    [TestCase("Licensed Clinical Social Worker, MSW — Hope Center   2015 – Present", 11.9)]
    [TestCase("Mental Health Counselor, MA | Riverside Clinic | 2019 – Present", 7.9)]
    public void A_degree_after_a_title_of_the_trade_is_still_the_job(string line, double years)
    {
        var estimate = LevelOf($"EXPERIENCE\n{line}\n- Individual and group therapy for adults with depression and anxiety.");
        Assert.That(estimate.YearsOfExperience, Is.EqualTo(years));
        Assert.That(estimate.Level, Is.EqualTo("senior"));
    }

    /// <summary>
    /// Florida registers graduates working toward licensure as interns (RMHCI, RMFTI, RCSWI): a job after the degree, not a
    /// placement, however the title spells it.
    /// </summary>
    [TestCase("Registered Intern, Mental Health Counseling")]
    [TestCase("Child and Family Therapist (Registered Mental Health Counselor Intern)")]
    [TestCase("Registered Marriage and Family Therapist Intern")]
    [TestCase("Registered Clinical Social Worker Intern — Sunrise Behavioral Health")]
    // Texas licensed post-degree counselors as interns until 2021 (Fresh13, t03).
    [TestCase("Mental Health Counselor (LPC-Intern), Bexar Family Guidance Center")]
    [TestCase("LPC Intern — Bexar Family Guidance Center")]
    public void A_registered_intern_is_employed_toward_licensure(string title)
    {
        var estimate = LevelOf($"EXPERIENCE\nLicensed Mental Health Counselor, Hope Center   Jan 2016 – Present\n- Individual therapy for adults.\n{title}   Jun 2012 – Dec 2015\n- Individual and family therapy under supervision toward licensure.");
        Assert.That(estimate.YearsOfExperience, Is.EqualTo(14.5));
    }

    /// <summary>
    /// A degree named as the rank of a job ("post-master's", "master's-level") is part of the title: the line of dates is the
    /// job's, not a course of study. Read as study, a new graduate's first job went missing and an older job counted instead.
    /// Jul 2025 through Nov 2026 is 17 months, 1.4 years.
    /// </summary>
    [TestCase("Post-Master's Counselor (LPC-A), Hope Center   Jul 2025 – Present")]
    [TestCase("Post-Masters Clinician — Hope Center   Jul 2025 – Present")]
    [TestCase("Post Master’s Clinician, Hope Center, Jul 2025 - Present")]
    [TestCase("Master's-level Clinician | Hope Center | Jul 2025 – Present")]
    [TestCase("Masters Level Clinician, Hope Center   Jul 2025 – Present")]
    [TestCase("MSW-Level Clinician, Hope Center   Jul 2025 – Present")]
    public void A_degree_that_ranks_a_job_title_is_still_the_job(string line)
    {
        var estimate = LevelOf($"EXPERIENCE\n{line}\n- Individual therapy for adults with anxiety.");
        Assert.That(estimate.YearsOfExperience, Is.EqualTo(1.4));
        Assert.That(estimate.Evidence.Select(e => e.Reason), Does.Contain("employment dates"));
    }

    [TestCase("PhD, Counseling Psychology   2008 – 2012")]
    [TestCase("Counselor Education, PhD   2008 – 2012")]
    [TestCase("Clinical Psychologist, PhD, University of Denver   2008 – 2012")]
    // Degrees on a line of dates under the experience heading, a post-master's or master's-level course among them.
    [TestCase("Master of Social Work   2018 – 2020")]
    [TestCase("M.A. Counseling, 2019 – 2021")]
    [TestCase("Master's Degree in Counseling, 2019 – 2021")]
    [TestCase("Post-Master's Certificate in Play Therapy   2021 – 2022")]
    [TestCase("Master's-level coursework in family therapy, 2019 – 2021")]
    [TestCase("MA Level 7 in Counselling, 2019 – 2021")]
    public void A_degree_naming_a_field_or_a_school_is_still_study(string line)
    {
        var estimate = LevelOf($"EXPERIENCE\nTherapist, Hope Center   2023 – Present\n- Individual therapy for adults.\n{line}");
        Assert.That(estimate.YearsOfExperience, Is.EqualTo(3.9));
    }

    [Test]
    public void Internships_count_as_supervised_experience_toward_junior()
    {
        var estimate = LevelOf("""
            Counseling Intern, University Counseling Center, Aug 2024 – May 2026
            • Individual counseling under the supervision of a licensed psychologist.
            """);

        Assert.That(estimate.YearsOfExperience, Is.EqualTo(1.8));
        Assert.That(estimate.Level, Is.EqualTo("junior"));
        Assert.That(estimate.Evidence.Select(e => e.Reason), Does.Contain("junior signal: internship").And.Contain("supervised placement dates"));
    }

    [Test]
    public void Placements_stay_junior_however_long_they_ran()
    {
        var estimate = LevelOf("""
            Counseling Intern, University Counseling Center, Aug 2022 – May 2026
            • Individual counseling under the supervision of a licensed psychologist.
            """);

        Assert.That(estimate.YearsOfExperience, Is.EqualTo(3.8));
        Assert.That(estimate.Level, Is.EqualTo("junior"));
    }

    [Test]
    public void A_first_year_counselor_s_practicum_and_internship_count_with_the_job()
    {
        // Four months as a school counselor, after ten of internship and five of practicum: 19 months of clinical work.
        var estimate = LevelOf("""
            EXPERIENCE
            School Counselor — Hilltop Middle School
            Aug 2026 – Present
            - Individual and small-group counseling for grades 6-8.

            School Counseling Intern — Linden STEM Academy
            Aug 2025 – May 2026
            - Individual counseling with ninth graders.

            Counseling Practicum Student — Southside Counseling Center
            Jan 2025 – May 2025
            - Intake interviews and counseling for adults.
            """);

        Assert.That(estimate.YearsOfExperience, Is.EqualTo(1.6));
        Assert.That(estimate.Level, Is.EqualTo(Levels.Junior));
        Assert.That(estimate.Evidence.Select(e => e.Reason), Does.Contain("employment dates").And.Contain("supervised placement dates"));
    }

    [Test]
    public void A_first_year_counselor_s_long_internship_does_not_make_them_mid()
    {
        // Six months of work after two years of internship: 2.5 years of clinical work, still in the first level.
        var estimate = LevelOf("""
            EXPERIENCE
            Mental Health Counselor — Hope Center
            Jun 2026 – Present
            - Individual counseling for adults with anxiety and depression.

            Clinical Mental Health Counseling Intern — Riverside Clinic
            Sep 2023 – Aug 2025
            - Individual counseling for adults.
            """);

        Assert.That(estimate.YearsOfExperience, Is.EqualTo(2.5));
        Assert.That(estimate.Level, Is.EqualTo(Levels.Junior));
    }

    [Test]
    public void After_a_year_of_work_placements_are_training_again()
    {
        // A counselor in a second year of work: the internship before it is training, not years of experience.
        var estimate = LevelOf("""
            EXPERIENCE
            Mental Health Counselor — Hope Center
            Jan 2025 – Present
            - Individual counseling for adults with anxiety and depression.

            Practicum Counselor — University Counseling Center
            Sep 2023 – Jun 2024
            - Individual counseling for students.
            """);

        Assert.That(estimate.YearsOfExperience, Is.EqualTo(1.9));
    }

    [Test]
    public void Supervising_training_and_program_development_mean_senior_without_years()
    {
        var estimate = LevelOf("""
            • Provide clinical supervision to five counselors.
            • Trained new counselors in rapport building.
            • Developed an intensive outpatient program for adolescents.
            """);

        Assert.That(estimate.Level, Is.EqualTo("senior"));
        Assert.That(estimate.YearsOfExperience, Is.Null);
        Assert.That(estimate.Evidence.Select(e => e.Reason), Is.SupersetOf(new[]
        {
            "senior indicator: Clinical supervision",
            "senior signal: trains staff",
            "senior indicator: Program development",
        }));
    }

    [TestCase("Led program development for two clinics.")]
    [TestCase("Led PROGRAM DEVELOPMENT for two clinics.")]
    [TestCase("Led prógram devélopment for two clinics.")]
    [TestCase("Led program devel\u00ADopment for two clinics.")]
    [TestCase("Led \uFF50rogram development for two clinics.")]
    public void Indicator_words_are_read_whatever_the_typography_as_phrases_are(string text)
    {
        Assert.That(LevelOf(text).Evidence.Select(e => e.Reason), Does.Contain("senior indicator: Program development"));
    }

    [TestCase("Led reprogram redevelopment.")]
    [TestCase("Ran a weekend program. Development of the budget was someone else's.")]
    public void Indicator_words_start_words_and_share_a_clause(string text)
    {
        Assert.That(LevelOf(text).Evidence.Select(e => e.Reason), Does.Not.Contain("senior indicator: Program development"));
    }

    [Test]
    public void Receiving_supervision_is_not_supervising()
    {
        var estimate = LevelOf("Attended weekly clinical supervision with my site supervisor.");

        Assert.That(estimate.Evidence.Select(e => e.Reason), Has.None.StartsWith("senior"));
    }

    [Test]
    public void The_interns_a_senior_supervises_do_not_make_the_senior_junior()
    {
        var estimate = LevelOf("Supervised practicum students and interns at two sites.");

        Assert.That(estimate.Level, Is.EqualTo("senior"));
        Assert.That(estimate.Evidence.Select(e => e.Reason), Has.None.StartsWith("junior"));
    }

    [Test]
    public void Years_outside_the_term_do_not_make_a_career_changer_senior()
    {
        var estimate = LevelOf("""
            Counseling Practicum Student, Lakes Counseling, Sep 2025 – Present
            • Rapport building and treatment planning with teens.
            Teacher, Minneapolis Public Schools, 2014 – 2024
            • Taught English to 7th graders.
            """);

        // The practicum's fifteen months, not the teaching decade.
        Assert.That(estimate.YearsOfExperience, Is.EqualTo(1.3));
        Assert.That(estimate.Level, Is.EqualTo("junior"));
    }

    [Test]
    public void Evidence_spans_point_into_the_text()
    {
        string text = With("Licensed counselor with 9+ years of experience.", "Therapist, Hope Center, March 2019 – Present", "Provide clinical supervision to six counselors.");

        var level = Score(text).Level;

        Assert.That(level.Evidence, Is.Not.Empty);
        foreach (var e in level.Evidence)
            Assert.That(text.Substring(e.Start, e.Length), Is.EqualTo(e.Text));
        Assert.That(level.Evidence.Select(e => e.Start), Is.Ordered);
        Assert.That(level.Confidence, Is.InRange(0.0, 1.0));
    }

    [Test]
    public void Nothing_to_go_on_gives_no_level()
    {
        var estimate = LevelOf("Enjoys hiking and photography.");

        Assert.That(estimate.Level, Is.Null);
        Assert.That(estimate.Confidence, Is.Zero);
        Assert.That(estimate.YearsOfExperience, Is.Null);
    }

    // Issue 16: dates and roles as real resumes write them.

    [Test]
    public void A_state_code_before_the_dates_is_not_a_degree()
    {
        var estimate = LevelOf("""
            Mental Health Counselor, Riverside Clinic
            Worcester, MA	2011 - 2016
            • Individual counseling for adults with depression.
            """);

        Assert.That(estimate.YearsOfExperience, Is.EqualTo(5.0));
    }

    [Test]
    public void A_degree_from_a_university_in_a_state_is_still_a_degree()
    {
        var estimate = LevelOf("""
            Boston University, MA, 2014 - 2016
            """);

        Assert.That(estimate.YearsOfExperience, Is.Null);
    }

    [Test]
    public void Counseling_titles_the_glossary_lacks_keep_their_years()
    {
        var estimate = LevelOf("""
            Grief Counselor, Bon Secours Hospice, Jan 2020 – Present
            • Bereavement visits with families after a death.
            Warehouse Associate, Amazon, 2010 – 2019
            • Picked and packed orders.
            """);

        Assert.That(estimate.YearsOfExperience, Is.EqualTo(6.9));
        Assert.That(estimate.Level, Is.EqualTo("senior"));
    }

    [Test]
    public void A_warehouse_job_does_not_make_a_new_peer_specialist_mid()
    {
        var estimate = LevelOf("""
            Peer Support Specialist, Centerstone, April 2025 – Present
            • Rapport building with adults in early recovery.
            Warehouse Associate, Amazon, 2014 – 2022
            • Trained 60 new associates.
            """);

        Assert.That(estimate.YearsOfExperience, Is.EqualTo(1.7));
        Assert.That(estimate.Level, Is.EqualTo("junior"));
    }

    [Test]
    public void Leaving_out_a_volunteer_role_keeps_the_job_it_overlaps()
    {
        var estimate = LevelOf("""
            Crisis Line Volunteer, County Crisis Line, 2018 – 2021
            • Active listening and safety planning on evening shifts.
            Case Manager, Behavioral Health Services, 2017 – 2022
            • Housing and benefits for adults with serious mental illness.
            """);

        Assert.That(estimate.YearsOfExperience, Is.EqualTo(5.0));
    }

    [Test]
    public void A_student_s_volunteering_is_no_years_either()
    {
        // With placements only, volunteering still is not training toward a license nor a job: a first-year counselor's five
        // years on a crisis line made 0.8 years 5.8 (Fresh11 t05).
        var estimate = LevelOf("""
            Counseling Intern, Lantern House, September 2024 to May 2025
            • Individual counseling for adults under supervision.
            Crisis Line Volunteer, Trevor Text Line, 2019 to 2024
            • Crisis intervention and suicide risk assessment by text.
            """);

        Assert.That(estimate.YearsOfExperience, Is.EqualTo(0.8));
    }

    /// <summary>
    /// A role's numbered duty areas and a "Grants" line are no headings: read so, they ended the role, and the one below it lost
    /// its years (an independent review of the Fresh11 fixes). A CV's sections in capitals ("V. PUBLICATIONS") still are.
    /// </summary>
    [Test]
    public void Numbered_duties_and_a_grants_line_inside_a_role_leave_the_next_role_its_years()
    {
        var estimate = LevelOf("""
            EXPERIENCE
            Staff Therapist, Mindful Clinic, January 2016 - Present
            I. Research
            - Co-wrote a study of the therapeutic alliance in telehealth.
            II. Supervision
            - Supervised two LPC associates.
            Grants
            - Co-wrote a SAMHSA grant for a rural crisis program.
            Counselor, Lakeside Counseling Center, January 2012 - December 2015
            - Built a working alliance with adults in outpatient care.
            """);

        Assert.That(estimate.YearsOfExperience, Is.GreaterThan(14));
    }

    // Spanish placements, as the Portuguese ones: "Practicante de Psicología Clínica" counted a practicum as 1.4 years (Fresh11 t12).
    [TestCase("Practicante de Psicología Clínica, Hospital Infantil, agosto 2020 - diciembre 2021")]
    [TestCase("Pasante de Psicología, Clínica Universitaria, agosto 2020 - diciembre 2021")]
    public void A_spanish_trainee_is_a_placement(string title)
    {
        var estimate = LevelOf(title + "\n- Counseling with children under supervision.");
        Assert.That(estimate.Evidence.Select(e => e.Reason), Has.Some.EqualTo("supervised placement dates"));
    }

    /// <summary>
    /// Only a title led by the trainee's word is a placement: a psychologist who supervises trainees, a coordinator of
    /// internships and a practising ("practicante") psychologist are at work (a review of the first Fresh11 fixes).
    /// </summary>
    [TestCase("Psicóloga Clínica (supervisora de practicantes), Hospital Central, enero 2016 - presente")]
    [TestCase("Supervisora de Practicantes, Universidad Nacional, enero 2016 - presente")]
    [TestCase("Coordinadora de Pasantías Clínicas, Universidad Nacional, enero 2016 - presente")]
    [TestCase("Psicóloga practicante, consulta privada, enero 2016 - presente")]
    public void A_spanish_title_naming_trainees_is_no_placement(string title)
    {
        var estimate = LevelOf(title + "\n- Counseling with adults and families.");
        Assert.That(estimate.Evidence.Select(e => e.Reason), Has.None.EqualTo("supervised placement dates"));
    }

    [TestCase("Received weekly clinical supervision from the clinic's LMFT.")]
    [TestCase("Weekly clinical supervision with Dr. S. Patel (supervisor).")]
    [TestCase("Supervisor: Dr. Maria Lopez, LPC-S")]
    [TestCase("Individual clinical supervision during my first two years.")]
    // The writer's own training, supervised (a review's probe: "after a supervised internship" was a senior's signal).
    [TestCase("Two years of outpatient practice after a supervised internship in a tribal program.")]
    [TestCase("Completed 3,000 supervised hours toward licensure.")]
    public void Supervision_received_is_not_supervision_given(string line)
    {
        var estimate = LevelOf(line);

        Assert.That(estimate.Evidence.Select(e => e.Reason), Has.None.StartsWith("senior"), line);
    }

    [TestCase("Provide weekly clinical supervision to four LPC associates.")]
    [TestCase("Clinical supervision of six counselors and two interns.")]
    [TestCase("Supervise LSWs working toward licensure.")]
    [TestCase("Supervised interns and practicum students at the clinic.")]
    public void Supervision_given_is_a_senior_signal(string line) =>
        Assert.That(LevelOf(line).Evidence.Select(e => e.Reason), Has.Some.StartsWith("senior"), line);

    [Test]
    public void Three_line_entry_headers_are_read_whole()
    {
        var estimate = LevelOf("""
            Graduate Intern, School Counseling
            Holyoke High School
            Holyoke, MA	Sep 2021 - Jun 2022
            • 600-hour internship with a caseload of 30 students.
            """);

        Assert.That(estimate.Evidence.Select(e => e.Reason), Does.Contain("supervised placement dates"));
        Assert.That(estimate.Level, Is.EqualTo("junior"));
    }

    /// <summary>
    /// Whole dates in the day-first order of Australia, the UK, Canada and Europe ("03/07/2017 - 13/02/2021"), and the US
    /// order ("07/15/2019"), are read for their month and year. Unread, a range ending on the 13th of a month was no role, and
    /// the role above it took in its years and its bullets (Fresh13, t08).
    /// </summary>
    [TestCase("03/07/2017 - 13/02/2021", 3.7)]
    [TestCase("03.07.2017 - 13.02.2021", 3.7)]
    [TestCase("07/15/2019 - 08/20/2021", 2.2)]
    [TestCase("14/02/2021 - present", 5.8)]
    public void A_whole_date_is_read_for_its_month_and_year(string range, double years)
    {
        string text = $"""
            EXPERIENCE
            Mental Health Counsellor, Harbourside Counselling Service
            {range}
            - Individual counselling for adults with anxiety and depression; the working alliance is reviewed every session.
            """;
        Assert.That(LevelOf(text).YearsOfExperience, Is.EqualTo(years).Within(0.001));
    }

    /// <summary>
    /// A Europass CV sets its title under a line of bare dates ("Dates: 01/09/2020 – 30/06/2022" over "Occupation or position
    /// held: Trainee Counsellor (clinical placement)"): that title says whether the range was a placement (Fresh12, t07). A line
    /// of work under bare dates ("Supervise practicum students") is no title, and leaves a director's job a job.
    /// </summary>
    [TestCase("Occupation or position held: Trainee Counsellor (clinical placement, 100 client hours)", true)]
    [TestCase("Counselling Intern", true)]
    [TestCase("Supervise practicum students and interns at the clinic.", false)]
    public void The_title_under_bare_dates_says_whether_they_were_a_placement(string below, bool placement)
    {
        string text = $"""
            EXPERIENCE
            Mental Health Counsellor, Harbourside Counselling Service
            Dates: 01/09/2024 – Current
            - Individual counselling for adults with anxiety and depression; the working alliance is reviewed every session.

            Dates: 01/09/2020 – 30/06/2022
            {below}
            - Person-centred counselling for adults at a low-cost community counselling service.
            """;
        var layout = new ResumeLayout(text, new DateOnly(2026, 11, 1));
        Assert.That(layout.Roles.Select(r => r.IsPlacement), Is.EqualTo(new[] { false, placement }));
    }

    /// <summary>
    /// A clinical supervisor who no longer carries a caseload still does the trade's clinical work: supervising counselors'
    /// cases. Its years count, where a program director's do not (Fresh12, t05, against Fresh13, t12).
    /// </summary>
    [TestCase("Clinical Supervisor, Outpatient Services, Hope Behavioral Health   01/2014 – present", 14.9)]
    [TestCase("Director of Clinical Training & Supervision, Hope Behavioral Health   01/2014 – present", 14.9)]
    [TestCase("Director of Behavioral Health Programs, Northstar Health Plan   01/2014 – present", 2.0)]
    public void A_clinical_supervisor_without_a_caseload_keeps_the_years(string current, double years)
    {
        var estimate = LevelOf("SUMMARY\nLicensed counselor. I have not carried my own client caseload since 2014.\n\nEXPERIENCE\n" + current + """

            - Supervise twelve counselors' cases weekly; quality and training.
            Mental Health Counselor, Hope Behavioral Health   01/2012 – 12/2013
            - Individual counseling for adults with anxiety and depression.
            """);
        Assert.That(estimate.YearsOfExperience, Is.EqualTo(years).Within(0.001));
    }

    /// <summary>
    /// A placement word that names the people a post is in charge of is no placement: a senior therapist who supervises interns,
    /// a clinical director who runs the practicum (an independent review of 2.10.0). The placement itself still is one.
    /// </summary>
    [TestCase("Senior Therapist and Intern Supervisor, Hope Center   01/2012 – present", false)]
    [TestCase("Clinical Director and Practicum Training Coordinator, Hope Center   01/2012 – present", false)]
    [TestCase("Internship Site Supervisor and Staff Therapist, Hope Center   01/2012 – present", false)]
    [TestCase("Staff Therapist (supervising practicum students), Hope Center   01/2012 – present", false)]
    [TestCase("Volunteer Coordinator and Counselor, Hope Center   01/2012 – present", false)]
    [TestCase("Counseling Intern, Hope Center   01/2012 – present", true)]
    [TestCase("Practicum Student Therapist, Hope Center   01/2012 – present", true)]
    [TestCase("Crisis Line Volunteer, Hope Center   01/2012 – present", true)]
    [TestCase("Volunteer Crisis Counselor, Hope Center   01/2012 – present", true)]
    public void A_post_in_charge_of_interns_is_no_placement(string line, bool placement)
    {
        var layout = new ResumeLayout($"EXPERIENCE\n{line}\n- Individual therapy for adults with anxiety.\n", new DateOnly(2026, 11, 1));
        Assert.That(layout.Roles.Single().IsPlacement, Is.EqualTo(placement));
    }

    /// <summary>
    /// An employer's line with its dates in parentheses and the title on the line below ("Genesee Valley University Counseling
    /// Center (Sept 2021 – Dec 2022)" over "Counseling Intern (practicum and internship, 700 hours)"): the title says it was a
    /// placement (Fresh14, t12). With a title of the trade above the dates, the line below is the employer's and is not read.
    /// </summary>
    [TestCase("Genesee Valley University Counseling Center (Sept 2021 – Dec 2022)\nCounseling Intern (practicum and internship, 700 hours)", true)]
    [TestCase("Hope Center Counseling Services, Springfield, IL\nSep 2021 – Dec 2022\nStaff Therapist", false)]
    [TestCase("Licensed Professional Counselor\nSep 2021 – Dec 2022\nStudent Veterans Center, Springfield State University", false)]
    // Dates first, with the title, its school and a note in parentheses on the line below: the note is no part of the title's
    // length (Fresh18, t08: the practicum's year counted as work).
    [TestCase("2015 - 2016\nCounseling Practicum Student - Curie Metro High School (through Northeastern Illinois Univ.)", true)]
    // An employer that serves students by phone is no student's placement: a counsellor's two years on a student helpline (Fresh20,
    // t01) were left out of a senior's years.
    [TestCase("2. Vidya Trust Student Helpline, Chennai (NGO)                      July 2014 – May 2016\n   Counsellor", false)]
    [TestCase("Campus Student Hotline, Springfield State University      2014 – 2016\nCrisis Counselor", false)]
    // Its peer counselor is a student on a student-run line (a review's case: an undergraduate's four years counted as work).
    [TestCase("Peer Counselor, Student Hotline                                  Sep 2016 – May 2020\nOhio University, Athens, OH", true)]
    public void The_title_under_an_employer_s_dates_says_whether_they_were_a_placement(string entry, bool placement)
    {
        var layout = new ResumeLayout($"EXPERIENCE\n{entry}\n- Brief counseling for undergraduates; weekly supervision.\n", new DateOnly(2026, 11, 1));
        Assert.That(layout.Roles.Single().IsPlacement, Is.EqualTo(placement));
    }

    /// <summary>
    /// A range that starts the line a bullet runs onto ("- Some experience with feedback-informed treatment during a" over
    /// "2019-2020 clinic pilot; the pilot ended") is part of that bullet, not a role of its own taking the next bullets with it
    /// (Fresh14, t05). A dated line under a title is still its role.
    /// </summary>
    [Test]
    public void A_range_on_the_line_a_bullet_runs_onto_is_part_of_the_bullet()
    {
        string text = """
            EXPERIENCE
            Primary Therapist, Wannsee Clinic   09/2017 - 02/2021
              - Some experience with feedback-informed treatment (ORS/SRS) during a
                2019-2020 clinic pilot; the pilot ended with the pandemic.
              - Crisis intervention on the ward and in the day clinic.
            Counselor, Neukölln Counseling Center
            10/2013 - 08/2017
              - Individual counseling for adults.
            """;
        var layout = new ResumeLayout(text, new DateOnly(2026, 11, 1));
        Assert.That(layout.Roles.Select(r => text.Substring(r.Start, r.Length)), Is.EqualTo(new[] { "09/2017 - 02/2021", "10/2013 - 08/2017" }));
    }

    /// <summary>
    /// A range inside a note in parentheses that opens with other words ("referral rate of 64% (repeat + referred clients / all
    /// clients, 2021-2025)") dates a figure, not a post: read as a role, it took a real-estate agent's next bullets into a job
    /// of no trade, and her "working alliance with two local mortgage lenders" became four years of counseling (Fresh30, t06).
    /// A bullet titled as a post with its dates in parentheses is still a role.
    /// </summary>
    [Test]
    public void A_range_in_a_note_of_a_bullet_dates_a_figure_not_a_post()
    {
        string text = """
            EXPERIENCE
            Sales Associate / Team Lead
            North Shore Homes Realty, Duluth MN               Jan 2020 - present
            * Client retention and referral rate of 64% (repeat + referred clients / all
              clients, 2021-2025), tracked in our CRM.
            * Open houses every weekend with the whole team (all agents, 2022 - 2024 season).
            * Team lead (2021 - 2023): showing schedules for four agents.
            """;
        var layout = new ResumeLayout(text, new DateOnly(2026, 11, 1));
        Assert.That(layout.Roles.Select(r => text.Substring(r.Start, r.Length)), Is.EqualTo(new[] { "Jan 2020 - present", "2021 - 2023" }));
    }

    /// <summary>A license's validity in a bullet is no post (an independent review: a store manager's years became a counselor's).</summary>
    [TestCase("- Texas LPC #78901, active June 5, 2019 – June 30, 2027.")]
    [TestCase("- License issued 06/2019 – expires 06/2027 (LPC, Texas).")]
    public void A_license_s_validity_in_a_bullet_is_no_post(string bullet) =>
        Assert.That(LevelOf($"EXPERIENCE\nCounselor, Lone Star Counseling, Austin TX   August 2023 - present\n- Individual counseling for adults; caseload of 25.\n{bullet}\n\nStore Manager, H-E-B, Austin TX   2019 - July 2023\n- Store operations, 80 staff.\n").YearsOfExperience,
            Is.EqualTo(3.3));

    /// <summary>A post at one employer with a note before its dates ("Counsellor (since promotion in 2021, 2021 - present)") is still a post (an independent review).</summary>
    [TestCase("- Counsellor (since promotion in 2021, 2021 - present): short-term counselling for adults, caseload of 20.", "2021 - present")]
    [TestCase("- Acting Family Therapist (maternity cover, 2019 - 2022)", "2019 - 2022")]
    public void A_post_with_a_note_before_its_dates_is_still_a_post(string bullet, string dates)
    {
        string text = $"EXPERIENCE\nMind in Camden, London   2015 - present\n{bullet}\n- Wellbeing Administrator (2015 - 2018): reception, room bookings.\n";
        var layout = new ResumeLayout(text, new DateOnly(2026, 11, 1));
        Assert.That(layout.Roles.Select(r => text.Substring(r.Start, r.Length)), Does.Contain(dates));
    }

    /// <summary>
    /// A US whole date writes the day between the month and the year ("September 2, 2025 - present", "January 13, 2025 - August
    /// 15, 2025"): unread, the first range lost its month and began in January, and the second was no range at all, so a counselor
    /// associate's internship fell into his job's block (Fresh30, t12).
    /// </summary>
    [TestCase("September 2, 2025 - present", 2025 * 12 + 8, 2026 * 12 + 11)]
    [TestCase("January 13, 2025 - August 15, 2025", 2025 * 12 + 0, 2025 * 12 + 8)]
    [TestCase("Sept. 2nd, 2019 – March 31st, 2021", 2019 * 12 + 8, 2021 * 12 + 3)]
    [TestCase("May 5, 2018 to June 1, 2020", 2018 * 12 + 4, 2020 * 12 + 6)]
    // Without the comma, and the day before the month as British and Irish CVs write it (an independent review).
    [TestCase("March 14 2019 – August 31 2022", 2019 * 12 + 2, 2022 * 12 + 8)]
    [TestCase("March 14th 2019 – August 31st 2022", 2019 * 12 + 2, 2022 * 12 + 8)]
    [TestCase("14 March 2019 – 31 August 2022", 2019 * 12 + 2, 2022 * 12 + 8)]
    public void A_whole_date_with_the_day_after_the_month_keeps_its_month(string dates, int fromMonth, int toMonth)
    {
        var layout = new ResumeLayout($"EXPERIENCE\nMental Health Counselor Associate\nHarborline Behavioral Health\n{dates}\n- Outpatient caseload of 34 adults.\n", new DateOnly(2026, 11, 1));
        var role = layout.Roles.Single();
        Assert.That((role.FromMonth, role.ToMonth), Is.EqualTo((fromMonth, toMonth)));
        // A day before its month is left out of the range shown, as it always was.
        Assert.That(dates, Does.EndWith(layout.Text.Substring(role.Start, role.Length)));
    }

    /// <summary>
    /// School counselors date their posts by school year ("AY 2022-23 through AY 2024-25", "2025-26 to present", "AY 2021-22"
    /// alone): a school year runs from August to July. Unread, every range of such a resume was dropped (Fresh15, t02).
    /// </summary>
    [TestCase("AY 2022-23 through AY 2024-25", 2022 * 12 + 7, 2025 * 12 + 7)]
    [TestCase("AY 2025-26 to present", 2025 * 12 + 7, 2026 * 12 + 11)]
    [TestCase("AY 2021-22", 2021 * 12 + 7, 2022 * 12 + 7)]
    [TestCase("2019/20 - 2020/21", 2019 * 12 + 7, 2021 * 12 + 7)]
    [TestCase("1999-00 school year", 1999 * 12 + 7, 2000 * 12 + 7)]
    // The words come between the year and its range: read as one school year, a middle-school counselor of four years was a
    // junior of one (Fresh22, t02).
    [TestCase("2022-23 school year \u2013 present", 2022 * 12 + 7, 2026 * 12 + 11)]
    [TestCase("2019-20 academic year through 2021-22 academic year", 2019 * 12 + 7, 2022 * 12 + 7)]
    [TestCase("2022-23 school years \u2013 present", 2022 * 12 + 7, 2026 * 12 + 11)]
    [TestCase("2022-23 SY \u2013 present", 2022 * 12 + 7, 2026 * 12 + 11)]
    public void A_school_year_runs_from_August_to_July(string dates, int fromMonth, int toMonth)
    {
        var layout = new ResumeLayout($"EXPERIENCE\nProfessional School Counselor\nRidgeline Middle School\n{dates}\n- Individual counseling for grades 6-8.\n", new DateOnly(2026, 11, 1));
        var role = layout.Roles.Single();
        Assert.That((role.FromMonth, role.ToMonth), Is.EqualTo((fromMonth, toMonth)));
        Assert.That(dates, Does.StartWith(layout.Text.Substring(role.Start, role.Length)));
    }

    /// <summary>
    /// Only the next year after a dash is a school year's: a month or a whole date in numbers is no range. A school year alone
    /// dates a post only when it says so or stands as its line's date: a deployment's years are no post (Fresh10, t03).
    /// </summary>
    [TestCase("2019-05")]
    [TestCase("2011-12-01")]
    [TestCase("2019-21")]
    [TestCase("U.S. Army veteran (OIF 2007–08)")]
    [TestCase("- Led the crisis team; 41 screenings in AY 2025-26.")]
    [TestCase("- Ran groups during the 2023-24 school year.")]
    public void Numbers_after_a_year_that_are_no_school_year_make_no_role(string dates)
    {
        var layout = new ResumeLayout($"EXPERIENCE\nProfessional School Counselor\nRidgeline Middle School\n{dates}\n- Individual counseling for grades 6-8.\n", new DateOnly(2026, 11, 1));
        Assert.That(layout.Roles, Is.Empty);
    }

    [Test]
    public void A_school_counselor_dating_posts_by_school_year_has_those_years()
    {
        string text = """
            EXPERIENCE

            Professional School Counselor
            Brookhaven High School, Harlan County Public Schools
            AY 2025-26 to present
            - Individual counseling for grades 9-12; I build rapport first with students referred by teachers.
            - Member of the school crisis team; provide crisis intervention and suicide risk screening.

            Professional School Counselor
            Ridgeline Middle School, Harlan County Public Schools
            AY 2022-23 through AY 2024-25
            - Caseload of 420 students in grades 6-8; active listening with students new to the building.

            School Counseling Intern (600 hours)
            Westgate High School
            AY 2021-22
            - Individual and group counseling under a certified school counselor.

            Lifeguard and Swim Instructor
            Brookhaven Aquatic Center
            Summer 2018 - Summer 2020
            """;
        var score = Score(text, AsOf2026);
        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(4.3));
        Assert.That(score.Level.Level, Is.EqualTo("mid"));
        Assert.That(score.Matches.Select(m => m.Phrase), Does.Contain("crisis intervention"));
    }

    /// <summary>
    /// A police career before counseling: an officer's posts are another trade's, and dates inside a sergeant's bullets (a
    /// course he coordinated "2019 to 2024", on the line the bullet runs onto; "Peer support team member (officer wellness),
    /// 2018-2024") are his police work, not posts of their own. Read as posts of no trade, they gave a clinician in his first
    /// year 6.4 years and a senior's level (Fresh15, t12).
    /// </summary>
    [Test]
    public void Dated_bullets_of_a_police_career_are_police_work()
    {
        string text = """
            CLINICAL EXPERIENCE

            Mental Health Clinician (Co-Responder), Larimer Valley Behavioral Health
              embedded with the County Sheriff's Office                 Jul 2026 - present
            - Crisis intervention and brief counseling for clients met on calls.

            PRIOR CAREER

            Sergeant, Patrol Division, Fort Collins Police Services     2016 - Dec 2024
            - Supervised a squad of nine officers on night patrol.
            - Department coordinator for the 40-hour Crisis Intervention Team (CIT) training,
              2019 to 2024.
            - Peer support team member (officer wellness), 2018-2024.

            Police Officer, Fort Collins Police Services                2009 - 2016
            - Patrol officer; field training officer from 2013.
            """;
        var layout = new ResumeLayout(text, new DateOnly(2026, 11, 1));
        Assert.That(layout.Roles, Has.Count.EqualTo(5));
        Assert.That(layout.IsAnotherTrade, Is.EqualTo(new[] { false, true, true, true, true }));
        Assert.That(LevelOf(text).YearsOfExperience, Is.EqualTo(0.4));
    }

    /// <summary>
    /// A detective is a police post, and a dated bullet under a bullet that wraps ("- Completed the CIT course; used de-escalation"
    /// over "  on mental health calls ...") is still a bullet of the role above: the wrapped line is the end of a sentence, not
    /// the head of a new entry. Read as a title, its "mental health calls" made a field training officer's two years a
    /// counselor's post, and the officer's "18 years of patrol" a senior clinician's (Fresh22, t08).
    /// </summary>
    [Test]
    public void A_police_career_with_a_detective_post_and_a_wrapped_dated_bullet_is_no_counseling()
    {
        string text = """
            PROFILE
            Police sergeant with 17 years of patrol and investigations experience and a decade on the
            department's crisis negotiation team.

            LAW ENFORCEMENT EXPERIENCE

            Sergeant, Patrol Division                                  2019 - present
            - Supervise a second-shift patrol squad of eight officers.

            Detective, Major Crimes Unit                               2014 - 2019
            - Investigated robberies and assaults; interviewed reluctant witnesses.

            Patrol Officer                                             2009 - 2014
            - First response to emergency calls and traffic enforcement.
            - Completed the 40-hour CIT course in 2011; used de-escalation
              on mental health calls and arranged transport to crisis stabilization.
            - Field Training Officer, 2012-2014 (trained 9 recruits).
            """;
        var layout = new ResumeLayout(text, new DateOnly(2026, 11, 1));
        Assert.That(layout.Roles.Select(r => text.Substring(r.Start, r.Length)), Is.EqualTo(new[] { "2019 - present", "2014 - 2019", "2009 - 2014", "2012-2014" }));
        Assert.That(layout.IsAnotherTrade, Is.EqualTo(new[] { true, true, true, true }));
        Assert.That(LevelOf(text).YearsOfExperience, Is.Null);
    }

    /// <summary>
    /// A former counselor who now trains managers: a corporate trainer's post is another trade even where its sessions draw on
    /// clinical material. Read as counseling, it gave a counselor's career 11.6 years (Fresh22, t11). The line dating her
    /// counseling career ("COUNSELING CAREER (2009 – 2018)") stays a post: read as a group heading, it took real jobs with it
    /// wherever the posts below filled a job's years (sites under a contract clinician, a part-time practice beside a nurse's
    /// job: two reviews), and the rule was withdrawn. A range of years alone ("2009 – 2018") counts the difference of its years.
    /// </summary>
    [Test]
    public void A_corporate_trainer_post_adds_no_counseling_years()
    {
        string text = """
            EXPERIENCE

            Corporate Trainer / Facilitator                              Feb 2019 – Aug 2021
            Northgate Learning Partners, Boston, MA
            • Facilitated 200+ sessions on communication, conflict and resilience for clients.
            • Adapted a stress workshop from clinical material into a 90-minute corporate format.

            COUNSELING CAREER (2009 – 2018)

            Senior Clinician                                             2013 – 2018
            Riverbend Family Services, Fitchburg, MA
            • Carried an outpatient caseload of about 30 adults; built a strong therapeutic alliance.

            Mental Health Counselor                                      Sept 2009 – Dec 2012
            Oakfield Counseling Center, Leominster, MA
            • Individual and group counseling for adults and adolescents.
            """;
        var layout = new ResumeLayout(text, new DateOnly(2026, 11, 1));
        Assert.That(layout.Roles.Select(r => text.Substring(r.Start, r.Length)), Is.EqualTo(new[] { "Feb 2019 – Aug 2021", "2009 – 2018", "2013 – 2018", "Sept 2009 – Dec 2012" }));
        Assert.That(layout.IsAnotherTrade, Is.EqualTo(new[] { true, false, false, false }));
        Assert.That(LevelOf(text).YearsOfExperience, Is.EqualTo(9.0));
    }

    /// <summary>
    /// A hospice counselor's dates followed by her work ("2015 – 2019: caring for patients and families at the end of life") are
    /// a post: only a break in her own family ("to care for my father") is a break.
    /// </summary>
    [Test]
    public void Caring_for_clients_after_the_dates_is_no_break()
    {
        var layout = new ResumeLayout("EXPERIENCE\nHospice Bereavement Counselor, Valley Hospice\n2015 - 2019: caring for patients and families at the end of life.\n", new DateOnly(2026, 11, 1));
        Assert.That(layout.Roles.Select(r => layout.Text.Substring(r.Start, r.Length)), Is.EqualTo(new[] { "2015 - 2019" }));
    }

    /// <summary>
    /// A dash whose UTF-8 was read as Windows-1252 ("â€“", "â€”") joins a range as the dash itself does: text copied through an old
    /// tool comes so, and unread every post of a clinical social worker's two-column PDF was dropped (Fresh24, t02).
    /// </summary>
    [TestCase("Oct 2024 \u00E2\u20AC\u201C Present", 2024 * 12 + 9, 2026 * 12 + 11)]
    [TestCase("Aug 2022 \u00E2\u20AC\u201D Sep 2024", 2022 * 12 + 7, 2024 * 12 + 9)]
    public void A_misread_dash_joins_a_range(string dates, int fromMonth, int toMonth)
    {
        var layout = new ResumeLayout($"EXPERIENCE\nOutpatient Psychotherapist (LCSW)\nTidewater Counseling\n{dates}\n- Individual therapy for adults.\n", new DateOnly(2026, 11, 1));
        var role = layout.Roles.Single();
        Assert.That((role.FromMonth, role.ToMonth), Is.EqualTo((fromMonth, toMonth)));
    }

    /// <summary>A range its own line calls a break from work is no post: a career break's months are no years (Fresh13, t04).</summary>
    [TestCase("Career break 03/2020 - 12/2020 (caring for a parent)")]
    [TestCase("Parental leave, Jan 2019 - Sep 2019")]
    [TestCase("Sabbatical 2018 - 2019: travel and volunteering")]
    // Named after its dates, or in a sentence of the summary: read as posts, a counselor's two years caring for her father
    // counted twice over (Fresh23, t11).
    [TestCase("2017 - 2019: Family caregiver (full time). Kept license active with 36 CE hours.")]
    [TestCase("I took two years out (2017-2019) to care for my father and came back to practice part time.")]
    [TestCase("Jan 2020 – Dec 2020 — Career break (travel)")]
    // Its name, a dash, and what it was (Fresh31, t02).
    [TestCase("July 2017 - Aug 2019     Career break - full-time parent (twins)")]
    // Its name alone above or below dates alone, as a job's title stands (an independent review).
    [TestCase("\nCareer Break\nJanuary 2018 – February 2024\n- Cared for my mother full time after her stroke.")]
    [TestCase("\nJanuary 2018 – February 2024\nCareer break\n- Cared for my mother full time after her stroke.")]
    [TestCase("\r\nCareer Break\r\nJanuary 2018 – February 2024\r\n- Cared for my mother full time after her stroke.")]
    // A break named with a word before it, and the dated bullets inside it (Fresh28, t11: a bookkeeping job and a family's years
    // abroad inside a twelve-year family career break counted as posts, one of them as counseling by a conference's name).
    [TestCase("Family career break (01/2018 – 02/2024)\n•\tFull-time parent; family lived in Trondheim, Norway, 2018–2020\n\twhile my husband held a research post.\n•\tPart-time bookkeeper for a family landscaping business (2020–2023).\n•\tAttended two Oregon Counseling Association conferences; no clinical practice.")]
    [TestCase("Extended career break\t—\t01/2018 – 02/2024")]
    [TestCase("Planned family career break (01/2018 – 02/2024)\n• Full-time parent to twins.")]
    // A study dated in the break's own lines (Fresh32, t01).
    [TestCase("Career break                                        Aug 2018 – Feb 2024\nFull-time carer for a family member; completed MA in Integrative\nPsychotherapy (part-time, DCU, 2018–2020) during this period.")]
    public void A_break_from_work_is_no_post(string line)
    {
        var layout = new ResumeLayout($"EXPERIENCE\nStaff Therapist, Hope Center\n2014 - 2017\n- Individual therapy for adults.\n{line}\n", new DateOnly(2026, 11, 1));
        Assert.That(layout.Roles.Select(r => layout.Text.Substring(r.Start, r.Length)), Is.EqualTo(new[] { "2014 - 2017" }));
    }

    /// <summary>
    /// "(Social care, not counselling.)", a note of its own in a post not titled in the trade, says what the post was (Fresh32, t01);
    /// in a counsellor's post it is one duty's, and "(psychotherapy, not counselling)" names the trade (a second review).
    /// </summary>
    [TestCase("Residential Care Worker, Brothers of Charity Services, Galway   2010 – 2013\n- Key worker to four adults with intellectual disability. (Social\n  care, not counselling.)", 2.0)]
    [TestCase("Counsellor, Dublin Counselling Centre   2010 – 2013\nIndividual counselling for adults. Also covered the reception desk on Fridays. (Admin cover, not counselling.)", 5.0)]
    [TestCase("Psychotherapist, Harbour Clinic\n2010 – 2013 (psychotherapy, not counselling)\nLong-term psychodynamic psychotherapy with adults.", 5.0)]
    public void A_note_of_its_own_says_what_an_untitled_post_was(string earlier, double years) =>
        Assert.That(LevelOf($"EXPERIENCE\nCounsellor, Cork Counselling Service   01/2024 – 12/2025\n- Individual counselling for adults.\n\n{earlier}\n").YearsOfExperience,
            Is.EqualTo(years));

    /// <summary>A separate dated entry of the trade after a break's note is a post, not the break's (a second review).</summary>
    [Test]
    public void A_post_of_the_trade_dated_after_a_break_s_note_stays_a_post() =>
        Assert.That(LevelOf("EXPERIENCE\nJan 2025 – Present      Counsellor, Cork Counselling Service\n- Individual counselling for adults.\nAug 2016 – Dec 2024     Career break\nCaring for young children and an elderly parent.\n2017 – 2018             Psychotherapist (part-time), Harbour Clinic\n- Weekly psychotherapy with adult clients.\n").YearsOfExperience,
            Is.EqualTo(2.9));

    /// <summary>A post of the trade held during a break stays a post (an independent review: a private practice's four years were lost).</summary>
    [Test]
    public void A_post_of_the_trade_held_during_a_break_stays_a_post() =>
        Assert.That(LevelOf("EXPERIENCE\nFamily career break (09/2019 – 12/2024)\n• Full-time parent to twins.\n• Private practice counsellor, two evenings a week, 8 clients (2020–2024)\n\nCounsellor, Leeds Mind   01/2025 – present\n• Short-term counselling for adults; caseload of 18.\n").YearsOfExperience,
            Is.EqualTo(5.9));

    /// <summary>The work history of a probation officer turned counselor under a functional resume's tagged skills (Fresh14, t08).</summary>
    const string ProbationOfficerTurnedCounselor = """
        WORK HISTORY
        Clinical Mental Health Counselor Associate (LCMHCA)
          Piedmont Forensic Counseling, Greensboro, NC | March 2024 - present
          Individual and group counseling for adults referred by courts; caseload 24.
        Senior Probation Officer
          NC Division of Community Supervision, Guilford County | June 2014 - February 2024
        """;

    /// <summary>
    /// A functional resume tags each skill's bullet with the job it comes from ("[Probation, 2014-2024]") under "RELEVANT SKILLS
    /// AND ACCOMPLISHMENTS": read as dated roles, a probation officer's ten years were a counselor's (12.9 years, senior;
    /// Fresh14, t08). The heading is a skills heading, and a tagged bullet's sentence is the work it says.
    /// </summary>
    [Test]
    public void A_functional_resume_s_tagged_bullets_are_no_roles()
    {
        string text = """
            RELEVANT SKILLS AND ACCOMPLISHMENTS
            Engagement and relationship
              - [Counseling, 2024-present] Use motivational interviewing with mandated
                clients who arrive angry; 70% continue voluntarily after their required sessions.
              - [Probation, 2014-2024] Wrote pre-sentence risk assessments for the court.

            """ + "\n" + ProbationOfficerTurnedCounselor;
        var score = Score(text, AsOf2026);
        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(2.8));
        Assert.That(score.Matches.Single(m => m.Phrase == "motivational interviewing").Section, Is.EqualTo("experience"));
    }

    /// <summary>
    /// A bullet tagged with a job of another trade on the page ("[Probation, 2014-2024] Built rapport with probationers" over a
    /// work history with a "Senior Probation Officer") keeps its soft skills to that job, as the job's own bullets would (Fresh14,
    /// t08: two false friends). A bullet tagged with the trade keeps them.
    /// </summary>
    [Test]
    public void A_bullet_tagged_with_another_trade_s_job_keeps_its_soft_skills_to_it()
    {
        string text = """
            RELEVANT SKILLS AND ACCOMPLISHMENTS
              - [Counseling, 2024-present] Use motivational interviewing with mandated clients who arrive angry.
              - [Probation, 2014-2024] Built rapport with probationers and their families during home visits.

            """ + "\n" + ProbationOfficerTurnedCounselor;
        var phrases = Score(text, AsOf2026).Matches.Select(m => m.Phrase).ToList();
        Assert.That(phrases, Does.Contain("motivational interviewing"));
        Assert.That(phrases, Does.Not.Contain("rapport"));
    }

    /// <summary>
    /// A table extracted cell by cell: title, employer and place a line each, then the dates with their dash and end on lines
    /// of their own ("Dec 2025" / "–" / "Present"). Unread, no role had dates and a new associate had no years (Fresh16, t04);
    /// read with only two lines above the dates, the practicum's title was lost and it counted as work. An ABA behavior
    /// technician is another trade.
    /// </summary>
    [Test]
    public void A_table_extracted_cell_by_cell_keeps_its_roles()
    {
        string text = """
            Experience
            Role
            Organization
            Location
            Dates
            Associate Marriage and Family Therapist
            Delta Oaks Family Counseling Center
            Sacramento, CA
            Dec 2025
            –
            Present
            • Individual, couple and family therapy; caseload of 18.
            MFT Trainee (practicum)
            Riverbend University Community Clinic
            Sacramento, CA
            Sep 2024
            –
            Jun 2025
            • 10-month practicum; 312 direct client-contact hours with couples and families.
            Behavior Technician
            Little Steps ABA Services
            Elk Grove, CA
            Jun 2021
            –
            Aug 2024
            • In-home ABA sessions for children under a BCBA's treatment plans.
            """;
        var layout = new ResumeLayout(text, new DateOnly(2026, 11, 1));
        Assert.That(layout.Roles.Select(r => (r.FromMonth, r.ToMonth, r.IsPlacement)), Is.EqualTo(new[]
        {
            (2025 * 12 + 11, 2026 * 12 + 11, false), (2024 * 12 + 8, 2025 * 12 + 6, true), (2021 * 12 + 5, 2024 * 12 + 8, false),
        }));
        Assert.That(layout.IsAnotherTrade, Is.EqualTo(new[] { false, false, true }));
    }

    /// <summary>A dash on a line of its own joins dates only: a start date over a bullet is no range.</summary>
    [Test]
    public void A_date_over_a_bullet_is_no_range() =>
        Assert.That(new ResumeLayout("EXPERIENCE\nCounselor, Hope Center, 2019\n- 2021 caseload grew by 40%.\n", new DateOnly(2026, 11, 1)).Roles, Is.Empty);

    /// <summary>
    /// Months written as numbers after their years ("2021/07 – present", "2011-09 → present", Fresh17, t11 and t03) and a web
    /// form's "From:" over "To:" (Fresh17, t01), under ruled headings ("--- WORK HISTORY (most recent first) ---"): unread, a
    /// speech-language pathologist had no career to be another trade's, a recovery director no years, and a form's degrees were jobs.
    /// </summary>
    [TestCase("Speech-Language Pathologist II                2021/07 – present", 2021 * 12 + 6)]
    [TestCase("Behavioral Health Counselor                   2011-09 → present", 2011 * 12 + 8)]
    [TestCase("Job title: Mental Health Counselor\nFrom: 03/2019\nTo: Present", 2019 * 12 + 2)]
    // A form's "To:" left empty for the post held now (Fresh29, t11).
    [TestCase("Job Title: Wellbeing Practitioner\nI currently work here: Yes\nFrom: 03/2019\nTo:\nRole Description:", 2019 * 12 + 2)]
    public void Months_after_years_arrows_and_form_fields_are_dates(string entry, int fromMonth)
    {
        string text = $"--- EDUCATION ---\nFrom: 08/2012\nTo: 05/2014\n\n--- WORK HISTORY (most recent first) ---\n{entry}\n- Individual counseling for adults.\n";
        var layout = new ResumeLayout(text, new DateOnly(2026, 11, 1));
        Assert.That(layout.Roles.Select(r => (r.FromMonth, r.ToMonth)), Is.EqualTo(new[] { (fromMonth, 2026 * 12 + 11) }));
    }

    /// <summary>
    /// A Workday export's entry starts at its "Job Title:" field, over "Company:", "Location:" and "I currently work here:"; and an
    /// empty "To:" is today only where the form says the post is held now (an independent review: a store manager's post took the
    /// counselor's title below it, 3.3 years became 7.9).
    /// </summary>
    [TestCase("Yes", "", 3.3)]
    [TestCase("No", "", 3.3)]
    [TestCase("No", "04/2024", 3.3)]
    public void A_form_s_entry_starts_at_its_title_field(string current, string to, double years)
    {
        var estimate = LevelOf($"""
            WORK EXPERIENCE
            Job Title: Store Manager
            Company: Trader Joe's
            Location: Columbus, OH
            I currently work here: {current}
            From: 05/2022
            To: {to}
            Role Description: Run a store of 60 crew; hiring, scheduling, P&L.

            Job Title: Mental Health Counselor
            Company: Harbor Behavioral Health
            Location: Toledo, OH
            I currently work here: No
            From: 01/2019
            To: 04/2022
            Role Description: Outpatient counseling for adults; caseload of 30.
            """);
        Assert.That(estimate.YearsOfExperience, Is.EqualTo(years));
    }

    /// <summary>
    /// A full date in numbers ("2011-12-01") is read whole, its month with its day after it, not as a month after a year with a
    /// stray number: December 2011 to June 2015 (read since session 29; before, no post was read from it at all).
    /// </summary>
    [Test]
    public void A_full_numeric_date_is_read_whole()
    {
        var roles = new ResumeLayout("EXPERIENCE\nCounselor, Hope Center\n2011-12-01 to 2015-06-30\n", new DateOnly(2026, 11, 1)).Roles;
        Assert.That(roles, Has.Count.EqualTo(1));
        Assert.That(ExperienceReader.TotalYears(roles), Is.EqualTo(43 / 12.0).Within(0.001));
    }

    /// <summary>
    /// A range over lines whose dates start their entry (a heading, then "Dec 2025" / "–" / "Present" and the title under them):
    /// the title under the dates was read from the end of the dates' first line, past the range's end, and threw.
    /// </summary>
    [TestCase("EXPERIENCE\nDec 2025\n–\nPresent\nAssociate Marriage and Family Therapist\n- Family therapy.\n")]
    [TestCase("WORK HISTORY\nFrom: 03/2019\nTo: Present\nCounseling Intern\n- Group counseling.\n")]
    public void A_range_over_lines_that_starts_its_entry_is_read(string text)
    {
        var layout = new ResumeLayout(text, new DateOnly(2026, 11, 1));
        Assert.That(layout.Roles, Has.Count.EqualTo(1));
        Assert.DoesNotThrow(() => Score(text));
    }

    /// <summary>An arrow between years alone is a before-and-after figure in a bullet, no post (an independent review).</summary>
    [Test]
    public void An_arrow_between_years_alone_is_no_range() =>
        Assert.That(new ResumeLayout("EXPERIENCE\nCounselor, Hope Center\nMarch 2019 - Present\n- No-show rate 2021 → 2023: 30% → 12%\n- Group therapy.\n",
            new DateOnly(2026, 11, 1)).Roles, Has.Count.EqualTo(1));

    /// <summary>
    /// An application form's fields a line each, its dates labelled ("From: 08/2001    To: 05/2004"): the title three fields up is
    /// the role's. Read two lines up, an employer's "Southwest Counseling Center" was the title, its "Southwest" another subject,
    /// and a clinical counselor's three years another trade's (Fresh19, t07).
    /// </summary>
    [Test]
    public void A_form_s_job_title_three_fields_above_its_labelled_dates_titles_the_role()
    {
        string text = """
            ---- Work Experience 1 ----
            Job Title: Staff Therapist
            Company: Northside Family Service Agency
            Location: Chicago, IL
            From: 06/2004    To: Current
            Description:
            Outpatient therapy for adults and families; caseload 30-35.

            ---- Work Experience 2 ----
            Job Title: Clinical Counselor
            Company: Southwest Counseling Center
            Location: Chicago, IL
            From: 08/2001    To: 05/2004
            Description:
            Counseling for runaway and homeless youth; crisis intervention on overnight on-call rotation.
            """;
        var layout = new ResumeLayout(text, AsOf2026.AsOf!.Value);
        Assert.That(layout.Roles, Has.Count.EqualTo(2));
        Assert.That(layout.IsAnotherTrade, Is.All.False);
        Assert.That(LevelOf(text).YearsOfExperience, Is.EqualTo(25.3));
    }

    /// <summary>A new graduate's "PAID EXPERIENCE" and "OTHER WORK" head jobs, not the education above them (Fresh19, t04).</summary>
    [TestCase("PAID EXPERIENCE")]
    [TestCase("OTHER WORK")]
    [TestCase("Supervised Clinical Training")]
    public void More_headings_of_work(string heading)
    {
        string text = $"""
            EDUCATION
            M.A., Clinical Mental Health Counseling, Cascadia Pacific University, 05/2021

            {heading}
            Associate Counselor, Rosewood Counseling Group, Portland, OR       07/2021 – present
            - Individual therapy for adults with anxiety and depression.
            """;
        Assert.That(LevelOf(text).YearsOfExperience, Is.EqualTo(5.4));
    }

    /// <summary>
    /// Another trade's job says nothing of how far the writer is in this one: an enrollment advisor's "active listening" and a
    /// store manager's training of staff are no counselor's level signals (Fresh21, t02). The counseling job's own signals stay.
    /// </summary>
    [Test]
    public void Another_trade_s_job_gives_no_level_signals()
    {
        const string text = """
            EXPERIENCE
            Clinical Therapist, Saguaro Ridge Behavioral Health        September 2022 - Present
            - Individual therapy for adults; mentor two new therapists.

            Enrollment Advisor, Desert Willow University Online        June 2019 - August 2022
            - Used active listening to match prospective students to programs.
            - Trained new staff on the enrollment system.
            """;
        var reasons = LevelOf(text).Evidence.Select(e => (e.Text, e.Reason)).ToList();
        Assert.That(reasons, Has.Some.Matches<(string Text, string Reason)>(e => e.Text == "mentor"));
        Assert.That(reasons, Has.None.Matches<(string Text, string Reason)>(e => e.Text is "active listening" or "Used active listening" or "Trained"));
    }
}
