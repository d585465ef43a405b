namespace HiringKit.Scoring.Tests;

/// <summary>
/// A second independent review of 2.15.0, after the first review's mends (60000b3), ranked by how often a recruiter meets each
/// case. Each was answered wrong by that form and is answered right now, as 2.14.0 answered it. The group heading rule is
/// withdrawn: sites, schools, program units and base rotations under a job's title fill its years but are no posts, and a
/// one-line part-time job beside another job is a job. A clinical training manager who supervises clinicians is in the trade;
/// "L&amp;D" is labor and delivery too, so it is a learning post only with a post word; a detective bureau named above a victim
/// advocate's title is where the post is; a title in small letters at the margin under a bullet with no full stop is a title.
/// </summary>
public sealed class Review219FindingsTests
{
    const string ContractClinicianOverHerSitesOldestFirst = """
        Curriculum Vitae
        Dr. Isabel Ferreira-Quinn, PsyD, LMHC

        Contact: Providence, RI · 401-555-0102 · iferreiraquinn@mail.example

        Professional Summary
        Mental health counselor and clinical psychologist (PsyD) with fourteen years in community and
        correctional settings. Specialties: trauma, co-occurring disorders, group treatment in secure
        settings, and training staff in trauma-informed care.

        Professional Experience (in order)

        Mental Health Counselor, Gateway Healthcare, Pawtucket, RI    2010 – 2013
        - Outpatient counseling for 50 adults with co-occurring disorders; intake assessments.

        Contract Clinician, Correctional Mental Health Partners    2013 – 2020
        Adult Correctional Institutions, Cranston, RI    2013 – 2017
        - Group and individual sessions in the intake and medium security units; suicide watch
          evaluations; reentry planning with discharge staff.
        Rhode Island Training School (juvenile), Cranston, RI    2017 – 2020
        - Weekly groups, family meetings and staff consultation for detained youth.

        Senior Clinician, The Providence Center    2020 – Present
        - Clinical lead of the co-occurring disorders team; individual therapy, DBT and MI; clinical
          supervision of four LMHC candidates.

        Education
        PsyD Clinical Psychology, William James College, 2019
        M.A. Counseling Psychology, Rhode Island College, 2010

        Licensure
        Licensed Mental Health Counselor (LMHC), Rhode Island

        Skills
        DBT · Motivational interviewing · Trauma-informed care · Group therapy · Clinical supervision
        """;

    const string MilitaryFamilyLifeCounselorOverBaseRotations = """
        Danielle R. Okafor, LPC, NCC
        Military & Family Life Counselor · Licensed Professional Counselor (NC, TX)
        Jacksonville, NC · 910-555-0148 · dokafor.lpc@mail.example

        PROFILE
        Licensed professional counselor with nine years of non-medical counseling for service members,
        spouses and children on military installations, and two years in community mental health before
        that. Short-term solution-focused counseling, crisis intervention and warm handoffs to TRICARE and
        Military OneSource when a client needs more than we can offer.

        EXPERIENCE

        MILITARY & FAMILY LIFE COUNSELOR (MFLC), MAGELLAN FEDERAL    2017 – PRESENT
        Marine Corps Base Camp Lejeune, NC    2021 – Present
        - Embedded with two infantry battalions; walk-in and scheduled short-term counseling for Marines
          and spouses around deployment, reintegration, stress and relationship problems.
        - Pre- and post-deployment briefings for 1,500 Marines a year; command consultations.
        - Crisis intervention and safety planning on site, with warm handoffs to the base's behavioral
          health clinic.
        Fort Hood (Army), TX    2019 – 2021
        - Child and youth MFLC at two on-post elementary schools; classroom observation, individual
          and small-group counseling with children, consultation with parents and teachers.
        Joint Base San Antonio, TX    2017 – 2019
        - Adult MFLC for the 502nd Air Base Wing; couples counseling, anger management groups,
          Family Readiness Group briefings.

        OUTPATIENT THERAPIST, CENTRAL TEXAS BEHAVIORAL HEALTH, KILLEEN, TX    2015 – 2017
        - Caseload of 40 adults and adolescents; CBT and solution-focused therapy.
        - Intake assessments and treatment planning; motivational interviewing with co-occurring clients.

        EDUCATION
        M.S. Clinical Mental Health Counseling, Texas A&M University–Central Texas, 2015
        B.A. Psychology, University of Texas at Austin, 2012

        LICENSURE & CERTIFICATION
        Licensed Professional Counselor, North Carolina and Texas
        National Certified Counselor (NCC)
        Secret security clearance (active)

        SKILLS
        Solution-focused brief therapy · Crisis intervention · Motivational interviewing · Psychoeducation
        Military culture · Deployment cycle support · Couples communication
        """;

