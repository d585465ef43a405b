using static HiringKit.Scoring.Tests.Resumes;

namespace HiringKit.Scoring.Tests;

/// <summary>
/// Trades that look like counseling from a distance: a physical or massage therapist, a chaplain or youth pastor, a nurse,
/// a coach, a camp counselor, a soldier. They share the vocabulary ("therapist", "therapeutic alliance", "rapport",
/// "clinical supervision"), so the third blind set (Fresh3) read four of them as counselors and counted a veteran's army
/// years as counseling years. Their titles name their trade; the tests are written by hand, not copied from that set.
/// </summary>
public sealed class LookAlikeTradeTests
{
    internal static readonly ScoreOptions AsOf2026 = new(AsOf: new DateOnly(2026, 11, 1));

    /// <summary>Contact lines and an education entry: enough words to judge, no dated role, no phrase of the term.</summary>
    internal const string Header = """
        Jamie Morgan
        Springfield, IL | jamie.morgan@example.com | (555) 201-3344

        EDUCATION
        Bachelor of Science, Springfield State University, 2008

        Interests: hiking, community gardens, choir, volunteering with local food banks and neighbourhood youth leagues on
        weekends throughout the year, and cooking for friends.

        """;

    internal static IEnumerable<Match> Evidence(ResumeScore score) =>
        score.Matches.Where(m => m.Assertion is Assertions.Asserted or Assertions.Hedged);

    /// <summary>A counselor for five years and a quarter (Aug 2021 to November 2026), after eight years in another trade.</summary>
    static string CounselorAfter(string title) => Header + $"""
        EXPERIENCE
        Mental Health Counselor — Hope Center
        Aug 2021 – Present
        - Individual therapy for adults; the therapeutic alliance comes first, and I built rapport with reluctant clients.

        {title}
        2008 – 2016
        - Built rapport with patients, families and local leaders; active listening and empathy at every visit.
        - Referred people to mental health and substance abuse services when they asked for help.
        """;

