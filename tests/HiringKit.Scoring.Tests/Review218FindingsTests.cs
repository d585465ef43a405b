namespace HiringKit.Scoring.Tests;

/// <summary>
/// An independent review of 2.15.0 as first written (04a8962), ranked by how often a recruiter meets each case. Each of the
/// first thirteen was answered wrong by that form and is answered right now, as 2.14.0 answered it: a line whose posts below
/// leave part of its years empty is a post, not a group heading (an employer's whole tenure over its latest title, a job with
/// a dated first bullet or a part-time job beside it); "detective" is a post only named first, not a unit or an association;
/// a workplace learning post is another trade only where its lines show none of the trade's work, and a "Center for Learning
/// and Development" names a practice; a line in small letters under a bullet that ended its sentence starts something new.
/// The last was answered wrong by both forms and is right now: another workplace learning title (the school-year variants the
/// review found are cases of LevelTests.A_school_year_runs_from_August_to_July).
/// </summary>
public sealed class Review218FindingsTests
{
    /// <summary>The lines the review added under its shortest resumes, to bring them to a resume's length.</summary>
    const string Padding = """
        PROFESSIONAL DEVELOPMENT
        Trauma-Focused Cognitive Behavioral Therapy (TF-CBT) web course and consultation calls
        Columbia Suicide Severity Rating Scale (C-SSRS) training; Counseling on Access to Lethal Means (CALM)
        Motivational Interviewing: intermediate skills workshop (two days)
        Ethics and boundaries in clinical supervision, state board-approved continuing education

        AFFILIATIONS
        American Counseling Association · National Association of Social Workers · state counseling association

        REFERENCES
        Available on request.
        """;

    const string FirstBulletDatedUnderACapitalsJob = """
        Gregory Aydin, LMHC
        Mental Health Counselor
        Syracuse, NY · 315-555-0153 · gaydin.lmhc@mail.example

        SUMMARY
        Licensed mental health counselor with twelve years in outpatient and college counseling. I work
        mostly with young adults: anxiety, depression, first-episode psychosis follow-up, and identity
        concerns. Comfortable in crisis, and a patient supervisor of new clinicians.

        EXPERIENCE

        STAFF COUNSELOR | LE MOYNE COLLEGE WELLNESS CENTER | 2016 – PRESENT
        - 2021 – present: Coordinator of Clinical Training; supervise two doctoral externs and three interns.
        - Caseload of 25-30 students a semester; brief individual therapy, groups for social anxiety and
          for grief; after-hours crisis on-call one week in four.
        - Suicide risk assessment (C-SSRS, CAMS) and safety planning; liaison to the dean of students'
          CARE team.

        OUTPATIENT THERAPIST | CONIFER PARK, SYRACUSE OUTPATIENT CLINIC | 2013 – 2016
        - Individual and group therapy for 45 adults with co-occurring mental health and substance use
          disorders; motivational interviewing and relapse prevention.

        MENTAL HEALTH COUNSELOR INTERN | SYRACUSE VA MEDICAL CENTER | 2012 – 2013
        - 700-hour internship on the outpatient PTSD clinical team.

        EDUCATION
        M.S. Clinical Mental Health Counseling, Syracuse University, 2013
        B.A. Psychology, SUNY Oswego, 2010

        LICENSE
        Licensed Mental Health Counselor, New York #009421

        SKILLS
        Brief therapy · CBT · CAMS · Motivational interviewing · Clinical supervision · Group counseling
        """ + "\n\n" + Padding;

    const string EmployerTenureOverItsLatestTitle = """
        Renata Vasquez-Holt, LCSW
        Worcester, MA · 508-555-0163 · renata.vholt@mail.example

        Summary
        Licensed clinical social worker with twelve years in community behavioral health, the last five
        supervising an outpatient team. I build rapport quickly with clients who have been let down by
        systems before, and I use motivational interviewing and trauma-informed care in everything I do.

        Professional Experience

        BLACKSTONE VALLEY COMMUNITY COUNSELING CENTER, WORCESTER, MA    2014 – PRESENT
        Clinical Supervisor, Adult Outpatient    2021 – Present
        - Supervise seven clinicians (LCSW, LMHC and associates); weekly individual and group supervision.
        - Carry a caseload of 18 adults; lead the center's crisis intervention protocol and safety planning.
        - Joined in 2014 as an outpatient therapist with a caseload of 50; promoted to senior clinician
          in 2018 and supervisor in 2021.

        Case Manager, Worcester Housing Partnership    2011 – 2014
        - Case management and supportive counseling for 35 formerly homeless adults in permanent
          supportive housing; linkage to psychiatric and substance use treatment.

        Education
        MSW, Boston College School of Social Work, 2014
        BA Sociology, Clark University, 2011

        Licensure
        LICSW, Massachusetts #118822

        Skills
        Motivational interviewing · Trauma-informed care · CBT · Clinical supervision · Crisis intervention
        """ + "\n\n" + Padding;