    const string ArmyBehavioralHealthOfficerOverBrigades = """
        CPT (Ret.) Alicia M. Brandt, LCSW
        Clinical Social Worker · Military Behavioral Health
        Clarksville, TN · 931-555-0177 · ambrandt.lcsw@mail.example

        SUMMARY
        Licensed clinical social worker with eleven years of behavioral health care for soldiers and
        their families: eight as an Army behavioral health officer embedded with combat brigades, three
        since then in a community clinic serving veterans. Evidence-based trauma treatment (CPT, PE),
        command consultation, suicide prevention and critical incident response.

        EXPERIENCE

        Outpatient Therapist, Centerstone Military Services, Clarksville, TN    2023 – Present
        - Caseload of 38 veterans and family members; CPT and prolonged exposure for PTSD.
        - Couples therapy with veterans and spouses; intake assessments and treatment planning.

        BEHAVIORAL HEALTH OFFICER (73A), U.S. ARMY    2015 – 2023
        2nd Brigade Combat Team, 101st Airborne Division, Fort Campbell, KY    2019 – 2023
        - Brigade behavioral health officer for 4,200 soldiers; individual therapy, command consultation
          and fitness-for-duty evaluations.
        - Led the brigade's suicide prevention program and critical incident debriefings after two
          training deaths.
        1st Brigade, 1st Infantry Division, Fort Riley, KS    2015 – 2019
        - Embedded clinician with the brigade; brief therapy, risk assessments, and a 9-month deployment
          to Kuwait with the combat and operational stress control team.

        EDUCATION
        Master of Social Work, University of Southern California, 2014
        B.A. Psychology, University of Kansas, 2012

        LICENSURE
        Licensed Clinical Social Worker (LCSW), Tennessee and Kansas

        SKILLS
        Cognitive processing therapy · Prolonged exposure · Crisis intervention · Clinical supervision
        Motivational interviewing · Command consultation · Suicide risk assessment (C-SSRS)
        """;

    const string ClinicalTherapistOverProgramUnits = """
        Joanna Whitcombe, LCPC
        Clinical Therapist
        Baltimore, MD · 443-555-0124 · jwhitcombe.lcpc@mail.example

        SUMMARY
        Licensed clinical professional counselor with ten years at one community agency, moving between
        its programs as they opened and closed: outpatient, mobile crisis and our assertive community
        treatment team. Looking for a senior clinician role closer to home in Anne Arundel County.

        EXPERIENCE

        CLINICAL THERAPIST, MOSAIC COMMUNITY SERVICES, BALTIMORE, MD    2016 – PRESENT
        Outpatient Clinic, Timonium    2022 – Present
        - Individual therapy with a caseload of 40 adults; CBT and ACT; PHQ-9 and GAD-7 tracking.
        - Intake assessments and treatment planning for new admissions two days a week.
        Mobile Crisis Team    2019 – 2022
        - Rotating day and evening shifts; field response with a peer specialist; hospital diversion.
        - Documentation in the state's crisis system and next-day follow-up calls.
        ACT Team, West Baltimore    2016 – 2019
        - Team clinician on a 10-person team serving 100 adults; home visits, med drops and
          housing support; daily team meetings.

        MENTAL HEALTH TECHNICIAN, SHEPPARD PRATT, TOWSON, MD    2014 – 2016
        - Milieu support, observations and group facilitation on an adolescent inpatient unit.

        EDUCATION
        M.S. Clinical Mental Health Counseling, Loyola University Maryland, 2016
        B.A. Psychology, Towson University, 2014

        LICENSURE
        Licensed Clinical Professional Counselor (LCPC), Maryland

        SKILLS
        CBT · ACT · Crisis intervention · Motivational interviewing · Treatment planning · De-escalation
        """;