    [TestCase("Platoon Sergeant, U.S. Army — Fort Bragg, NC")]
    [TestCase("Camp Counselor — YMCA Camp Willson")]
    [TestCase("Physical Therapist — Mile High Orthopedic Rehab")]
    [TestCase("Occupational Therapist — Lakeside Rehabilitation Hospital")]
    [TestCase("Speech-Language Pathologist — Riverside Schools")]
    [TestCase("Respiratory Therapist — St. Mary's Hospital")]
    [TestCase("Licensed Massage Therapist (LMBT) — Laurel Ridge Spa")]
    [TestCase("Staff Chaplain — Cumberland Medical Center")]
    [TestCase("Youth Pastor — Grace Fellowship Church")]
    [TestCase("Registered Nurse, Cardiac Step-Down Unit — Lakeshore Medical Center")]
    [TestCase("Athletic Trainer — Central High School")]
    [TestCase("Medical Interpreter, Portuguese — Cambridge Health")]
    [TestCase("Eligibility Caseworker (SNAP / TANF) — Department of Human Services")]
    [TestCase("Life Coach — Bloom Forward Coaching")]
    [TestCase("Financial Planner — Harbor Wealth Partners")]
    [TestCase("Financial Advisor, Private Client Group — First Midwest Bank")]
    [TestCase("Relationship Manager, Wealth Management — First Midwest Bank")]
    [TestCase("Investor Relations Associate — Harbor Capital Partners")]
    [TestCase("Public Relations Coordinator — Brightline Communications")]
    [TestCase("Certified Financial Therapist — Harbor Wealth Partners")]
    [TestCase("Research Assistant, Relationships Lab — Department of Psychology, State University")]
    [TestCase("Clinical Research Coordinator — Mood Disorders Research Program")]
    [TestCase("Family Mediator — Common Ground Mediation Services")]
    [TestCase("Program Coordinator — Eastside Community Mediation Center")]
    [TestCase("Labor Arbitrator — Midwest Arbitration Panel")]
    [TestCase("University Ombudsperson — State University")]
    [TestCase("Travel Counselor — Meridian Journeys")]
    [TestCase("Hair Loss Therapist — Crown Trichology Studio")]
    [TestCase("Tenant Counselor, Metro Housing Rights Counseling Service")]
    [TestCase("Middle School Science Teacher — Oak Ridge Public Schools")]
    [TestCase("Adjunct Lecturer, Department of Psychology — Lakeview Community College")]
    [TestCase("Associate Professor of Sociology — Prairie State University")]
    [TestCase("Pilates Instructor & Studio Faculty — CoreWorks Boulder")]
    // "Clinician" is every clinical trade's word: beside another clinical trade's name it is that trade's clinician.
    [TestCase("Graduate Student Clinician — State University Speech and Hearing Clinic")]
    [TestCase("Nurse Clinician, Cardiac Step-Down Unit — Lakeshore Medical Center")]
    [TestCase("Clinician — Front Range Physical Therapy")]
    // Biopharma partnering: an alliance manager's "therapeutic alliance" is a co-development deal, his "alliance repair" a
    // dispute over a milestone payment (Fresh11's look-alike; these titles are written by hand).
    [TestCase("Senior Alliance Manager, Neuroscience — Corvane Therapeutics")]
    [TestCase("Director, Alliance Management — Halvorsen Pharma")]
    [TestCase("Alliance Manager, CNS Partnerships — Brightwater Bio")]
    // The horse trade at a therapeutic riding center: its trust building is with green horses, its bond a rider's with a horse.
    [TestCase("Therapy Horse Trainer — Sweetwater Therapeutic Riding Center")]
    [TestCase("Equine Specialist — Red Mesa Equine-Assisted Learning Center")]
    [TestCase("Barn Manager & Riding Instructor — Sweetwater Therapeutic Riding Center")]
    // Food service and hospitality: a coffee shop's shift supervisor "remembered regulars' orders" (Fresh18, t09).
    [TestCase("Shift Supervisor | Java Junction Coffee | Davis, CA")]
    [TestCase("Barista — Blue Door Cafe")]
    [TestCase("Server and Bartender — Harbor Grill Restaurant")]
    [TestCase("Food Service Worker — Lakeside School District")]
    // A Dutch occupational therapist, and a probation officer whose caseload is a mental health court's (Fresh28, t02 and t09).
    [TestCase("Ergotherapeut / Occupational Therapist — Revalidatiecentrum Wadden-Oost")]
    [TestCase("Ergotherapeut (invalkracht / locum) — Zorggroep Hunzedal")]
    [TestCase("Adult Probation Officer III (Mental Health Court Caseload) — Saguaro County")]
    // A pub's bar manager (Fresh26, t01).
    [TestCase("Bar Manager — The Weir Inn, Carrick-on-Suir")]
    [TestCase("Publican — The Harbour Bar, Dingle")]
    // Humanitarian coalitions and policy: "a working alliance of 23 NGOs", "trust building" with ministries (Fresh19, t11).
    [TestCase("Coalition Coordinator — Sahel-Horn Humanitarian Access Alliance, Geneva")]
    [TestCase("Policy and Advocacy Officer — Nordlicht Aid International, Nairobi")]
    public void A_counselor_s_earlier_role_in_a_look_alike_trade_is_neither_evidence_nor_counseling_years(string title)
    {
        string text = CounselorAfter(title);
        var score = Score(text, AsOf2026);
        int earlier = text.IndexOf(title, StringComparison.Ordinal);

        Assert.That(Evidence(score).Where(m => m.Start > earlier).Select(m => m.Phrase), Is.Empty,
            "that trade's rapport, listening and empathy are its own, with its patients, campers or soldiers");
        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(5.3),
            "its years are that trade's, whatever its bullets say of mental health services it referred people to");
        Assert.That(score.Level.Level, Is.EqualTo(Levels.Senior));
    }

    [TestCase("Military Family Life Counselor — Fort Bragg, NC")]
    [TestCase("Behavioral Health Specialist (68X), U.S. Army")]
    [TestCase("Pastoral Counselor — Grace Fellowship Church")]
    [TestCase("Mental Health Counselor — Navy Fleet and Family Support Center")]
    [TestCase("Peer Recovery Coach — Second Chance Recovery Community")]
    [TestCase("Psychiatric Mental Health Nurse Practitioner — Bayview Hospital")]
    [TestCase("Clinical Intern — Eastern Health")]
    [TestCase("Family Therapist and Mediator — Harbor Family Services")]
    [TestCase("Assistant Professor, Counselor Education — Prairie State University")]
    [TestCase("Field Instructor (LCSW), School of Social Work — Prairie State University")]
    // Equine-assisted psychotherapy delivered by a licensed counselor is the trade; the horse is the setting.
    [TestCase("Equine-Assisted Psychotherapist (LPC) — Sweetwater Therapeutic Riding Center")]
    [TestCase("Licensed Professional Counselor, Equine-Assisted Therapy — Red Mesa Ranch")]
    [TestCase("Mental Health Counselor, Equine Program — Sweetwater Therapeutic Riding Center")]
    // A counselor at an employer named for an alliance, or one titled to manage a program, is still a counselor.
    [TestCase("Clinical Therapist — Kestrel Health Alliance")]
    [TestCase("Program Manager (LPC), Behavioral Health Alliance — Corvane Health")]
    // A therapist, a behavioral health technician, a recovery coach or a crisis line specialist who also interprets keeps the
    // trade (an independent review of a rule that made interpreting a business title, withdrawn).
    [TestCase("Bilingual Therapist and Interpreter — Hope Clinic")]
    [TestCase("Behavioral Health Technician / Spanish Interpreter — Hope Hospital")]
    [TestCase("Recovery Coach & Interpreter — Second Chance Recovery Community")]
    [TestCase("Crisis Line Specialist (Bilingual / Spanish Interpreter) — 988 Lifeline Center")]
    [TestCase("Behavioral Health Interpreter and Group Co-Facilitator — Hope Hospital")]
    [TestCase("Mental Health Associate & Interpreter, Inpatient Unit — Hope Hospital")]
    // An interpreter serving a team who holds the trade's license or title elsewhere in the title (a review of the team rule).
    [TestCase("Bilingual Interpreter, Counseling Clinic, LMHC")]
    [TestCase("Spanish Interpreter – Behavioral Health Team (LCMHCA)")]
    [TestCase("Interpreter | Counseling Clinic | Licensed Associate Counselor")]
    public void A_title_that_names_the_trade_beside_a_look_alike_stays_in_the_trade(string title)
    {
        string text = Header + $"""
            EXPERIENCE
            {title}
            2016 – Present
            - Built rapport with clients new to treatment; active listening and empathy in every session.
            """;
        var score = Score(text, AsOf2026);

        Assert.That(Evidence(score).Select(m => m.Phrase), Is.SupersetOf(new[] { "rapport", "active listening", "empathy" }));
        Assert.That(score.Level.YearsOfExperience, Is.Not.Null.And.GreaterThan(0));
        Assert.That(score.Level.Level, Is.Not.Null, "an army counselor, a pastoral counselor and an intern are in the trade");
    }

    /// <summary>
    /// Other trades name their own advisers counselors and therapists, qualified by their subject: the clients of a credit,
    /// travel or lactation counselor, a hair-loss therapist or a pet behavior counselor are borrowers, travellers, nursing
    /// mothers, salon guests and pet owners, with whom they build rapport and set goals as a counselor does. No list of such
    /// subjects can be closed (each blind set has brought new ones), so a title whose counseling word is qualified by a word
    /// that is not the trade's is read by what the role's own text is about; a referral to mental health services is not the
    /// work itself. The subjects here are invented, none from a blind set.
    /// </summary>
    [TestCase("Travel Counselor — Meridian Journeys")]
    [TestCase("Mortgage Counselor II — Lakeside Home Lending")]
    [TestCase("Lactation Counselor — Bayside Birth Center")]
    [TestCase("Senior Stylist & Hair Loss Therapist — Crown Trichology Studio")]
    [TestCase("Owner & Feline Behavior Counselor — Whisker Works")]
    [TestCase("Tenant Counselor, Metro Housing Rights Counseling Service")]
    // A post "of" or "for" counseling says nothing of whose counseling: the employer's subject decides.
    [TestCase("Director of Counseling, ClearPoint Credit Counseling Solutions")]
    [TestCase("Director for Counseling Services, ClearPoint Credit Counseling Solutions")]
    // A practice's name or a post joined by "and" says nothing of the title beside it, and names no trade on its own (a review).
    [TestCase("Credit Counselor, Brightpath Counseling")]
    [TestCase("Credit Counselor and Therapist")]
    [TestCase("Financial Coach and Counselor")]
    [TestCase("Coordinator, Fertility Counseling")]
    public void A_counseling_title_qualified_by_another_trade_s_subject_is_that_trade_s(string title)
    {
        string text = Header + $"""
            EXPERIENCE
            {title}
            2014 – Present
            - Built rapport with clients in every consultation session; active listening and empathy with each of them.
            - Used collaborative goal setting and motivational interviewing so clients follow through on the plan we agree.
            - Referred clients in distress to mental health services and kept notes for every session.
            """;
        var score = Score(text, AsOf2026);

        Assert.That(Evidence(score).Select(m => m.Phrase), Is.Empty, "that trade's clients, sessions and goals are its own");
        Assert.That(score.Band, Is.EqualTo(Bands.None));
        Assert.That(score.Level.Level, Is.Null, "twelve years in that trade are not a senior counselor's");
        Assert.That(score.Level.YearsOfExperience, Is.Null);
    }

    /// <summary>
    /// Some of the trade's qualifiers are other trades' too, after their own subject: a heart clinic's rehabilitation
    /// therapist and a college's overseas student counselor advise patients and students, not clients. The qualifier is read
    /// with the word before it, so the subject decides; a rank or another of the trade's qualifiers before it keeps the title
    /// the trade's (below). The titles are invented, none from a blind set.
    /// </summary>
    [TestCase("Stroke Rehabilitation Therapist — Lakeside General Hospital")]
    [TestCase("Cardiac Rehabilitation Therapist (per diem) — Heartland Medical Center")]
    [TestCase("Overseas Student Counselor — Maple Ridge College")]
    [TestCase("Exchange Student Counselor, Global Learning Office")]
    public void A_shared_qualifier_of_the_trade_after_another_trade_s_subject_is_that_trade_s(string title)
    {
        string text = Header + $"""
            EXPERIENCE
            {title}
            2014 – Present
            - Built rapport with clients in every consultation session; active listening and empathy with each of them.
            - Owned client engagement from the first visit to the last, and kept notes for every session.
            """;
        var score = Score(text, AsOf2026);

        Assert.That(Evidence(score).Select(m => m.Phrase), Is.Empty, "that trade's patients and students are its own");
        Assert.That(score.Level.Level, Is.Null, "twelve years in that trade are not a senior counselor's");
        Assert.That(score.Level.YearsOfExperience, Is.Null);
    }

    /// <summary>
    /// A juvenile hall's or a jail's counselor is often its custody staff: headcounts, searches and restraints, with rapport
    /// and de-escalation as any officer's. Custodial settings are not the trade's own qualifiers (a correctional or forensic
    /// counselor's are): such a title is the trade's only when the role's text shows mental-health work (above).
    /// </summary>
    [TestCase("Juvenile Detention Counselor, Fresno County Juvenile Hall")]
    [TestCase("Detention Counselor II — Harris County Youth Village")]
    [TestCase("Jail Counselor — Metro County Jail")]
    public void A_custodial_counselor_whose_role_is_custody_is_not_the_trade_s(string title)
    {
        string text = Header + $"""
            EXPERIENCE
            {title}
            2014 – Present
            - Supervise 20 detained residents on a living unit: headcounts, room searches, movement and incident reports.
            - Built rapport with residents and de-escalated fights with active listening; restrained residents per policy when required.
            """;
        var score = Score(text, AsOf2026);

        Assert.That(Evidence(score).Select(m => m.Phrase), Is.Empty, "custody's rapport and de-escalation are its own");
        Assert.That(score.Level.Level, Is.Null);
        Assert.That(score.Level.YearsOfExperience, Is.Null);
    }

    /// <summary>
    /// One mention of mental health does not make another trade's role about it: a lactation counselor screens mothers for
    /// postpartum depression, a benefits counselor files PTSD claims, a nutrition counselor works beside a clinic's LCSW.
    /// </summary>
    [TestCase("Lactation Counselor — Bayside Birth Center", "- Screened new mothers for postpartum depression at every home visit.")]
    [TestCase("Veterans Benefits Counselor — County Veterans Office", "- Helped 300 veterans file disability claims for PTSD and hearing loss.")]
    [TestCase("Nutrition Counselor — Fresh Start Wellness", "- Worked beside the clinic's LCSW on shared cases.")]
    public void One_mention_of_mental_health_does_not_make_another_trade_s_counselor_the_trade_s(string title, string bullet)
    {
        string text = Header + $"""
            EXPERIENCE
            {title}
            2014 – Present
            {bullet}
            - Built rapport with clients in every appointment; active listening and empathy with each of them.
            """;
        var score = Score(text, AsOf2026);

        Assert.That(Evidence(score).Select(m => m.Phrase), Is.Empty);
        Assert.That(score.Level.Level, Is.Null);
    }

    /// <summary>A resume of one role since 2016, titled so, with the bullet given and one of soft skills with clients.</summary>
    static ResumeScore ScoreOfOneRole(string title, string bullet) => Score(Header + $"""
        EXPERIENCE
        {title}
        2016 – Present
        {bullet}
        - Built rapport with clients new to treatment; active listening and empathy in every session.
        """, AsOf2026);

    /// <summary>
    /// The same kind of title, when the role's text is about mental-health work, is the trade's: its subject is new to the
    /// scorer, not to the trade. So is a title whose only counseling word is its employer's, after a place's name.
    /// </summary>
    [TestCase("Wilderness Therapist — Summit Trails Program", "- Led daily group therapy in the field for adolescents with depression and school refusal.")]
    [TestCase("Equine Therapist — Green Pastures Ranch", "- Equine-assisted psychotherapy for veterans with PTSD, with a horse professional beside me.")]
    [TestCase("Perinatal Counselor — Bloom Women's Center", "- Counseling for mothers with postpartum depression; safety plans for those at risk of suicide.")]
    [TestCase("Gender Identity Therapist — Open Door Clinic", "- Weekly individual therapy for transgender young adults, many with depression after coming out.")]
    [TestCase("Clinical Supervisor — Harbor Light Counseling Center", "- Supervise six LPC candidates and review their treatment plans for clients with mood disorders.")]
    [TestCase("Juvenile Detention Counselor — Harris County Youth Village", "- Individual and group therapy for detained youth with trauma and depression; suicide risk screening at intake.")]
    [TestCase("Jail Counselor — Metro County Jail", "- Group therapy for inmates with substance use disorders and depression; suicide risk screening at booking.")]
    [TestCase("Clinician, Military Sexual Trauma Program — VA Medical Center", "- Trauma-focused psychotherapy for veterans with PTSD after military sexual trauma.")]
    // An independent review of the Fresh11 fixes: behavioral health's case managers are named by their program, and a horse
    // named in the employer is a setting, not a post.
    // A private practice named for the trade ("Brightpath Counseling", "... Counseling LLC") is where the work is, not a subject
    // qualifying it; and a post joined by "and" ("Owner and Therapist") leaves the therapist unqualified. Both read as another
    // trade's adviser scored a practice owner 0 (found after the session-13 reviews).
    [TestCase("Clinical Director, Brightpath Counseling", "- Supervise six counselors and review their treatment plans.")]
    [TestCase("Clinical Supervisor, Lakeside Counseling", "- Weekly supervision for four LPC associates.")]
    [TestCase("Owner and Therapist, Brightpath Counseling LLC", "- Private practice for adults and couples.")]
    [TestCase("Targeted Case Manager — Riverbend Community Services Board", "- Case management for 28 adults with SMI; linked them to housing and benefits.")]
    [TestCase("Intensive Case Manager - ACT Team", "- Weekly home visits for adults with serious mental illness.")]
    [TestCase("QMHP Case Manager — Blue Ridge CSB", "- Coordinated psychiatric appointments and housing.")]
    [TestCase("Therapist — Horses for Heroes Equine Therapy Center", "- Equine-assisted psychotherapy for veterans with PTSD.")]
    public void A_counseling_title_with_a_subject_new_to_the_scorer_stays_in_the_trade_when_the_role_shows_the_work(string title, string bullet)
    {
        var score = ScoreOfOneRole(title, bullet);

        Assert.That(Evidence(score).Select(m => m.Phrase), Is.SupersetOf(new[] { "rapport", "active listening", "empathy" }));
        Assert.That(score.Level.Level, Is.EqualTo(Levels.Senior));
    }

    /// <summary>
    /// A clinician is another trade's only when that trade's word qualifies the clinician ("Nurse Clinician", a student
    /// clinician at a speech and hearing clinic) or the role shows none of the trade's work: counselors are titled Clinician at
    /// nursing homes, visiting nurse associations, army wellness centers and speech and hearing centers' deaf services, and
    /// their counseling, therapy, psychotherapy, sessions with clients and the term itself are the trade's work. From the
    /// independent review of session 13; the bullets are written for these tests.
    /// </summary>
    [TestCase("Clinician — Lakeshore Nursing & Rehabilitation Center",
        "- Individual and group counseling for residents adjusting to long-term care; built a therapeutic alliance with each resident.")]
    [TestCase("Clinician — Lakeshore Nursing & Rehabilitation Center", "- Individual psychotherapy for residents adjusting to long-term care.")]
    [TestCase("Outpatient Clinician — Visiting Nurse Association", "- Outpatient counseling for homebound adults and their caregivers.")]
    [TestCase("Bilingual Clinician (certified Spanish interpreter)", "- Therapy in Spanish and English for immigrant families.")]
    [TestCase("Clinician II, School-Based Services (teacher consultation)", "- Weekly sessions with clients referred by their schools; family therapy as needed.")]
    [TestCase("Clinician — Army Wellness Center", "- Brief counseling for soldiers and spouses under stress.")]
    [TestCase("Clinician — Hospital Nursing Department, Inpatient Psychiatry", "- Counseling on the unit, and a therapeutic alliance with each patient.")]
    [TestCase("Clinician, Deaf Services Program — Lakeside Speech & Hearing Center",
        "- Counseling in ASL for deaf adults with depression and trauma histories.")]
    public void A_clinician_doing_the_trade_s_work_beside_another_trade_s_name_stays_in_the_trade(string title, string bullet)
    {
        var score = ScoreOfOneRole(title, bullet);

        Assert.That(Evidence(score).Select(m => m.Phrase), Is.SupersetOf(new[] { "rapport", "active listening", "empathy" }));
        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(10.9));
        Assert.That(score.Level.Level, Is.EqualTo(Levels.Senior));
    }

    /// <summary>
    /// A clinician qualified by another trade's word, or beside that trade's name in a role whose text shows none of the trade's
    /// work, is still that trade's: a speech-language clinician's voice therapy and a visiting nurse's wound care are theirs.
    /// </summary>
    [TestCase("Speech-Language Clinician — Riverside Schools", "- Voice and fluency therapy for students; speech therapy sessions twice a week.")]
    [TestCase("Nurse Clinician — Visiting Nurse Association", "- Home visits for wound care and medication teaching; counseled patients on their diet.")]
    [TestCase("Clinician — Visiting Nurse Association", "- Home visits for wound care, infusions and medication teaching.")]
    [TestCase("Clinician — Lakeshore Nursing & Rehabilitation Center", "- Physical therapy and occupational therapy evaluations for residents after hip surgery.")]
    public void A_clinician_of_another_trade_is_that_trade_s(string title, string bullet)
    {
        string text = Header + $"""
            EXPERIENCE
            {title}
            2016 – Present
            {bullet}
            - Built rapport with patients and families; active listening and empathy at every visit.
            """;
        var score = Score(text, AsOf2026);

        Assert.That(Evidence(score).Select(m => m.Phrase), Is.Empty, "that trade's rapport, listening and empathy are its own");
        Assert.That(score.Level.Level, Is.Null);
        Assert.That(score.Level.YearsOfExperience, Is.Null);
    }

    /// <summary>
    /// A counseling title alone, or qualified by the trade's own words (its setting, population, method, license or rank),
    /// names the trade whatever its bullets say: a genuine counselor's thin role must not need the words of mental health.
    /// </summary>
    [TestCase("Counselor — Valley Support Services")]
    [TestCase("Therapist II — Lakeside Clinic")]
    [TestCase("Clinician — Harbor Youth Services")]
    [TestCase("Senior Counsellor — Northgate Wellbeing")]
    [TestCase("Readjustment Counselor — Vet Center")]
    [TestCase("Pastoral Counselor — Grace Fellowship Church")]
    [TestCase("Guidance Counselor — Westfield High School")]
    [TestCase("Art Therapist — Open Studio Project")]
    [TestCase("Drug and Alcohol Counselor — Second Wind House")]
    [TestCase("Licensed Marriage and Family Therapist — Harbor Family Services")]
    [TestCase("Child and Adolescent Therapist — Kids First")]
    [TestCase("In-Home Therapist — Family Preservation Services")]
    [TestCase("Crisis Counselor — Mobile Response Team")]
    [TestCase("Career Counselor — State University")]
    [TestCase("Residential Counselor (part-time) — Seven Oaks")]
    [TestCase("Outpatient Therapist, then Team Leader — Pathways")]
    [TestCase("Intake Counselor — Riverbend Treatment Center")]
    [TestCase("Milieu Therapist — Cedar House Adolescent Unit")]
    [TestCase("DBT Therapist — Bridgeway Clinic")]
    [TestCase("SUD Counselor — New Leaf Recovery")]
    [TestCase("Hospice Counselor — Evening Star Hospice")]
    [TestCase("DV Counselor/Advocate — Safe Harbor Shelter")]
    [TestCase("Vocational Rehabilitation Counselor — State Office of Rehabilitation Services")]
    [TestCase("Psychiatric Rehabilitation Counselor — Harbor Clubhouse")]
    [TestCase("Rehabilitation Counselor — Pathways to Work")]
    // Community mental health is the trade's first public setting, and "community counseling" a degree's name.
    [TestCase("Community Counselor — Northside Outreach Partners")]
    [TestCase("Community-Based Therapist — Lakeview Youth Programs")]
    [TestCase("Clinical Supervisor, Youth & Family Services — Eastgate Community Counseling Center")]
    // Prisons, jails and re-entry programmes are settings of the trade: their counselors run its groups and carry its caseloads.
    [TestCase("Correctional Counselor — Pine Ridge Correctional Facility")]
    [TestCase("Corrections Counselor II — State Department of Corrections")]
    [TestCase("Forensic Counselor — County Jail Diversion Program")]
    [TestCase("Reentry Counselor — Second Start Program")]
    // A degree as the grade of the post is the trade's rank: a graduate working toward licensure, a master's-level clinician.
    [TestCase("Post-Master's Therapist — Lakeside Clinic")]
    [TestCase("Post-Masters Counselor — Harbor Youth Services")]
    [TestCase("Master's-level Therapist — Riverbend Wellness")]
    [TestCase("Masters Level Counselor — Bright Path Services")]
    [TestCase("MSW-Level Therapist — Northgate Family Services")]
    // "of" and "for" join a post to its subject and qualify nothing: the counseling word stands alone.
    [TestCase("Director of Counseling Services — Lakeside College")]
    [TestCase("Coordinator for Counseling and Wellness — Westbrook Academy")]
    public void A_counseling_title_alone_or_qualified_by_the_trade_stays_in_it_whatever_its_bullets_say(string title)
    {
        string text = Header + $"""
            EXPERIENCE
            {title}
            2016 – Present
            - Built rapport with clients new to the service; active listening and empathy in every session.
            """;
        var score = Score(text, AsOf2026);

        Assert.That(Evidence(score).Select(m => m.Phrase), Is.SupersetOf(new[] { "rapport", "active listening", "empathy" }));
        Assert.That(score.Level.Level, Is.EqualTo(Levels.Senior));
    }

    /// <summary>
    /// A title without a counseling word over its employer's line ("Clinical Supervisor, Youth & Family Services" at a community
    /// counseling center) is read with that line: the employer's counseling word, after the trade's setting, names the trade,
    /// so the supervisor's own phrases and years count though her bullets never name mental health.
    /// </summary>
    [Test]
    public void A_supervisor_at_a_community_counseling_center_is_in_the_trade()
    {
        string text = Header + """
            EXPERIENCE
            Clinical Supervisor, Youth & Family Services          March 2018 - Present
            Eastgate Community Counseling Center, Toledo, OH
            - Weekly clinical supervision for seven therapists carrying school-based caseloads.
            - Taught the team rupture and repair with caregivers; chair the cultural humility committee.

            Family Therapist                                      June 2014 - February 2018
            Eastgate Community Counseling Center, Toledo, OH
            - Family therapy in homes and schools; built rapport with reluctant caregivers.
            """;
        var score = Score(text, AsOf2026);

        Assert.That(Evidence(score).Select(m => m.Phrase), Is.SupersetOf(new[] { "clinical supervision", "rupture and repair", "cultural humility" }));
        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(12.4).Within(0.1), "from June 2014, the supervision years included");
        Assert.That(score.Level.Level, Is.EqualTo(Levels.Senior));
    }

    /// <summary>
    /// A prison officer turned counselor: the counselor's years start with the correctional counselor's post (dates in
    /// brackets after each title), whose bullets speak of programmes and case plans more than of mental health, and the
    /// officer's years stay out.
    /// </summary>
    [Test]
    public void A_correctional_counselor_s_years_are_the_trade_s_and_the_officer_s_are_not()
    {
        string text = Header + """
            EXPERIENCE
            Forensic Mental Health Counselor (Feb 2024 - present)
            State Correctional Institution at Greene
            - Caseload of 70 men on the mental health roster; individual sessions and weekly groups.

            Correctional Counselor (Apr 2021 - Jan 2024)
            State Correctional Institution at Greene
            - Unit counselor for a 200-bed housing unit: case plans, program referrals and parole packets.
            - Built rapport with men new to the unit by following up on every request within two days.

            Correctional Officer (May 2015 - Mar 2021)
            State Correctional Institution at Greene
            - Count, movement, searches and incident reports.
            """;
        var score = Score(text, AsOf2026);

        Assert.That(Evidence(score).Select(m => m.Phrase), Does.Contain("rapport"));
        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(5.7).Within(0.1), "from April 2021, not May 2015");
        Assert.That(score.Level.Level, Is.EqualTo(Levels.Senior));
    }

    [TestCase("Senior Physical Therapist — Front Range Physical Therapy", "Staff Physical Therapist — Mile High Rehab")]
    [TestCase("Massage Therapist, Oncology Massage — Blue Ridge Clinic", "Licensed Massage and Bodywork Therapist — Laurel Spa")]
    [TestCase("Staff Chaplain — Cumberland Medical Center", "Youth Pastor — Grace Fellowship Church")]
    [TestCase("Charge Nurse — Lakeshore Medical Center", "Staff RN, Medical-Surgical Unit — St. Casimir Hospital")]
    [TestCase("Founder & Lead Coach — Bloom Forward Coaching", "Mindset Coach (contract) — The Confidence Collective")]
    [TestCase("Principal Mediator — Harbor Mediation Group", "Staff Mediator — Community Dispute Resolution Center")]
    [TestCase("Senior Alliance Manager, Neuroscience — Corvane Therapeutics", "Alliance Manager, CNS & Pain — Halvorsen Pharma")]
    [TestCase("Equine Program Manager & Therapy Horse Trainer — Sweetwater Riding Center", "Assistant Horse Trainer — Cross Timbers Performance Horses")]
    public void A_resume_in_a_look_alike_trade_is_that_trade_s_whatever_words_of_the_alliance_it_uses(string title, string earlierTitle)
    {
        string text = Header + $"""
            EXPERIENCE
            {title}
            2019 – Present
            - Strengthened the therapeutic alliance with chronic pain patients by setting goals together.
            - Built rapport with patients and families; treatment planning with each of them.

            {earlierTitle}
            2012 – 2019
            - Built a therapeutic relationship with regular clients recovering from cancer treatment.
            - Referred people to a licensed therapist when a pastoral counseling relationship went beyond what I could offer.
            """;
        var score = Score(text, AsOf2026);

        Assert.That(Evidence(score).Select(m => m.Phrase), Is.Empty, "their alliance is with back-pain patients, spa guests and congregants");
        Assert.That(score.Band, Is.EqualTo(Bands.None));
        Assert.That(score.Level.Level, Is.Null, "no level in a trade the interview guides are not written for");
    }

    /// <summary>
    /// An alliance with a company is a deal, but a counselor names companies too: her employer, or the employee assistance
    /// programme her clients come through. Her "therapeutic alliance with clients" beside a company's name is still hers.
    /// </summary>
    [TestCase("- Built a strong therapeutic alliance with clients referred by Kestrel Bio's employee assistance program.")]
    [TestCase("- Therapeutic alliance with clients at Corvane Therapeutics Inc. and Halvorsen Pharma, as their EAP counselor.")]
    [TestCase("- Kept a working alliance with clients of the Meridian Biosciences EAP; alliance repair after ruptures.")]
    public void A_counselor_s_alliance_with_clients_beside_a_company_s_name_is_kept(string bullet)
    {
        string text = Header + $"""
            EXPERIENCE
            Licensed Professional Counselor — Harbor EAP Partners
            2019 – Present
            {bullet}
            """;
        var score = Score(text, AsOf2026);

        Assert.That(Evidence(score).Where(m => m.Kind != "related").Select(m => m.Phrase), Is.Not.Empty, "her alliance is with her clients");
        Assert.That(score.Band, Is.Not.EqualTo(Bands.None));
        Assert.That(score.Level.Level, Is.Not.Null);
    }

    /// <summary>
    /// A speech-language pathologist's career is that trade's from its training on: the graduate clinician's placement in a
    /// speech and hearing clinic, and the courses its license asks for ("Counseling in Communication Disorders: a client-centered
    /// approach", a supervision course), however near to counseling their words are.
    /// </summary>
    [Test]
    public void A_speech_language_pathologist_s_training_and_courses_are_that_trade_s()
    {
        string text = Header + """
            EXPERIENCE
            Speech-Language Pathologist — Riverside Schools
            2019 – Present
            - Built rapport with students who stutter; treatment planning with their families.

            Graduate Student Clinician                         2017 - 2019
            State University Speech and Hearing Clinic
            - 400 clinical clock hours across pediatric, adult neurogenic and voice placements.

            CONTINUING EDUCATION
            - Counseling in Communication Disorders: a client-centered approach, 2020
            - Clinical supervision course (2 hours), 2021
            """;
        var score = Score(text, AsOf2026);

        Assert.That(Evidence(score).Select(m => m.Phrase), Is.Empty, "the clinic and the courses are the speech-language pathologist's");
        Assert.That(score.Band, Is.EqualTo(Bands.None));
        Assert.That(score.Level.Level, Is.Null, "her placement is no counselor's first year");
    }

    /// <summary>
    /// When every role is another trade's, the summary speaks of that career too: a mediator's "neutral working alliance with
    /// both parties", a physical therapist's "therapeutic alliance with every patient". Over a counselor's role it is the
    /// counselor's own claim, and a career changer's hope for the trade still says what the resume lacks.
    /// </summary>
    [TestCase("Family mediator for ten years; my work rests on a neutral working alliance and reflective listening with both parties.",
        "Principal Mediator — Harbor Mediation Group")]
    [TestCase("Physical therapist who builds a strong therapeutic alliance and rapport with every patient.",
        "Senior Physical Therapist — Front Range Physical Therapy")]
    public void The_summary_of_a_career_in_a_look_alike_trade_is_that_trade_s(string summary, string title)
    {
        string Resume(string role) => Header + $"""
            PROFILE
            {summary}
            Hoping to build a therapeutic alliance as a counselor one day.

            EXPERIENCE
            {role}
            2016 – Present
            - Ran intake meetings and kept every session on schedule.
            """;
        var score = Score(Resume(title), AsOf2026);
        var counselor = Score(Resume("Mental Health Counselor — Hope Center"), AsOf2026);

        Assert.That(Evidence(score).Select(m => m.Phrase), Is.Empty, "the summary tells of the mediation or physical therapy");
        Assert.That(score.Band, Is.EqualTo(Bands.None));
        Assert.That(score.Matches.Select(m => m.Assertion), Has.Some.EqualTo(Assertions.Aspirational));
        Assert.That(Evidence(counselor).Select(m => m.Section), Has.Some.EqualTo(Sections.Summary));
    }

    /// <summary>
    /// When every role is another trade's, a poster, paper or thesis that names that trade is its scholarship: a genetic counselor's
    /// "working alliance in telehealth genetic counseling sessions", a physical therapist's "therapeutic alliance in physical therapy".
    /// A career changer's own research in counseling names counseling, or no trade, and stays; so does a counselor's, whatever it names.
    /// </summary>
    [TestCase("Certified Genetic Counselor — North Star Health", "- Pre- and post-test counseling on hereditary cancer panels.",
        "Poster, 2023: \"Measuring the working alliance in\n  telehealth genetic counseling sessions: a feasibility study\"", false)]
    // In capitals the second line starts no lowercase word, which a clause takes for a new sentence: the lines decide, whatever their case.
    [TestCase("Certified Genetic Counselor — North Star Health", "- Pre- and post-test counseling on hereditary cancer panels.",
        "POSTER, 2023: \"MEASURING THE WORKING ALLIANCE IN\n  TELEHEALTH GENETIC COUNSELING SESSIONS\"", false)]
    [TestCase("Senior Physical Therapist — Front Range Physical Therapy", "- Outpatient caseload of knees, hips and shoulders.",
        "Lane, P. (2022). The therapeutic alliance in physical therapy for knee pain: a pilot.", false)]
    [TestCase("Middle School Science Teacher — Oak Ridge Public Schools", "- Taught science to 150 seventh graders a year.",
        "Thesis (M.A. Counseling): The working alliance in school counseling with adolescents who refuse school.", true)]
    [TestCase("Middle School Science Teacher — Oak Ridge Public Schools", "- Taught science to 150 seventh graders a year.",
        "Lane, P. (2024). Measuring the working alliance with adolescents: a pilot.", true)]
    [TestCase("Mental Health Counselor — Hope Center", "- Individual therapy for adults with depression.",
        "Poster, 2023: \"Measuring the working alliance in telehealth genetic counseling sessions\"", true)]
    public void Another_career_s_scholarship_that_names_its_trade_is_that_trade_s(string title, string bullet, string work, bool kept)
    {
        string text = Header + $"""
            EXPERIENCE
            {title}
            2016 – Present
            {bullet}

            PUBLICATIONS AND PRESENTATIONS
            {work}
            """;
        var score = Score(text, AsOf2026);

        var phrases = Evidence(score).Where(m => m.Start > text.IndexOf("PUBLICATIONS", StringComparison.Ordinal)).Select(m => m.Phrase);
        if (kept) Assert.That(phrases, Is.Not.Empty);
        else Assert.That(phrases, Is.Empty);
    }

    /// <summary>
    /// A line joins the line above or below only where a sentence wraps onto it: a bullet or an entry with a year starts a line
    /// of its own. A nurse turned counselor's capstone sits above her nursing degree, a teacher turned counselor's practicum
    /// bullet above one that names the teachers; neither names another trade, so each keeps its phrases (review finding 6:
    /// both were dropped, 15 weak -> 10 none and 6 -> 0).
    /// </summary>
    [TestCase("Registered Nurse — Miami Valley Hospital", "- Med-surg nursing on a 30-bed unit.", "EDUCATION",
        "M.A. Clinical Mental Health Counseling, Wright State University (2025)\n- Capstone: rapport and the working alliance in teletherapy\nB.S. Nursing, University of Dayton, 2011")]
    [TestCase("High School English Teacher — Oak Ridge Public Schools", "- Taught English to 140 juniors a year.", "EDUCATION",
        "- Built a working alliance with students referred for attendance and anxiety\n- Consulted with teachers and parents on classroom supports")]
    public void A_line_joins_its_neighbour_only_where_a_sentence_wraps(string title, string bullet, string heading, string lines)
    {
        string text = Header + $"""
            EXPERIENCE
            {title}
            2011 – Present
            {bullet}

            {heading}
            {lines}
            """;
        var score = Score(text, AsOf2026);

        var phrases = Evidence(score).Where(m => m.Start > text.LastIndexOf(heading, StringComparison.Ordinal)).Select(m => m.Phrase);
        Assert.That(phrases, Does.Contain("working alliance"));
    }

    /// <summary>
    /// Writing about the alliance is not practising it: a content writer at a teletherapy company publishes articles on the
    /// therapeutic alliance, a journalist interviews counselors about empathy. The role is the writing trade's, its subject the trade.
    /// </summary>
    [TestCase("Senior Content Writer, Therapy Blog — Harborlight Health")]
    [TestCase("Health Journalist — The Morning Ledger")]
    [TestCase("Managing Editor — Mindful Living Magazine")]
    [TestCase("Content Strategist — Serene Teletherapy")]
    [TestCase("Freelance Copywriting — Wellness Brands")]
    // Designing a chatbot's conversations (Fresh31, t10).
    [TestCase("Senior Conversation Designer — Lumen Health GmbH (CBT-based self-help app)")]
    // A teletherapy company's operations (Fresh32, t04).
    [TestCase("Senior Content Operations Specialist — Kindred Minds Health (teletherapy app)")]
    [TestCase("Provider Onboarding Coordinator — Kindred Minds Health")]
    // The same companies' network posts and a chatbot's designer by another name (a review's misses, session 22).
    [TestCase("Provider Network Coordinator — Kindred Minds Health")]
    [TestCase("Conversational AI Designer — Lumen Health GmbH")]
    public void Writing_about_the_alliance_is_another_trade(string title)
    {
        string text = Header + $"""
            EXPERIENCE
            {title}
            2019 – Present
            - Published 30 articles on the therapeutic alliance and rapport building for readers choosing a therapist.
            - Interviewed licensed counselors about empathy and active listening, and turned their answers into guides.
            """;
        var score = Score(text, AsOf2026);

        Assert.That(Evidence(score).Select(m => m.Phrase), Is.Empty, "the writer's subject, not the writer's work");
        Assert.That(score.Level.Level, Is.Null);
        Assert.That(score.Level.YearsOfExperience, Is.Null);
    }

    [TestCase("Founder & Lead Coach — Bloom Forward Coaching", "Territory Sales Representative — Apex Orthopedic Solutions")]
    [TestCase("Assistant Store Manager — Bath & Body Works", "Sales Associate (part-time) — Target")]
    [TestCase("Spa Wellness Lead / Senior Massage Therapist — Laurel Ridge Resort", "Massage Therapist — Massage Envy")]
    public void A_keyword_list_over_a_career_in_other_trades_gets_no_level(string title, string earlierTitle)
    {
        // The list puts the term's words on the page, but no job behind it is counseling: the years are another trade's.
        string text = Header + $"""
            CORE SKILLS
            Therapeutic Alliance · Working Alliance · Therapeutic Relationship · Rapport Building · Active Listening
            Empathy · Client-Centered · Collaborative Goal Setting · Motivational Interviewing · Crisis Intervention

            EXPERIENCE
            {title}
            2019 – Present
            - Grew the business to a loyal following; trained and supervised a team of eight.

            {earlierTitle}
            2012 – 2019
            - Top performer three years running; mentored new hires.
            """;
        var score = Score(text, AsOf2026);

        Assert.That(score.Level.Level, Is.Null, "seven years of coaching, retail or massage are not a senior counselor's");
        Assert.That(score.Band, Is.Not.EqualTo(Bands.None), "the list still says something, as any keyword block does");
    }
    /// <summary>
    /// HR's posts, a workplace's wellbeing programme among them, are another trade: an employee wellbeing coordinator who
    /// booked the EAP's counselors after an accident ("the counseling was done by the EAP") was read as counseling work, and
    /// a skills matrix of the term's phrases over an HR career got a mid counselor's level (Fresh12, t08).
    /// </summary>
    [TestCase("Employee Wellbeing Coordinator", "HR Assistant")]
    [TestCase("Workplace Wellness Manager", "HR Coordinator")]
    [TestCase("People & Culture Specialist", "HR Specialist")]
    // UK posts, from an independent review of 2.9.0's first form.
    [TestCase("Staff Wellbeing Officer", "HR Assistant")]
    [TestCase("Health & Wellbeing Manager", "HR Assistant")]
    [TestCase("Benefits and Wellbeing Specialist", "HR Assistant")]
    public void A_keyword_matrix_over_hr_posts_gets_no_level(string title, string earlierTitle)
    {
        string text = Header + $"""
            CORE CLINICAL COMPETENCIES
            Therapeutic Alliance · Working Alliance · Therapeutic Bond · Rapport Building · Active Listening · Crisis Intervention

            EXPERIENCE
            {title}, Carolina Freightways Logistics
            May 2022 – Present
            - Manage the Employee Assistance Program vendor relationship; utilization rose from 3.1% to 6.4%.
            - Coordinated critical-incident response after a warehouse accident: booked the EAP's on-site counselors and
              arranged space (the counseling was done by the EAP).

            {earlierTitle}, Queen City Staffing Solutions
            Jun 2017 – Apr 2022
            - Background checks, I-9 audits, new-hire paperwork and benefits enrollment support.
            """;
        var score = Score(text, AsOf2026);
        Assert.That(new ResumeLayout(text, AsOf2026.AsOf!.Value).IsAnotherTrade, Is.EqualTo(new[] { true, true }));
        Assert.That(score.Level.Level, Is.Null);
    }

    /// <summary>The qualifier an EAP's counselors brought is read with the word before it, as "student" is; a funeral home's family service counselor sells plots.</summary>
    [TestCase("Financial Assistance Counselor, Mercy Hospital")]
    [TestCase("Financial Counselor, Mercy Hospital")]
    [TestCase("Family Service Counselor (Pre-Need), Oak Hill Funeral Home")]
    public void A_hospital_s_financial_counselor_stays_another_trade_s(string title)
    {
        string text = Header + $"""
            EXPERIENCE
            {title}
            2019 – Present
            - Met families to explain costs and payment plans; set up contracts and explained bills and options.
            """;
        Assert.That(new ResumeLayout(text, AsOf2026.AsOf!.Value).IsAnotherTrade, Is.EqualTo(new[] { true }));
    }

    /// <summary>
    /// Cabin crew and a clinic's front office are other trades (Fresh13, t07 and t08): a flight attendant's rapport is with
    /// passengers and her "in-flight crisis intervention" first aid, and a patient access representative schedules the therapy
    /// her bullets name. Their years are no counselor's.
    /// </summary>
    [TestCase("Cabin Service Manager, Southern Cross Skyways", "Built rapport with passengers and crew on long sectors; managed in-flight crisis intervention for medical events.")]
    [TestCase("Flight Attendant, Southern Cross Skyways", "Peer support listener for crew after on-board incidents; rapport with passengers on long sectors.")]
    [TestCase("Patient Access Representative, Lakeside Health Partners", "Scheduled appointments and verified insurance for an outpatient psychiatry and therapy clinic.")]
    // Fresh14's look-alikes.
    [TestCase("Pharmacy Technician, Fairway Pharmacy", "Made treatment adherence calls for refill patients; built rapport with patients at the counter.")]
    [TestCase("Senior Probation Officer, Division of Community Supervision", "Used motivational interviewing in office contacts with probationers; built rapport with their families.")]
    [TestCase("Community Association Manager, Keystone Residential", "Led trust building with homeowners' association boards; active listening at every annual meeting.")]
    [TestCase("Senior UX Researcher, Tidewell Health", "Known for rapport with participants in sensitive studies; ran empathy mapping workshops.")]
    // A teletherapy app's member support answers tickets about the therapy, and hands a member on when "the therapeutic
    // relationship isn't working"; it gives none (Fresh24, t12).
    // An interpreter's post followed by the behavioral health team it serves is an interpreter's (Fresh25, t09).
    [TestCase("Medical Interpreter II – Behavioral Health Team", "Interpret for crisis intervention assessments; help preserve the therapeutic alliance between clinician and patient.")]
    [TestCase("ASL Interpreter, Mental Health Services", "Interpret therapy sessions for Deaf clients.")]
    [TestCase("Senior Member Support Specialist, Talkspace (teletherapy app), Remote", "Answered members' tickets about billing and provider matching.")]
    [TestCase("Senior Member Support Specialist, MindHarbor", "Handle rematch requests, helping members switch providers when the therapeutic relationship isn't working for them.")]
    public void Cabin_crew_and_a_clinic_s_front_office_are_other_trades(string title, string bullet)
    {
        string text = Header + $"""
            SKILLS
            Therapeutic Alliance · Working Alliance · Empathy · Active Listening

            EXPERIENCE
            {title}
            2019 – Present
            - {bullet}
            """;
        var score = Score(text, AsOf2026);
        Assert.That(new ResumeLayout(text, AsOf2026.AsOf!.Value).IsAnotherTrade, Is.EqualTo(new[] { true }));
        Assert.That(score.Level.YearsOfExperience, Is.Null);
        Assert.That(Evidence(score).Where(m => m.Section == "experience"), Is.Empty);
    }

    /// <summary>
    /// Member support in a behavioral health plan, a crisis line, an EAP or a peer's post, or one whose lines show its own
    /// clinical work, is no support desk (an independent review of the desk rule, Fresh24's t12).
    /// </summary>
    [TestCase("Peer Support Specialist, Member Support Team — Second Chance Recovery Community", "Built rapport with members new to recovery.")]
    [TestCase("Behavioral Health Member Support Specialist — Carelon Health", "Answered members' calls about their therapy benefits.")]
    [TestCase("Crisis Line Member Support Specialist — 988 Lifeline Center", "Answered members' calls in distress.")]
    [TestCase("EAP Member Support Consultant — Harbor Health", "Answered members' calls about their benefits.")]
    [TestCase("Clinical Care Manager, Member Support – Behavioral Health", "Answered members' calls about their benefits.")]
    [TestCase("Member Support Specialist — Harbor Health", "Brief therapy sessions and suicide risk assessments for members by phone.")]
    [TestCase("Spanish Interpreter, Counseling Services", "Carry a caseload of 28 adults for individual counseling; write treatment plans.")]
    [TestCase("Member Support Specialist — Lifeline Partners", "Answered 988 calls; risk screening and safety plans with callers in crisis.")]
    [TestCase("Member Support Specialist — Harbor Clubhouse", "Psychiatric rehabilitation with adults living with serious mental illness.")]
    [TestCase("Member Support Specialist, Dialectical Behavior Therapy Program, Seattle Children's Hospital", "Phone coaching in DBT skills between weekly sessions.")]
    [TestCase("Member Support Specialist, SEIU Local 73 Member Assistance Services", "Short-term supportive sessions for members referred by stewards.")]
    public void A_member_support_post_in_the_trade_s_settings_is_not_a_support_desk(string title, string bullet)
    {
        string text = Header + $"""
            EXPERIENCE
            {title}
            2019 – Present
            - {bullet}
            """;
        Assert.That(new ResumeLayout(text, AsOf2026.AsOf!.Value).IsAnotherTrade, Is.EqualTo(new[] { false }));
    }

    /// <summary>
    /// A genetic counselor's title holds a counseling title, and was taken for a sign of the trade on the page: her skills'
    /// "active listening" then stood as a counselor's (Fresh13, t09). A title inside another trade's role is that trade's.
    /// </summary>
    [Test]
    public void A_title_inside_another_trade_s_role_does_not_put_the_trade_on_the_page()
    {
        string text = Header + """
            EXPERIENCE
            Genetic Counselor, Hereditary Cancer Program, Willamette Health
            04/2022 - Present
            - Pre- and post-test genetic counseling for hereditary cancer syndromes; pedigree analysis and result disclosure.

            SKILLS
            Active listening, risk communication and decision support
            """;
        Assert.That(Evidence(Score(text, AsOf2026)), Is.Empty);
        // Nor does that career's own poster on the therapeutic relationship, read before the page is judged.
        string withPoster = text + """

            PRESENTATIONS
            Morgan, J. (2023). Holding the therapeutic relationship in post-test genetic counseling. Poster, annual conference.
            """;
        Assert.That(Evidence(Score(withPoster, AsOf2026)), Is.Empty);
    }

    /// <summary>An employee wellbeing service's counselor is still a counselor: only a counseling title keeps a business post in the trade.</summary>
    [TestCase("Employee Wellbeing Counsellor — Lothian Council Staff Support")]
    [TestCase("Workplace Wellness Therapist, LPC — Apex Corp")]
    public void A_counselor_in_a_workplace_wellbeing_service_is_the_trade_s(string title)
    {
        string text = Header + $"""
            EXPERIENCE
            {title}
            2019 – Present
            - Short-term counseling for staff with anxiety and low mood; the working alliance is reviewed at every session.
            """;
        Assert.That(new ResumeLayout(text, AsOf2026.AsOf!.Value).IsAnotherTrade, Is.EqualTo(new[] { false }));
    }

    /// <summary>
    /// "Psychosocial" qualifies the trade's own posts (a refugee program's psychosocial counselor, the humanitarian field's
    /// mental health and psychosocial support): read as another trade's subject, as "Credit" is, a refugee counselor whose
    /// bullets spoke of trust, crisis and the therapeutic relationship but never said "mental health" twice lost every
    /// phrase and year of the role (Fresh11, t03).
    /// </summary>
    [TestCase("Psychosocial Counselor")]
    [TestCase("Psycho-social Counsellor")]
    public void A_psychosocial_counselor_is_the_trade_s(string title)
    {
        string text = Header + $"""
            EXPERIENCE
            {title}, Harbor Light Refugee Program
            Sep 2021 – Present
            - Individual and group counseling for adults who survived detention; sessions with trained interpreters.
            - Trust building comes first, and I hold the therapeutic relationship in three-way sessions.
            """;
        Assert.That(new ResumeLayout(text, AsOf2026.AsOf!.Value).IsAnotherTrade, Is.EqualTo(new[] { false }));
        Assert.That(Evidence(Score(text, AsOf2026)).Select(m => m.Phrase), Does.Contain("therapeutic relationship"));
    }
    /// <summary>
    /// The counselling schools and the disorders the trade treats qualify its own posts ("Humanistic Counsellor", "Eating Disorder
    /// Therapist"), and how a post is engaged ("Sessional", "Locum") is passed over to the word before it. A Singapore "Sessional
    /// Counsellor" was read as another trade's adviser (Fresh27, t03); alone, such a word is still an unknown subject (below).
    /// </summary>
    [TestCase("Humanistic Counsellor")]
    [TestCase("Systemic Therapist")]
    [TestCase("Eating Disorder Therapist")]
    [TestCase("Sessional Mental Health Counsellor")]
    [TestCase("Locum Family Therapist")]
    public void A_counsellor_named_by_a_school_or_a_disorder_of_the_trade_is_the_trade_s(string title)
    {
        string text = Header + $"""
            EXPERIENCE
            08/2020 – 12/2023   {title}
                                Student Wellness Office, Pasir Ris Institute of Technology
              • Brief counselling for polytechnic students with exam stress; built rapport with students referred by lecturers.
              • Collected client feedback after every session.
            """;
        Assert.That(new ResumeLayout(text, AsOf2026.AsOf!.Value).IsAnotherTrade, Is.EqualTo(new[] { false }));
        Assert.That(Evidence(Score(text, AsOf2026)).Select(m => m.Phrase), Does.Contain("client feedback"));
    }

    /// <summary>
    /// How a post is engaged says nothing of whose counseling it is: a home-health physical therapist is a "Visiting Therapist",
    /// a debt charity's adviser a "Qualified Counsellor", and disorders other trades treat ("Sleep Disorders Therapist") are
    /// theirs (an independent review of these as qualifiers of the trade, withdrawn).
    /// </summary>
    [TestCase("Visiting Therapist", "Home visits after hip and knee replacement: gait training, therapeutic exercise and fall-prevention plans.")]
    [TestCase("Qualified Counsellor", "Debt advice by phone: budgets, creditor negotiation and debt relief orders for 30 clients a week.")]
    [TestCase("Sleep Disorders Therapist", "Overnight polysomnography, CPAP titration and patient education on sleep hygiene.")]
    public void An_engaged_or_other_disorders_title_alone_is_another_trade_s(string title, string bullet)
    {
        string text = Header + $"""
            EXPERIENCE
            03/2018 – present   {title}
                                Northgate Services
              • {bullet}
              • Built rapport with clients and families.
            """;
        Assert.That(new ResumeLayout(text, AsOf2026.AsOf!.Value).IsAnotherTrade, Is.EqualTo(new[] { true }));
    }

    /// <summary>
    /// A case manager qualified by the trade's subjects or whose text shows mental-health work stays the trade's, as a
    /// counselor does: only another subject with thin bullets ("Resettlement Case Manager": housing, benefits) is another trade's.
    /// </summary>
    [TestCase("Case Manager")]
    [TestCase("Behavioral Health Case Manager")]
    [TestCase("Intensive Case Manager")]
    public void A_case_manager_in_mental_health_work_is_the_trade_s(string title)
    {
        string text = Header + $"""
            EXPERIENCE
            {title}, Riverside Community Services
            Sep 2021 – Present
            - Caseload of 30 adults with serious mental illness; coordinated psychiatric care and housing after hospital stays.
            - Built rapport with clients and families; weekly check-ins on depression and medication.
            """;
        Assert.That(new ResumeLayout(text, AsOf2026.AsOf!.Value).IsAnotherTrade, Is.EqualTo(new[] { false }));
    }

    /// <summary>
    /// A section flattened onto one line: the title is the sentence the dates close, not the paragraph, whose later sentences
    /// name the people the work was about. Read whole, "Ran a 14-therapist interview study" made a UX researcher a therapist
    /// (55, moderate, five false friends; Fresh14, t06). Prose whose dates start the sentence is read as before.
    /// </summary>
    [Test]
    public void A_flattened_section_s_title_is_the_sentence_its_dates_close()
    {
        string text = "Noor Haddad\nSeattle, WA | noor@fieldnotes.example\n\nEXPERIENCE: Senior UX Researcher, Tidewell Health (digital mental health app), Seattle, WA, March 2022 - present. "
            + "Ran a 14-therapist interview study on how clinicians experience the therapeutic alliance over video, which reshaped our "
            + "session-notes features. Built a participant protocol for members in distress: active listening, pausing the script, "
            + "and a warm handoff to the on-call clinician. Introduced trust building with participants through paid pre-study calls. "
            + "UX Researcher, Ledgerlight (consumer fintech), Remote, June 2019 - February 2022. Ran discovery research for "
            + "debt-repayment features with 200+ participants; designed a card-sorting study that simplified the budgeting navigation "
            + "and presented quarterly to the executive staff, who used it to plan the next year's roadmap across three product teams.\n";
        var layout = new ResumeLayout(text, new DateOnly(2026, 11, 1));
        Assert.That(layout.IsAnotherTrade, Is.EqualTo(new[] { true, true }));
        Assert.That(Score(text).Matches.Where(m => m.Kind == "related"), Is.Empty);
    }

    /// <summary>
    /// A resume pasted into an email starts every line with "> ": the quote mark before a title is no bullet. Read as one,
    /// "> Pharmacy Technician" was a dated bullet of the counselor's role above it, and a pharmacy's "treatment adherence
    /// calls for refill patients" a counselor's work (Fresh14, t07).
    /// </summary>
    [Test]
    public void A_quoted_email_s_quote_marks_are_no_bullets()
    {
        string text = """
            > EXPERIENCE
            >
            > Behavioral Health Counselor
            > Brookline Recovery Center, Janesville, WI
            > August 2022 - March 2024
            > - Individual and group counseling for adults in outpatient recovery.
            > - Supported treatment adherence for clients starting buprenorphine.
            >
            > Pharmacy Technician
            > Fairway Pharmacy, Janesville, WI
            > May 2018 - July 2022
            > - Filled 300+ prescriptions per shift; prior authorizations.
            > - Made treatment adherence calls for refill patients on statins.
            """;
        var layout = new ResumeLayout(text, new DateOnly(2026, 11, 1));
        Assert.That(layout.IsAnotherTrade, Is.EqualTo(new[] { false, true }));
        Assert.That(Score(text).Matches.Count(m => m.Phrase == "treatment adherence"), Is.EqualTo(1));
    }

    /// <summary>
    /// Fresh17's look-alikes: a registered veterinary nurse's behaviour clinic ("RVN", a license), a kennel, a health insurer's
    /// customer care and a behavioral health unit's admissions office are other trades.
    /// </summary>
    [TestCase("Senior RVN & Behaviour Clinic Lead, Dalesbridge Veterinary Hospital")]
    [TestCase("Kennel Assistant, Nidd Valley Boarding")]
    [TestCase("Customer Care Specialist, Buckeye Benefit Mutual (health insurance)")]
    [TestCase("Admissions Coordinator, Behavioral Health Unit")]
    // A college's enrollment office sells its programmes (Fresh21, t02).
    [TestCase("Desert Willow University Online\nEnrollment Advisor")]
    [TestCase("Admissions Representative, Lakeshore Career College")]
    // Labor relations (Fresh20, t10): "a durable working alliance with unions", rapport with stewards, trust building after a plant
    // consolidation are management's side of bargaining.
    [TestCase("Senior Labor Relations Specialist")]
    [TestCase("Labour Relations Officer, Province of Manitoba")]
    [TestCase("Industrial Relations Manager, Tasman Steel")]
    [TestCase("Director of Labor Relations, Great Lakes Foundry")]
    // A plant's and a school's administrators keep "a working alliance with unions" (two reviews' cases).
    [TestCase("Plant Manager, Great Lakes Glass")]
    [TestCase("Assistant Principal, Lincoln Middle School")]
    public void Fresh17_look_alikes_are_other_trades(string title)
    {
        var layout = new ResumeLayout($"EXPERIENCE\n{title}\nMarch 2019 - present\n- Built rapport with clients and families.\n", new DateOnly(2026, 11, 1));
        Assert.That(layout.IsAnotherTrade, Is.EqualTo(new[] { true }));
    }

    /// <summary>The trade's license keeps a business title in the trade, and so does a counselor's veterinary setting (an independent review).</summary>
    [TestCase("Clinical Admissions Coordinator (LPC), Cedar Ridge Treatment Center")]
    [TestCase("Pet Loss Grief Counselor, BluePearl Veterinary Partners")]
    [TestCase("Customer Care Counselor, Anthem Behavioral Health")]
    [TestCase("Employee Assistance Counselor, Labor Relations Division, IBEW Local 98")]
    // The employer's office, not the post (a review's case: an EAP clinician lost nine years).
    [TestCase("Employee Assistance Program Clinical Specialist, NYC Office of Labor Relations")]
    [TestCase("EAP Clinician, Department of Industrial Relations")]
    // A manufacturer's EAP specialist counsels its workers (a review's case).
    [TestCase("Employee Assistance Specialist, Nissan North America Manufacturing")]
    public void Their_counseling_posts_stay_in_the_trade(string title)
    {
        var layout = new ResumeLayout($"EXPERIENCE\n{title}\nMarch 2019 - present\n- Grief counseling for adults; built rapport with clients.\n", new DateOnly(2026, 11, 1));
        Assert.That(layout.IsAnotherTrade, Is.EqualTo(new[] { false }));
    }
}