    const string EmployerTenureOverAPromotion = """
        Colm Fitzgerald, LMHC
        Providence, RI · 401-555-0129 · colm.fitzgerald@mail.example

        Summary
        Licensed mental health counselor with nine years at one community agency, where I started as a new
        graduate and now carry a senior clinician's caseload and supervise associates. Strong with
        co-occurring disorders, motivational interviewing and building rapport with ambivalent clients.

        Experience

        HARBOR HOUSE BEHAVIORAL HEALTH — PROVIDENCE, RI    2017 – PRESENT
        Senior Clinician, Co-Occurring Disorders Team    2023 – Present
        - Caseload of 30 adults with co-occurring mental health and substance use disorders; individual
          therapy (MI, CBT, relapse prevention) and two weekly groups.
        - Clinical supervision of three pre-licensed associates toward LMHC licensure.
        - Lead the team's crisis intervention rotation; C-SSRS and safety planning.
        - Joined Harbor House as Clinician I, promoted to Clinician II and then Senior Clinician;
          carried an outpatient caseload of 45 to 55 throughout.

        Graduate Counseling Intern, Rhode Island College Counseling Center    2016 – 2017
        - 600-hour internship: individual counseling with undergraduates, intakes, outreach workshops.

        Education
        M.A. Clinical Mental Health Counseling, Rhode Island College, 2017
        B.A. Psychology, Providence College, 2014

        License
        Licensed Mental Health Counselor, Rhode Island #MHC01422

        Skills
        Motivational interviewing · CBT · Relapse prevention · Co-occurring disorders · Clinical supervision
        """ + "\n\n" + Padding;

    const string SchoolCounselorOverHerChairRole = """
        Tamsin O'Rourke, M.Ed., NCC
        Professional School Counselor
        Lowell, MA · 978-555-0119 · tamsin.orourke@mail.example

        SUMMARY
        High school counselor with fourteen years in a 1,900-student urban high school, the last several
        as department chair. I run a data-driven comprehensive program (ASCA RAMP designation 2022),
        supervise interns from two graduate programs, and lead our building's crisis response team.

        EXPERIENCE

        SCHOOL COUNSELOR, LOWELL HIGH SCHOOL, LOWELL, MA    2012 – PRESENT
        Counseling Department Chair    2019 – Present
        - Lead a department of 11 counselors, two adjustment counselors and a college and career
          specialist; weekly department meetings, case consultation and new counselor mentoring.
        - Caseload of 230 students (grades 9-12, last names A-Di): individual counseling, postsecondary
          planning, and small groups for grief and for anxiety.
        - Coordinate the crisis response team: suicide risk assessments, re-entry plans and parent
          meetings; trained all 140 staff in QPR gatekeeper training.
        - Site supervisor for 9 school counseling interns (UMass Lowell, Salem State) since 2015.
        - Before the chair role (2012 – 2019) carried a full caseload of 350 and led our 9th-grade
          transition program.

        Adjustment Counselor (Long-Term Substitute), Dracut Public Schools    2011 – 2012
        - Individual and group counseling at two elementary schools while a counselor was on leave.

        EDUCATION
        M.Ed. School Guidance Counseling, Salem State University, 2011
        B.A. Psychology, University of Massachusetts Lowell, 2009

        LICENSURE
        Massachusetts School Counselor (PreK-8, 5-12), Professional License
        National Certified Counselor (NCC)

        SKILLS
        Individual and group counseling · Crisis response · Naviance · Aspen SIS · MTSS · Spanish (basic)
        """;