    const string SchoolBasedTherapistOverThreeSchools = """
        MARCUS DELACROIX-WEBB
        Licensed Clinical Social Worker · School-Based Mental Health
        Philadelphia, PA · (215) 555-0163 · mdwebb.lcsw@mail.example

        SUMMARY
        School-based clinician with eleven years in Philadelphia public schools. Individual and family
        work with children and teens exposed to community violence, grief and trauma; strong partner to
        school teams and families; clinical supervision of new clinicians since 2021.

        EXPERIENCE

        SCHOOL-BASED THERAPIST, NORTHEAST TREATMENT CENTERS (NET)    2015 – PRESENT
        Feltonville School of Arts & Sciences    2021 – Present
        • Caseload of 22 students in grades 5–8; TF-CBT and grief work; weekly family sessions.
        • Clinical supervision of two first-year school-based clinicians.
        • Crisis response for the building, including safety planning after self-harm disclosures.
        Lincoln High School    2018 – 2021
        • Caseload of 25 students; CBT for anxiety and depression; co-led a boys' group on anger.
        • Consulted weekly with the school's counselors, nurse and attendance team.
        Fels High School    2015 – 2018
        • Caseload of 20 students; home visits and family engagement; linkage to psychiatry.

        Case Manager, Philadelphia Department of Human Services    2013 – 2015
        • In-home case management for 30 families in the child welfare system.

        EDUCATION
        Master of Social Work (MSW), Temple University, 2013
        B.A. Sociology, La Salle University, 2011

        LICENSURE
        Licensed Clinical Social Worker (LCSW), Pennsylvania

        SKILLS
        TF-CBT · CBT · Crisis intervention · Clinical supervision · Family engagement · Safety planning
        Spanish (basic)
        """;

    const string CrisisLineCounselorBesideAServingJob = """
        Elena Vasquez-Thornton, LPC-A
        Associate Professional Counselor
        Atlanta, GA · 404-555-0171 · evthornton@mail.example

        SUMMARY
        Associate counselor (Georgia LAPC) two years from full licensure. Outpatient work with adults and
        adolescents, two years as a part-time crisis line counselor before that, and a background in
        hospitality that taught me calm under pressure. Spanish/English.

        CLINICAL EXPERIENCE

        Associate Counselor (LAPC), Peachtree Family Counseling, Decatur, GA    Aug 2022 – Present
        - Caseload of 30 adults and adolescents; CBT, ACT and solution-focused therapy.
        - Intake assessments, treatment planning and progress notes in TherapyNotes.
        - Weekly clinical supervision toward LPC licensure.

        Graduate Counseling Intern, Georgia State University Counseling Center    Aug 2021 – May 2022
        - 700-hour internship: individual counseling with students, intakes, two process groups.

        Crisis Line Counselor (part-time), Georgia Crisis & Access Line    Jan 2019 – Jul 2021

        ADDITIONAL EXPERIENCE

        Server and Trainer, The Optimist Restaurant, Atlanta, GA    Jan 2019 – Jul 2021
        - Full-time server while in graduate school; trained new servers; handled guest complaints.

        Front Desk Associate, Hotel Clermont, Atlanta, GA    2016 – 2018
        - Guest check-in and concierge requests for a 94-room boutique hotel.

        EDUCATION
        M.S. Clinical Mental Health Counseling, Georgia State University, 2022
        B.A. Psychology, Kennesaw State University, 2016

        LICENSURE
        Licensed Associate Professional Counselor (LAPC), Georgia

        SKILLS
        CBT · ACT · Solution-focused therapy · Crisis intervention · Safety planning · Spanish (fluent)
        """;