/// <summary>
/// A student's "clinician" placement between another trade's posts is that trade's: speech-language pathologists call their
/// externships "Graduate Clinician" too. Read as counseling, it kept a pediatric SLP's career from being another trade's, and her
/// course and talk titles ("Empathy in Pediatric Therapy") counted as the term's related phrases (Fresh17, t11).
/// </summary>
public sealed class StudentClinicianTests
{
    static readonly DateOnly AsOf = new(2026, 11, 1);

    static string Career(string placement, string bullet) => $"""
        Dana Ruiz, M.S., CCC-SLP
        Sacramento, CA | dana.ruiz@example.com

        Experience
        Speech-Language Pathologist II                              2021/07 – present
          ▪ Caseload of 48 preschool and elementary students; articulation, language and fluency.
          ▪ Parent coaching in the clinic and at home visits.

        Speech-Language Pathologist (Clinical Fellow → SLP)         2019/08 – 2021/06
          ▪ Outpatient pediatric therapy; AAC evaluations and device trials.

        {placement}                            2018/01 – 2019/05
          ▪ {bullet}

        Education
        M.S. Communicative Disorders, Capitol Valley State University, 2019
        """;

    [Test]
    public void A_graduate_clinician_s_externship_in_a_speech_language_pathologist_s_career_is_that_trade_s()
    {
        string text = Career("Graduate Clinician (externships)", "UC Mercedes Medical Center outpatient peds; Rio Linda Early Start program.");
        var layout = new ResumeLayout(text, AsOf);
        Assert.That(layout.IsAnotherTrade, Is.All.True);
    }

    [TestCase("Graduate Clinician (practicum)", "Individual counseling for undergraduates at the university counseling center.")]
    [TestCase("Graduate Clinician, Campus Counseling Center", "Intake assessments and weekly sessions with students.")]
    public void A_graduate_clinician_s_counseling_placement_stays_the_trade_s(string placement, string bullet)
    {
        string text = Career(placement, bullet);
        var layout = new ResumeLayout(text, AsOf);
        Assert.That(layout.IsAnotherTrade[^1], Is.False);
    }
}