    const string VictimServicesInADetectiveUnit = """
        Lauren Metzger, MSW, LCSW
        Milwaukee, WI · 414-555-0172 · lauren.metzger@mail.example

        Summary
        Clinical social worker specializing in trauma and crisis response. Six years embedded with law
        enforcement as a victim services specialist, now in outpatient trauma therapy. Skilled in crisis
        intervention, safety planning, trauma-informed care and building trust with survivors.

        Experience

        Trauma Therapist, Sojourner Family Peace Center    2021 – Present
        - Individual therapy (TF-CBT, CPT) for 28 adult and adolescent survivors of domestic violence and
          sexual assault; safety planning and risk assessment at intake.
        - Co-facilitate a weekly survivors' support group; consult with advocates and legal staff.

        Victim Services Specialist, Sensitive Crimes Detective Unit, Milwaukee Police Department    2015 – 2021
        - Civilian crisis counselor embedded with the sensitive crimes detectives: met survivors at the
          hospital or district station, provided crisis intervention and emotional support during interviews.
        - Safety planning, referrals to shelter, counseling and legal advocacy; follow-up contact with
          180+ survivors a year.
        - Trained new detectives on trauma-informed interviewing.

        MSW Intern, Children's Hospital of Wisconsin Child Advocacy Center    2014 – 2015
        - Supported forensic interviews and caregivers; crisis counseling and referrals.

        Education
        MSW, University of Wisconsin–Milwaukee, 2015
        BA Psychology, Marquette University, 2013

        License
        Licensed Clinical Social Worker, Wisconsin #10221-123

        Skills
        Crisis intervention · TF-CBT · CPT · Safety planning · Trauma-informed care · Spanish (conversational)
        """;

    const string MemberAssistanceAtADetectivesAssociation = """
        Michael P. Carbone, LCSW-R, CASAC
        Employee Assistance Professional · First Responder Wellness
        Staten Island, NY · 718-555-0113 · mcarbone.lcsw@mail.example

        SUMMARY
        Clinical social worker and credentialed addiction counselor serving police officers, detectives and
        firefighters for twelve years. Short-term counseling, critical incident stress debriefing, substance
        use assessment and referral, and building trust with a population that rarely asks for help.

        EXPERIENCE

        Member Assistance Program Coordinator
        Detectives' Endowment Association of the City of New York — New York, NY
        2019 – Present
        - Confidential assessment, short-term counseling and referral for 5,000+ active and retired
          detectives and their families; about 220 new cases a year.
        - Critical incident stress debriefings after line-of-duty deaths and shootings; peer team
          training and clinical oversight of 30 peer supporters.
        - Substance use assessment and linkage to first-responder treatment programs; aftercare follow-up.

        Clinical Social Worker, Counseling Unit
        FDNY Counseling Service Unit — Brooklyn, NY
        2014 – 2019
        - Individual and family therapy for firefighters, EMS and their families; PTSD, grief and
          alcohol use; CISM team member.

        Addiction Counselor
        Staten Island University Hospital, Chemical Dependency Outpatient — Staten Island, NY
        2011 – 2014
        - Group and individual counseling in an outpatient chemical dependency program.

        EDUCATION
        MSW, Fordham University Graduate School of Social Service, 2011
        B.A. Psychology, College of Staten Island, 2008

        LICENSES
        LCSW-R, New York · CASAC (Credentialed Alcoholism and Substance Abuse Counselor)
        Certified Employee Assistance Professional (CEAP)

        SKILLS
        Critical incident stress management · Motivational interviewing · Substance use assessment · EAP
        """;