    const string EveningPracticeBesideANursingJob = """
        Theresa Nguyen-Abbott, RN, LPC
        Registered Nurse · Licensed Professional Counselor
        Richmond, VA · 804-555-0132 · tnabbott@mail.example

        PROFILE
        Psychiatric nurse of fourteen years and licensed professional counselor since 2020. I see adult
        clients for individual therapy in a small evening practice and work days on an inpatient
        psychiatric unit. Seeking a full-time outpatient therapist position where I can use both: the
        medical and medication side of psychiatric care, and CBT and EMDR-informed trauma therapy.

        EXPERIENCE

        LICENSED PROFESSIONAL COUNSELOR, PRIVATE PRACTICE (EVENINGS), RICHMOND, VA    2020 – PRESENT

        CHARGE NURSE, ADULT INPATIENT PSYCHIATRY, VCU HEALTH    2020 – PRESENT
        - Charge nurse on a 24-bed acute unit, three 12-hour shifts a week; staffing, admissions, and
          de-escalation of patients in crisis.
        - Precepted new graduate nurses; member of the unit's restraint reduction committee.

        STAFF NURSE, ADULT INPATIENT PSYCHIATRY, VCU HEALTH    2012 – 2020
        - Medication administration, milieu management and patient education on a 24-bed unit.
        - Co-led daily psychoeducation groups on coping skills and medication adherence.

        RESIDENT IN COUNSELING, TUCKER PAVILION (SUPERVISED)    2017 – 2020
        - 3,400 supervised hours toward LPC licensure: individual therapy with adults on the step-down
          unit and in the outpatient clinic, under weekly supervision by an LPC.

        EDUCATION
        M.Ed. Counselor Education (Clinical Mental Health), Virginia Commonwealth University, 2017
        B.S. Nursing, James Madison University, 2012

        LICENSURE
        Licensed Professional Counselor (LPC), Virginia, 2020
        Registered Nurse (RN), Virginia

        SKILLS
        CBT · EMDR (trained, Level 2) · Crisis intervention · Motivational interviewing · Psychoeducation
        Safety planning · Medication education
        """;

    const string OnlineCounselingBesideTeaching = """
        Naomi Feldstein-Ruiz, M.A., LPC
        Licensed Professional Counselor · Educator
        Denver, CO · 720-555-0116 · nfeldsteinruiz@mail.example

        PROFILE
        Licensed professional counselor with a part-time telehealth caseload since 2022 and eleven years
        as a high school teacher. I work with teens and young adults on anxiety, depression and identity,
        using CBT and ACT. Ready to leave the classroom for a full-time therapist position in a school-based
        or outpatient program.

        EXPERIENCE

        Licensed Professional Counselor (part-time), Talkspace    2022 – Present

        Social Studies Teacher, East High School, Denver Public Schools    Aug 2022 – Present
        - Teach AP Psychology and U.S. History to 150 students a year; sponsor of the Gay-Straight
          Alliance and the peer mediation club.
        - Member of the school's student support team; refer students of concern to the counselors.

        Social Studies Teacher, Thomas Jefferson High School, Denver Public Schools    2015 – 2022
        - Taught World History and Psychology; 9th grade team lead; restorative practices circles.

        EDUCATION
        M.A. Clinical Mental Health Counseling, University of Denver, 2021
        B.A. History and Psychology, Colorado College, 2014

        LICENSURE
        Licensed Professional Counselor (LPC), Colorado, 2024
        Colorado Professional Teacher License, Social Studies 7–12

        SKILLS
        CBT · ACT · Adolescent development · Crisis intervention · Restorative practices · Spanish

        PROFESSIONAL DEVELOPMENT
        Columbia Suicide Severity Rating Scale (C-SSRS) training; Counseling on Access to Lethal Means (CALM)
        Ethics and boundaries for counselors, state board-approved continuing education (6 hours)
        Cultural humility in clinical practice, regional training institute (two days)

        AFFILIATIONS
        American Counseling Association · state counseling association
        """;

    const string EmployerWithMonthsOverItsLatestTitle = """
        Priya Raman, LMHC
        Mental Health Counselor
        Worcester, MA · 508-555-0191 · priya.raman.lmhc@mail.example

        SUMMARY
        Licensed mental health counselor in community outpatient care, working mostly with adults with
        anxiety, depression and trauma histories, and with their families. Comfortable with high caseloads,
        crisis work and measurement-based care. Looking for a senior clinician or team lead role.

        PROFESSIONAL EXPERIENCE

        Riverside Behavioral Health, Worcester, MA    March 2021 – Present
        Clinician II, Adult Outpatient Services    January 2022 – Present
        - Caseload of 42 adults; individual therapy using CBT, ACT and trauma-focused approaches.
        - Intake assessments, diagnosis and treatment planning; PHQ-9 and GAD-7 every fourth session.
        - Crisis intervention and safety planning with walk-in clients; C-SSRS screening.
        - Co-lead a weekly DBT skills group with a senior clinician.
        - Hired as a Clinician I and promoted after ten months.

        Graduate Counseling Intern, Worcester State University Counseling Center    Sept 2019 – May 2020
        - 600-hour internship: individual counseling with undergraduates, intakes, outreach workshops.

        Barista and Shift Lead, Starbucks    June 2016 – August 2019
        - Opened the store four days a week; trained new baristas; handled cash and inventory.

        EDUCATION
        M.A. Clinical Mental Health Counseling, Assumption University, 2020
        B.S. Psychology, Worcester State University, 2016

        LICENSURE
        Licensed Mental Health Counselor (LMHC), Massachusetts, 2023

        SKILLS
        CBT · ACT · DBT skills · Motivational interviewing · Crisis intervention · Treatment planning
        Measurement-based care (PHQ-9, GAD-7) · Spanish (conversational)
        """;