    const string PracticeBesideAnAdjunctPost = """
        Dr. Evelyn Marsh-Oduya, LPC, ACS
        Licensed Professional Counselor · Approved Clinical Supervisor
        Charlotte, NC · 704-555-0125 · drmarshoduya@mail.example

        SUMMARY
        Counselor and clinical supervisor with sixteen years in practice: six in community mental health and
        ten in my own group practice, where I see couples and adults with trauma histories and supervise
        licensed clinical mental health counselor associates.

        EXPERIENCE

        OWNER AND LEAD COUNSELOR, MARSH-ODUYA COUNSELING & WELLNESS, PLLC    2016 – PRESENT

        ADJUNCT FACULTY, UNC CHARLOTTE, COUNSELING PROGRAM    2019 – 2023
        - Taught Counseling Techniques and Group Counseling in the CACREP master's program; supervised
          practicum students' recorded sessions.

        STAFF THERAPIST, MONARCH BEHAVIORAL HEALTH    2010 – 2016
        - Outpatient caseload of 50 adults; CBT, EMDR and group therapy; crisis intervention on call
          one week in four.
        - Clinical supervision of two LCMHC associates (2014 – 2016).

        EDUCATION
        Ph.D. Counselor Education and Supervision, UNC Charlotte, 2019
        M.A. Clinical Mental Health Counseling, Wake Forest University, 2010

        LICENSURE
        Licensed Clinical Mental Health Counselor Supervisor (LCMHCS), North Carolina
        Approved Clinical Supervisor (ACS)
        EMDRIA Certified EMDR Therapist

        SKILLS
        EMDR · Gottman Method couples therapy · CBT · Clinical supervision · Group counseling
        """ + "\n\n" + Padding;

    const string ResidentialCounselorBesideACrisisLine = """
        MARCUS T. BELLAMY, LMHC
        Tampa, FL 33609 · (813) 555-0192 · mbellamy.lmhc@mail.example

        SUMMARY
        Licensed Mental Health Counselor with a background in residential youth care and crisis work,
        now in outpatient practice with adolescents and families. Comfortable with high-acuity clients,
        safety planning, and family systems work.

        EXPERIENCE

        OUTPATIENT THERAPIST, GULF COAST BEHAVIORAL HEALTH    2019 – PRESENT
        - Caseload of 40 adolescents and their families; individual and family therapy (CBT, SFBT).
        - Conduct biopsychosocial intake assessments and C-SSRS screening; write treatment plans.
        - Co-facilitate a weekly DBT skills group for teens.

        FAMILY SERVICES COUNSELOR, CHILDREN'S HOME SOCIETY OF FLORIDA    2014 – 2019
        - In-home family counseling for families referred by child welfare; caseload of 14 families.
        - Registered Mental Health Counselor Intern hours completed here under weekly supervision.

        EARLIER EXPERIENCE
        RESIDENTIAL COUNSELOR, YOUTH VILLAGES, TAMPA    2008 – 2013
        WEEKEND CRISIS LINE COUNSELOR, CRISIS CENTER OF TAMPA BAY    2009 – 2012

        EDUCATION
        M.A. Mental Health Counseling, University of South Florida, 2014
        B.A. Psychology, University of South Florida, 2008

        LICENSURE & CERTIFICATIONS
        Licensed Mental Health Counselor, Florida MH14921
        Certified in QPR and Youth Mental Health First Aid

        SKILLS
        Family systems, CBT, solution-focused brief therapy, DBT skills, crisis intervention,
        motivational interviewing, treatment planning, Spanish (conversational)
        """ + "\n\n" + Padding;

    const string CapitalsExportWithAPartTimeDetoxJob = """
        KEISHA M. DORSEY
        RICHMOND, VA 23220 | (804) 555-0184 | KDORSEY.CSAC@MAIL.EXAMPLE

        PROFESSIONAL SUMMARY
        CERTIFIED SUBSTANCE ABUSE COUNSELOR AND LICENSED PROFESSIONAL COUNSELOR WITH ELEVEN YEARS IN
        OUTPATIENT AND INTENSIVE OUTPATIENT ADDICTION TREATMENT. SKILLED IN MOTIVATIONAL INTERVIEWING,
        RELAPSE PREVENTION, GROUP FACILITATION AND MEDICATION-ASSISTED TREATMENT COORDINATION.

        WORK HISTORY

        SENIOR ADDICTION COUNSELOR, RIVER CITY RECOVERY CENTER    2019 - PRESENT
        - CARRY A CASELOAD OF 32 CLIENTS IN IOP AND STANDARD OUTPATIENT; ASAM LEVEL OF CARE ASSESSMENTS.
        - FACILITATE FOUR GROUPS A WEEK (RELAPSE PREVENTION, SEEKING SAFETY, FAMILY PROGRAM).
        - COORDINATE WITH PRESCRIBERS FOR 60+ BUPRENORPHINE PATIENTS; CRISIS INTERVENTION AS NEEDED.

        SUBSTANCE ABUSE COUNSELOR, CHESTERFIELD COMMUNITY SERVICES BOARD    2015 - 2019

        WEEKEND DETOX TECHNICIAN (PART-TIME), TUCKER PAVILION    2016 - 2018
        - OVERNIGHT AND WEEKEND SHIFTS ON A 16-BED WITHDRAWAL MANAGEMENT UNIT; VITALS, OBSERVATION,
          AND SUPPORTIVE COUNSELING.

        CASE MANAGER, RICHMOND BEHAVIORAL HEALTH AUTHORITY    2013 - 2015
        - CASE MANAGEMENT FOR 40 ADULTS WITH SERIOUS MENTAL ILLNESS; HOUSING AND BENEFITS LINKAGE.

        EDUCATION
        M.ED. COUNSELOR EDUCATION, VIRGINIA COMMONWEALTH UNIVERSITY, 2015
        B.S. PSYCHOLOGY, VIRGINIA STATE UNIVERSITY, 2012

        LICENSES AND CERTIFICATIONS
        LICENSED PROFESSIONAL COUNSELOR (LPC), VIRGINIA
        CERTIFIED SUBSTANCE ABUSE COUNSELOR (CSAC), VIRGINIA

        SKILLS
        MOTIVATIONAL INTERVIEWING, ASAM CRITERIA, RELAPSE PREVENTION, GROUP COUNSELING, CRISIS INTERVENTION
        """;

    const string ClinicalDirectorAtACenterForLearningAndDevelopment = """
        Hannah K. Lindqvist, Ph.D.
        Licensed Psychologist (PA) · Child and Adolescent Clinical Services
        Pittsburgh, PA · 412-555-0194 · hlindqvist@mail.example

        PROFILE
        Child clinical psychologist leading an outpatient practice for children with ADHD, anxiety, autism
        and learning differences. I supervise a team of therapists and postdoctoral fellows, provide
        parent training and individual therapy, and still carry a small caseload of my own.

        EXPERIENCE

        Clinical Director
        Three Rivers Center for Learning and Development — Pittsburgh, PA
        2018 – Present
        - Lead a clinical team of 9 (psychologists, LPCs and a BCBA); weekly case consultation and
          clinical supervision of two postdoctoral fellows.
        - Carry a caseload of 12 children and families: parent management training, CBT for anxiety,
          and social skills groups.
        - Built the center's intake and risk assessment protocol; crisis intervention and safety planning
          with families when needed.

        Staff Psychologist
        UPMC Western Psychiatric Hospital, Child and Adolescent Outpatient — Pittsburgh, PA
        2013 – 2018
        - Individual and family therapy for 40 children and adolescents; psychological evaluations.

        Postdoctoral Fellow, Pediatric Psychology
        Children's Hospital of Pittsburgh — Pittsburgh, PA
        2012 – 2013

        EDUCATION
        Ph.D. Clinical Psychology, University of Pittsburgh, 2012
        B.A. Psychology, Carnegie Mellon University, 2006

        LICENSURE
        Licensed Psychologist, Pennsylvania #PS019822

        SKILLS
        Parent management training · CBT · Psychological assessment · Clinical supervision · Crisis intervention
        """;

    const string AgencyLearningAndDevelopmentManagerWithACaseload = """
        Rosa Delgado-Finch, LPC, NCC
        Licensed Professional Counselor
        San Antonio, TX · 210-555-0141 · rdelgadofinch@mail.example

        SUMMARY
        Licensed professional counselor with eleven years in community mental health, the last four
        leading clinical training for a 300-clinician behavioral health agency while keeping a small
        caseload. Trauma-focused, bilingual, and an approved LPC supervisor.

        EXPERIENCE

        Learning and Development Manager, Clinical Services    2022 – Present
        The Center for Health Care Services, San Antonio, TX
        - Design and run onboarding and evidence-based practice training for 300 therapists and case
          managers: CPT, TF-CBT, motivational interviewing, C-SSRS and safety planning.
        - Provide group clinical supervision to 14 LPC associates and fidelity coaching to new therapists.
        - Carry a caseload of 10 adult trauma clients (individual therapy, CPT).

        Senior Therapist    2018 – 2022
        The Center for Health Care Services, San Antonio, TX
        - Caseload of 40 adults with PTSD, depression and co-occurring substance use; crisis intervention
          and safety planning; bilingual sessions in Spanish.

        Therapist    2015 – 2018
        Bexar County Family Counseling Services, San Antonio, TX
        - Individual and family therapy for children and adolescents; school-based sessions at 3 campuses.

        EDUCATION
        M.A. Clinical Mental Health Counseling, St. Mary's University, 2015
        B.A. Psychology, University of the Incarnate Word, 2012

        LICENSURE
        Licensed Professional Counselor-Supervisor, Texas #71234
        National Certified Counselor

        SKILLS
        CPT · TF-CBT · Motivational interviewing · Clinical supervision · Curriculum design · Spanish (native)
        """;