    const string ClinicalTrainingManagerWhoSupervises = """
        Rosalind Achebe-Moore
        Clinical Supervisor · Trainer · Licensed Marriage and Family Therapist
        Oakland, CA · 510-555-0119 · r.achebemoore@mail.example

        SUMMARY
        Licensed marriage and family therapist with twelve years at Bay Area child and family agencies:
        seven as a therapist and five leading clinical training. I supervise associates toward licensure,
        run the agency's onboarding and evidence-based practice trainings, and still see a small number of
        families each week.

        EXPERIENCE

        Clinical Training & Development Manager, Seneca Family of Agencies, Oakland, CA    2021 – Present
        - Provide weekly individual and group clinical supervision to 9 associate clinicians toward
          licensure; review case formulations and safety plans.
        - Run the 6-week onboarding curriculum for 120 new direct-care and clinical staff a year:
          trauma-informed care, crisis intervention, CPI de-escalation, documentation standards.
        - Certified trainer in Collaborative Problem Solving; coordinate the agency's evidence-based practice learning
          collaboratives and fidelity reviews.
        - Carry a caseload of six families in the wraparound program.

        Family Therapist, Fred Finch Youth & Family Services, Oakland, CA    2017 – 2021
        - In-home and clinic family therapy for 18 families with children 5–17; TF-CBT, structural
          family therapy and parent coaching.
        - Crisis intervention and safety planning; coordination with schools and child welfare.

        Associate Marriage and Family Therapist, Lincoln Families, Oakland, CA    2014 – 2017
        - School-based individual and family therapy for elementary students under weekly supervision.

        EDUCATION
        M.A. Counseling Psychology (MFT), Saint Mary's College of California, 2014
        B.A. Psychology, UC Davis, 2011

        LICENSURE
        Licensed Marriage and Family Therapist, California

        SKILLS
        Clinical supervision · TF-CBT (certified trainer) · Crisis intervention · Family systems
        Motivational interviewing · Curriculum design · Spanish (intermediate)
        """;

    /// <summary>The training and affiliations two of the review's resumes in small letters end with.</summary>
    const string SmallLettersTrainingAndAffiliations = """
        training
        c-ssrs training; counseling on access to lethal means (calm)
        ethics and boundaries for counselors, board-approved ceus (6 hours)
        cultural humility in clinical practice, two-day regional training

        affiliations
        national association of social workers · american counseling association
        """;

    const string SmallLettersBulletsWithoutFullStops = """
        sam okonkwo-reyes, lpc
        counselor · group facilitator · bilingual (english/spanish)
        san antonio, tx · 210-555-0139 · sam.okreyes@mail.example

        about me
        licensed professional counselor working with teens and young adults, mostly around anxiety,
        identity, family conflict and substance use. i run groups well, i like school partnerships, and
        i have worked nights on a crisis line for years

        experience

        clinical therapist
        clarity child guidance center, san antonio, tx
        2021 – present
        - caseload of 28 adolescents in intensive outpatient; individual, family and group therapy
        - lead the dbt skills group twice a week and the parent skills group on thursdays
        - safety planning, c-ssrs screening and coordination with psychiatry and schools
        lpc associate
        rise recovery, san antonio, tx
        2018 – 2021
        - individual and group counseling for teens in outpatient substance use treatment
        - motivational interviewing, relapse prevention and family sessions under lpc-s supervision
        crisis line volunteer
        crisis text line (remote)
        2015 – 2018
        - 200+ conversations with texters in crisis; active listening, risk assessment, de-escalation

        education
        m.a. clinical mental health counseling, st. mary's university, 2018
        b.a. psychology, ut san antonio, 2015

        license
        licensed professional counselor, texas #81234

        skills
        dbt · cbt · motivational interviewing · group facilitation · crisis intervention · spanish
        """ + "\n\n" + SmallLettersTrainingAndAffiliations;

    const string SmallLettersSomeBulletsWithFullStops = """
        lena marquez-holt, lcsw
        therapist for teens, young adults and families
        albuquerque, nm · 505-555-0137 · lena@marquezholt.example

        hi, i'm lena
        clinical social worker with nine years in community mental health and school-based care. i use
        dbt, cbt and family systems work, and i am at my best with teens who do not want to be in therapy

        work

        lead therapist, adolescent dbt program
        agora behavioral health, albuquerque, nm
        2022 – present
        - individual dbt, skills groups and phone coaching for 24 teens and their parents
        - supervise three associate therapists (lisw) in weekly consultation team
        - built our intake and waitlist triage process, cutting wait times from 9 weeks to 3.
        school-based therapist
        all faiths children's advocacy, albuquerque, nm
        2018 – 2022
        - on-site therapy at two middle schools; caseload of 30 students and their families
        - crisis response and safety planning with school teams
        case manager
        new mexico solutions, albuquerque, nm
        2016 – 2018
        - community support services for 35 adults with serious mental illness

        education
        msw, new mexico highlands university, 2016
        ba, psychology, university of new mexico, 2014

        license
        licensed clinical social worker, new mexico

        skills
        dbt · cbt · family systems · crisis intervention · clinical supervision · spanish
        """ + "\n\n" + SmallLettersTrainingAndAffiliations;

    const string PerinatalSupportOnLaborAndDelivery = """
        Simone Achterberg-Laine, LPC, PMH-C
        Perinatal Mental Health Counselor
        Milwaukee, WI · 414-555-0193 · sachterberglaine@mail.example

        SUMMARY
        Licensed professional counselor certified in perinatal mental health (PMH-C). Eight years with
        parents in pregnancy, birth and the first year: postpartum depression and anxiety, birth trauma,
        and pregnancy and infant loss. Hospital and outpatient experience; Spanish conversational.

        EXPERIENCE

        Perinatal Therapist, Rogers Behavioral Health, Wauwatosa, WI    2021 – Present
        - Outpatient therapy for 35 clients with perinatal mood and anxiety disorders; CBT and IPT.
        - Co-facilitate the weekly postpartum support group; consult with OB and psychiatry.

        Perinatal Family Support Coordinator, L&D and NICU, Froedtert Hospital    2018 – 2021
        - Bedside bereavement support for families after stillbirth, neonatal death and NICU admission;
          memory-making, funeral planning and follow-up calls at 2 weeks, 3 months and one year.
        - Screened all delivering parents with the EPDS and followed up on positive screens at bedside.
        - Facilitated the monthly pregnancy and infant loss support group for parents.

        Graduate Counseling Intern, Sixteenth Street Community Health Centers    2017 – 2018
        - 700-hour internship in integrated behavioral health; brief individual counseling.

        EDUCATION
        M.S. Clinical Mental Health Counseling, Marquette University, 2018
        B.A. Psychology, University of Wisconsin–Milwaukee, 2015

        CERTIFICATIONS
        Licensed Professional Counselor (LPC), Wisconsin
        Perinatal Mental Health Certification (PMH-C), Postpartum Support International
        Resolve Through Sharing Bereavement Training

        SKILLS
        CBT · IPT · Perinatal loss · Crisis intervention · Group facilitation · EPDS screening
        """;

    const string VictimAdvocateUnderADetectiveBureau = """
        Maribel Santos-Greer, LMHC
        Trauma Therapist
        Tampa, FL · 813-555-0152 · msantosgreer@mail.example

        SUMMARY
        Licensed mental health counselor specializing in trauma, with a background in victim services.
        Nine years with survivors of violent crime, sexual assault and domestic violence: first as a
        police department's victim advocate, then as a therapist. EMDR and TF-CBT trained; bilingual
        English/Spanish.

        EXPERIENCE

        Trauma Therapist, The Spring of Tampa Bay    2021 – Present
        - Individual therapy for 30 adult survivors of domestic violence; EMDR and CPT.
        - Facilitate a weekly Spanish-language support group; safety planning and crisis intervention.

        Detective Bureau, Tampa Police Department
        Victim Advocate    2017 – 2021
        - Crisis counseling and emotional support for victims of sexual assault, robbery and
          homicide (co-victims), from the first interview through trial.
        - Safety planning, victim compensation claims, and referrals to counseling and shelter.
        - Accompanied victims to forensic exams, depositions and court hearings.

        Graduate Counseling Intern, Crisis Center of Tampa Bay    2016 – 2017
        - 1,000-hour internship on the 2-1-1 crisis line and in the sexual assault services program.

        EDUCATION
        M.A. Clinical Mental Health Counseling, University of South Florida, 2017
        B.A. Criminology, University of Tampa, 2014

        LICENSURE
        Licensed Mental Health Counselor (LMHC), Florida

        SKILLS
        EMDR · CPT · TF-CBT · Crisis intervention · Safety planning · Spanish (fluent)

        PROFESSIONAL DEVELOPMENT
        EMDRIA-approved EMDR basic training (Parts 1 and 2) and 10 consultation hours
        Florida Council Against Sexual Violence advocate certification
        """;