    const string EapConsultantWhoAlsoTrains = """
        Simone Achterberg, LMHC, CEAP
        Worcester, MA · 508-555-0161 · simone.achterberg@mail.example

        SUMMARY
        Employee assistance professional and licensed mental health counselor. I provide short-term
        counseling and critical incident response for employers' workforces and deliver the workplace
        trainings that come with an EAP contract: stress, resilience, and supervisor referrals.

        EXPERIENCE

        EAP Consultant & Corporate Trainer, Horizon Employee Assistance Partners    2020 – Present
        - Short-term solution-focused counseling (up to 6 sessions) for 15-20 employees a week by phone,
          video and in person; risk assessment and referral to community providers.
        - Onsite critical incident response after workplace deaths, injuries and layoffs.
        - Deliver 40+ trainings a year for client companies: supervisor referral training, stress
          management, suicide prevention (QPR).

        Outpatient Therapist, Community Healthlink    2015 – 2020
        - Individual therapy for 45 adults with anxiety, depression and substance use; CBT and MI.

        Residential Counselor, Spectrum Health Systems    2012 – 2015
        - Milieu counseling and group facilitation in a residential substance use program.

        EDUCATION
        M.A. Counseling Psychology, Assumption University, 2015
        B.A. Psychology, Clark University, 2012

        LICENSES
        LMHC, Massachusetts · Certified Employee Assistance Professional (CEAP)

        SKILLS
        Short-term counseling · Critical incident stress management · QPR trainer · CBT · Motivational interviewing
        """ + "\n\n" + Padding;

    const string ResumeInSmallLettersWithoutBlankLines = """
        june adeyemi-park, lmft
        portland, or · 503-555-0170 · june@adeyemipark.example

        about
        marriage and family therapist working with couples, queer and trans clients, and families
        navigating immigration stress. i lean on emotionally focused therapy and narrative work, and i
        care a lot about building trust with clients who have not felt safe in therapy before.

        experience

        couples & family therapist
        rose city relational health, portland, or
        2020 – present
        - caseload of 26 couples and families; emotionally focused therapy (eft) and gottman method.
        - intake assessments, treatment planning, and safety planning when intimate partner violence
          or suicide risk comes up.
        - run a monthly consultation group for the clinic's associate therapists.
        mft associate
        bridgeview counseling collective, beaverton, or
        2017 – 2020
        - individual and relational therapy under weekly supervision toward licensure.
        - co-led an eight-week group for parents of trans and nonbinary teens.
        crisis line volunteer
        lines for life, portland, or
        2015 – 2017
        - four-hour weekly shifts on the youth line; suicide risk assessment and de-escalation.

        education
        m.a. marriage, couple & family therapy, lewis & clark college, 2017
        b.a. psychology, portland state university, 2014

        license
        licensed marriage and family therapist, oregon #T2108

        skills
        eft · gottman level 2 · narrative therapy · crisis intervention · spanish (intermediate)
        """ + "\n\n" + Padding;