    [TestCase(ContractClinicianOverHerSitesOldestFirst, 16, "weak", "senior", "16.9", "clinical supervision=asserted;motivational interviewing=asserted;clinical supervision=asserted")]
    [TestCase(MilitaryFamilyLifeCounselorOverBaseRotations, 24, "weak", "senior", "11.9", "crisis intervention=asserted;treatment planning=asserted;motivational interviewing=asserted;crisis intervention=asserted;motivational interviewing=asserted")]
    [TestCase(ArmyBehavioralHealthOfficerOverBrigades, 18, "weak", "senior", "11.9", "treatment planning=asserted;crisis intervention=asserted;clinical supervision=asserted;motivational interviewing=asserted")]
    [TestCase(ClinicalTherapistOverProgramUnits, 17, "weak", "senior", "12.9", "treatment planning=asserted;crisis intervention=asserted;motivational interviewing=asserted;treatment planning=asserted")]
    // 11.9 since session 24, not 13.9: the child welfare case manager's two years before the schools are no behavioral health
    // work (ResumeLayout.IsACaseManagerOutsideMentalHealth); the writer's own "eleven years" agrees. The schools still fill the post.
    [TestCase(SchoolBasedTherapistOverThreeSchools, 16, "weak", "senior", "11.9", "clinical supervision=asserted;clinical supervision=asserted;crisis intervention=asserted;clinical supervision=asserted")]
    [TestCase(CrisisLineCounselorBesideAServingJob, 20, "weak", "senior", "6.9", "treatment planning=asserted;clinical supervision=asserted;crisis intervention=asserted")]
    [TestCase(EveningPracticeBesideANursingJob, 3, "none", "senior", "9.9", "crisis intervention=asserted;motivational interviewing=asserted")]
    [TestCase(OnlineCounselingBesideTeaching, 8, "none", "mid", "4.9", "crisis intervention=asserted;cultural humility=asserted")]
    [TestCase(EmployerWithMonthsOverItsLatestTitle, 26, "weak", "senior", "5.8", "measurement-based care=asserted;treatment planning=asserted;crisis intervention=asserted;motivational interviewing=asserted;crisis intervention=asserted;treatment planning=asserted;measurement-based care=asserted")]
    [TestCase(ClinicalTrainingManagerWhoSupervises, 16, "weak", "senior", "12.9", "clinical supervision=asserted;crisis intervention=asserted;crisis intervention=asserted;clinical supervision=asserted;crisis intervention=asserted;motivational interviewing=asserted")]
    [TestCase(SmallLettersBulletsWithoutFullStops, 23, "weak", "senior", "8.9", "motivational interviewing=asserted;active listening=asserted;motivational interviewing=asserted;crisis intervention=asserted;cultural humility=asserted")]
    [TestCase(SmallLettersSomeBulletsWithFullStops, 10, "none", "senior", "10.9", "crisis intervention=asserted;clinical supervision=asserted;cultural humility=asserted")]
    [TestCase(PerinatalSupportOnLaborAndDelivery, 2, "none", "senior", "8.9", "crisis intervention=asserted")]
    [TestCase(VictimAdvocateUnderADetectiveBureau, 16, "weak", "senior", "9.9", "crisis intervention=asserted;crisis intervention=asserted")]
    public void Answered_as_the_review_found_right(string text, int score, string band, string level, string years, string matches) =>
        ReviewResumes.AssertAnswered(text, score, band, level, years, matches);
}