    const string FormerCounselorNowAnLAndDManager = """
        Corinne Abernathy
        Talent Development | Facilitator | Former School Counselor
        Nashville, TN · 615-555-0197 · corinne.abernathy@mail.example

        ABOUT
        Learning partner who builds manager and frontline training programs. I spent eight years as a high
        school counselor before moving into workplace learning in 2020; I still lean on active listening
        and rapport building, now with adult learners and the managers I coach.

        EXPERIENCE

        L&D Manager                                                   Jan 2023 – Present
        Cumberland Health Plan, Nashville, TN
        • Own onboarding and manager development for 1,200 employees; facilitate 90 sessions a year.
        • Built a coaching-conversations program for assistant managers; 410 completions.

        Training & Development Specialist                             Jun 2020 – Dec 2022
        Cumberland Health Plan, Nashville, TN
        • Facilitated customer service and de-escalation training for 300 call center representatives.
        • Designed e-learning in Articulate Rise; ran new-hire onboarding cohorts.

        School Counselor                                              Aug 2012 – May 2020
        Hillsboro High School, Metro Nashville Public Schools
        • Caseload of 380 students; individual counseling, postsecondary planning and crisis response.
        • Built rapport with students through lunch groups and a 9th-grade advisory program.

        EDUCATION
        M.Ed. School Counseling, Vanderbilt University (Peabody College), 2012
        B.A. Psychology, Belmont University, 2010

        CERTIFICATIONS
        ATD Certified Professional in Talent Development (CPTD), 2023

        SKILLS
        Facilitation · Instructional design · Articulate Rise · Needs analysis · Coaching · Active listening
        """;

    [TestCase(FirstBulletDatedUnderACapitalsJob, 16, "weak", "senior", "13.9", "motivational interviewing=asserted;motivational interviewing=asserted;clinical supervision=asserted;motivational interviewing=asserted;clinical supervision=asserted")]
    [TestCase(EmployerTenureOverItsLatestTitle, 20, "weak", "senior", "15.9", "rapport=asserted;motivational interviewing=asserted;crisis intervention=asserted;motivational interviewing=asserted;clinical supervision=asserted;crisis intervention=asserted;motivational interviewing=asserted;clinical supervision=asserted")]
    [TestCase(EmployerTenureOverAPromotion, 25, "weak", "senior", "9.9", "motivational interviewing=asserted;rapport=asserted;clinical supervision=asserted;crisis intervention=asserted;motivational interviewing=asserted;clinical supervision=asserted;motivational interviewing=asserted;clinical supervision=asserted")]
    [TestCase(SchoolCounselorOverHerChairRole, 0, "none", "senior", "15.9", "")]
    [TestCase(VictimServicesInADetectiveUnit, 16, "weak", "senior", "11.9", "crisis intervention=asserted;crisis intervention=asserted;crisis intervention=asserted")]
    [TestCase(MemberAssistanceAtADetectivesAssociation, 2, "none", "senior", "15.9", "motivational interviewing=asserted")]
    [TestCase(PracticeBesideAnAdjunctPost, 16, "weak", "senior", "16.9", "crisis intervention=asserted;clinical supervision=asserted;clinical supervision=asserted;motivational interviewing=asserted;clinical supervision=asserted")]
    [TestCase(ResidentialCounselorBesideACrisisLine, 11, "none", "senior", "12.9", "crisis intervention=asserted;motivational interviewing=asserted;treatment planning=asserted;motivational interviewing=asserted;clinical supervision=asserted")]
    [TestCase(CapitalsExportWithAPartTimeDetoxJob, 16, "weak", "senior", "13.9", "motivational interviewing=asserted;crisis intervention=asserted;motivational interviewing=asserted;crisis intervention=asserted")]
    [TestCase(ClinicalDirectorAtACenterForLearningAndDevelopment, 16, "weak", "senior", "14.9", "clinical supervision=asserted;crisis intervention=asserted;clinical supervision=asserted;crisis intervention=asserted")]
    [TestCase(AgencyLearningAndDevelopmentManagerWithACaseload, 17, "weak", "senior", "11.9", "motivational interviewing=asserted;clinical supervision=asserted;crisis intervention=asserted;motivational interviewing=asserted;clinical supervision=asserted")]
    [TestCase(EapConsultantWhoAlsoTrains, 6, "none", "senior", "14.9", "motivational interviewing=asserted;motivational interviewing=asserted;clinical supervision=asserted")]
    [TestCase(ResumeInSmallLettersWithoutBlankLines, 20, "weak", "senior", "9.9", "treatment planning=asserted;crisis intervention=asserted;motivational interviewing=asserted;clinical supervision=asserted")]
    [TestCase(FormerCounselorNowAnLAndDManager, 16, "weak", "senior", "7.8", "rapport=asserted;active listening=asserted")]
    public void Answered_as_the_review_found_right(string text, int score, string band, string level, string years, string matches) =>
        ReviewResumes.AssertAnswered(text, score, band, level, years, matches);
}
