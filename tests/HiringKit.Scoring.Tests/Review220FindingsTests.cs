namespace HiringKit.Scoring.Tests;

/// <summary>
/// An independent review of two rules added to 2.15.0 from Fresh23 (f1490ca). Each case was answered wrong by that form and is
/// answered right now, as 2.15.0 answered it before (3b73ae8). A break is read after its dates only as its name alone or as
/// caring for one's own family: a leave noted after a comma inside a job's dates, a maternity or sabbatical cover post, a "Family
/// Caregiver Support Program Counselor" and the "Family Caregiver Alliance" or "Time Out Youth Center" as employers are posts. A
/// therapy practice's intake coordinator as another trade is withdrawn: counselors' own intake posts (triage, brief counseling,
/// diagnostic assessment, lethality screening) were lost, and the words that kept them pulled admissions posts into the trade.
/// </summary>
public sealed class Review220FindingsTests
{
    /// <summary>The lines the review added under its shorter resumes, to bring them to a resume's length.</summary>
    const string Padding = """
        PROFESSIONAL DEVELOPMENT
        - Ethics and documentation in telehealth practice (6 CE hours), 2024
        - Working with grief after sudden loss, one-day workshop, 2023
        - Supervision essentials: giving feedback to new clinicians (12 hours), 2022
        - Annual HIPAA and mandated reporter refreshers

        AFFILIATIONS & INTERESTS
        - Member of the state counseling association; volunteer reviewer for the annual conference
        - Interests: trail running, community choir, Saturday cooking classes with my kids
        - References available on request
        """;

    const string ParentalLeaveNotedAfterAJobsDates = """
        Hannah J. Lindqvist, LMFT
        Minneapolis, MN | hannah.lindqvist.mft@example.com | 612-555-0181

        Licensed Marriage and Family Therapist working with couples, families and adults in community and
        group practice settings. EFT-trained; experienced supervisor of pre-licensed therapists.

        EXPERIENCE

        Senior Therapist & Clinical Supervisor — Lakes Family Therapy Group, St. Paul, MN
        March 2014 – Present, parental leave Jun–Dec 2019
        • Caseload of 22 couples and families; Emotionally Focused Therapy and structural family therapy
        • Provide weekly clinical supervision to four pre-licensed associates toward LMFT licensure
        • Developed the group's premarital program; presented at the MAMFT annual conference (2022)

        Family Therapist — Washburn Center for Children, Minneapolis, MN
        August 2011 – February 2014
        • In-home and clinic-based family therapy for children ages 4-12 with behavioral and emotional concerns
        • Children's mental health case consultation with schools and county case managers

        Marriage & Family Therapy Intern — Family Service Rochester, Rochester, MN
        September 2010 – June 2011
        • 500 client contact hours with individuals, couples and families under AAMFT-approved supervision

        EDUCATION
        M.A., Marriage and Family Therapy, University of Minnesota, 2011
        B.A., Psychology, St. Olaf College, 2008

        LICENSURE & TRAINING
        Licensed Marriage and Family Therapist (LMFT), Minnesota, #2261, 2013
        AAMFT Approved Supervisor, 2018
        ICEEFT Certified EFT Therapist, 2020
        """ + "\n\n" + Padding;

    const string SabbaticalNotedAfterAJobsDates = ReviewResumes.OseiHeader + "\n" + """
        2013 – present, sabbatical 2021–2022
        - Teach practicum, group counseling and multicultural counseling in a CACREP-accredited program
        - Provide university supervision to 8-10 practicum students each semester
        - Clinical director of the department's training clinic (2017–2021): oversaw 40 student counselors

        Staff Therapist (part-time), Denton Counseling Associates, Denton, TX
        2014 – 2023
        - Individual and couples therapy, 8 clients a week

        Staff Counselor, University of Memphis Counseling Center, Memphis, TN
        2009 – 2013
        - Brief therapy with undergraduates and graduate students; outreach and group counseling

        Doctoral Intern, Counseling & Mental Health Center, University of Texas at Austin
        2008 – 2009

        EDUCATION
        PhD, Counselor Education and Supervision, University of North Texas, 2009
        MS, Counseling, University of North Texas, 2005

        LICENSURE
        Licensed Professional Counselor – Supervisor (LPC-S), Texas, #61210
        National Certified Counselor
        """ + "\n\n" + Padding;

    const string MaternityLeaveCoverDatesFirst = """
        Tomás Ferreira, MSc, UKCP-registered Psychotherapist
        Bristol | tomas.ferreira.therapy@example.com | 07700 900822

        SUMMARY
        Integrative psychotherapist with experience across NHS Talking Therapies, third-sector and
        private practice. Long-term and short-term work with adults; trauma-informed; EMDR Level 3.

        EXPERIENCE

        2022 – present     Private practice, Clifton, Bristol
                           Integrative psychotherapist: long-term and short-term adult clients, 18 a week

        2020 – 2022        Maternity leave cover: High Intensity Therapist, Bristol NHS Talking Therapies
                           CBT for depression and anxiety disorders; 22 clients a week; step-up assessments

        2017 – 2020        Psychotherapist, Off The Record Bristol
                           Open-ended psychotherapy with young people aged 16-25; group supervision

        2015 – 2017        Trainee Psychotherapist (placement), The Harbour, Bristol
                           Weekly psychotherapy with adults living with life-threatening illness

        EDUCATION
        MSc Integrative Psychotherapy, Metanoia Institute, 2017
        BSc (Hons) Psychology, University of Bath, 2012

        REGISTRATION
        UKCP Registered Psychotherapist, 2018
        EMDR Europe Accredited Practitioner, 2021
        """ + "\n\n" + Padding;

    const string MaternityLeaveCoverAfterAComma = """
        Siobhan Gallagher MBACP (Accred)
        Leeds, West Yorkshire | 07700 900461 | siobhan.gallagher.counselling@example.com

        PROFILE
        BACP-accredited integrative counsellor working across university, charity and NHS
        settings. Experienced in short-term work, risk assessment and supervising trainee counsellors.

        EMPLOYMENT

        Senior Counsellor, University of Bradford Counselling & Wellbeing Service
        Oct 2021 – Present
        - Caseload of 20 students a week; single-session and six-session models
        - Supervise two trainee counsellors on placement; lead the service's risk review meeting

        Counsellor, Leeds Beckett University Student Wellbeing Service
        Sept 2019 – Sept 2021, maternity leave cover
        - Short-term integrative counselling for undergraduate and postgraduate students
        - Delivered workshops on exam anxiety and homesickness; contributed to suicide-safer campus work

        Counsellor, Leeds Mind
        Jan 2017 – Aug 2019
        - Open-ended and 12-week counselling for adults with anxiety, depression and low self-esteem
        - Telephone assessments for the counselling waiting list

        Volunteer Counsellor, Cruse Bereavement Care
        2015 – 2017
        - Weekly bereavement counselling sessions with adults, supervised monthly

        EDUCATION & TRAINING
        PG Diploma in Integrative Counselling, Leeds Beckett University, 2016
        BA (Hons) Psychology, University of Sheffield, 2013

        MEMBERSHIPS
        Accredited Member, BACP (No. 00381277)
        """ + "\n\n" + Padding;

    const string SabbaticalCoverPost = """
        Dr. Aoife Brennan, CPsychol, HCPC-registered Counselling Psychologist
        Edinburgh | a.brennan.psych@example.com | 07700 900377

        EMPLOYMENT

        Jan 2022 – present
        Lead Counselling Psychologist, Edinburgh Napier University Wellbeing Service
        - Lead a team of six counsellors and two mental health advisers; clinical supervision and case review
        - Carry a reduced caseload of 10 students with complex presentations

        Sep 2020 – Dec 2021 — Sabbatical cover, Counselling Psychologist, University of St Andrews Student Services
        - One-year post covering the Head of Counselling's sabbatical; short-term therapy and risk assessment
        - Chaired the weekly allocation meeting and supervised two trainee counselling psychologists

        Mar 2016 – Aug 2020
        Counselling Psychologist, NHS Lothian Psychological Therapies Service
        - CBT, CFT and EMDR with adults with moderate-to-severe anxiety, depression and trauma
        - Group programmes for emotion regulation; supervision of assistant psychologists

        Oct 2013 – Feb 2016
        Trainee Counselling Psychologist (placements), University of Glasgow and NHS GGC

        EDUCATION
        DPsych Counselling Psychology, Glasgow Caledonian University, 2016
        MA (Hons) Psychology, University of Edinburgh, 2012

        REGISTRATION
        HCPC Practitioner Psychologist (Counselling), PYL33871
        Chartered Psychologist, BPS
        """ + "\n\n" + Padding;

    const string ParentalLeaveCoverYouthCounsellor = """
        Kirsty McAllister
        Counsellor & Psychotherapist (PACFA Reg. Clinical) | Brisbane QLD | 0400 555 218 | kirsty.mcallister@example.com

        CAREER HISTORY

        03/2023 – present	School Counsellor, St Aidan's Anglican Girls' School, Brisbane
        	Individual counselling for students in Years 7-12; risk assessments and safety planning;
        	parent consultations; delivered the Year 9 wellbeing curriculum

        02/2022 – 02/2023	Parental Leave Cover – Youth Counsellor, headspace Inala
        	Short-term counselling for young people aged 12-25; single-session intake; care coordination
        	with GPs and psychiatrists; group program for social anxiety

        07/2018 – 01/2022	Counsellor, Relationships Australia Queensland
        	Individual, couple and family counselling; family dispute resolution screening;
        	facilitated the "Men and Family Relationships" group

        02/2017 – 06/2018	Counsellor (placement), Lifeline Brisbane
        	Supervised telephone crisis support and face-to-face counselling

        QUALIFICATIONS
        Master of Counselling, Queensland University of Technology, 2018
        Bachelor of Psychological Science, University of Queensland, 2015

        REGISTRATION
        PACFA Registered Clinical Counsellor (No. 26341)
        Working with Children Check (Blue Card), current
        """ + "\n\n" + Padding;

    const string CoverPostUnderAnHrJob = """
        Fiona Harcourt
        Manchester | fiona.harcourt@example.com | 07700 900514

        PROFILE
        Registered counsellor (MBACP) returning to counselling after three years in HR. Person-centred
        practitioner with NHS and charity experience; looking for a counsellor post in adult mental health.

        EXPERIENCE

        2023 – present      HR Business Partner, Northwind Logistics Ltd, Trafford Park
                            Employee relations casework, absence management and policy for 600 staff

        2021 – 2023         Maternity leave cover: Counsellor, Manchester Mind
                            Person-centred counselling for adults with anxiety and depression; built a strong
                            therapeutic alliance with each client over 12-20 sessions; weekly supervision;
                            used CORE-10 and client feedback to review progress

        2018 – 2021         Counsellor, Talking Therapies Salford (NHS)
                            Short-term counselling for depression; collaborative goal setting; risk assessment;
                            worked with rupture and repair in the therapeutic relationship

        EDUCATION
        PG Diploma in Person-Centred Counselling, University of Salford, 2018
        BSc (Hons) Psychology, Manchester Metropolitan University, 2015

        MEMBERSHIP
        Registered Member, BACP (MBACP), 2018
        """ + "\n\n" + Padding;

    const string FamilyCaregiverSupportProgramCounselor = """
        Lorraine A. Whitfield, MA, LPC, NCC
        Harrisburg, PA • lwhitfield.lpc@example.com • (717) 555-0156

        PROFILE
        LPC specializing in caregivers, grief and late-life transitions. Individual and group counseling for adult
        children and spouses caring for a loved one with dementia; telehealth and in-home.

        EXPERIENCE

        2021 – present     Counselor, Susquehanna Counseling & Wellness, Camp Hill, PA
                           Outpatient counseling for older adults and caregivers; grief and anticipatory grief;
                           facilitate a monthly dementia caregivers' support group

        2016 – 2021        Family Caregiver Support Program Counselor, Dauphin County Area Agency on Aging
                           Individual counseling and caregiver stress assessments for 60+ caregivers a year;
                           CBT-based coping skills, respite planning and grief support; home visits

        2013 – 2016        Mental Health Therapist, Pennsylvania Counseling Services, Lebanon, PA
                           Outpatient therapy with adults; depression, anxiety and adjustment disorders

        EDUCATION
        M.A., Clinical Mental Health Counseling, Messiah University, 2013
        B.S., Gerontology, Penn State Harrisburg, 2010

        CREDENTIALS
        Licensed Professional Counselor, Pennsylvania (PC008812), 2016
        National Certified Counselor; Savvy Caregiver Program trainer
        """ + "\n\n" + Padding;

    const string FamilyCaregiverSpecialist = """
        Denise P. Harrington, MSW, LCSW
        Columbus, GA | dharrington.lcsw@example.com | (706) 555-0172

        PROFILE
        LCSW working with older adults and the families who care for them: grief, caregiver stress, anxiety and
        depression in late life. Individual, family and group work; home visits; telehealth for rural families.

        EXPERIENCE

        2022 – present     Geriatric Therapist, Chattahoochee Valley Counseling Services, Columbus, GA
                           Outpatient therapy for adults 60+; depression and anxiety in late life; family sessions;
                           problem-solving therapy and CBT; consultation with primary care

        2016 – 2022        Family Caregiver Specialist (LMSW, then LCSW), Alzheimer's Association, Georgia Chapter
                           Care consultations and short-term counseling for family caregivers of people living with
                           dementia; caregiver depression screening; led three caregiver support groups a month

        2012 – 2016        Medical Social Worker, Piedmont Columbus Regional Home Health
                           Psychosocial assessments, counseling and community referrals for homebound patients

        EDUCATION
        MSW, University of Georgia, 2012
        BA, Sociology, Columbus State University, 2010

        LICENSE
        Licensed Clinical Social Worker (LCSW), Georgia, CSW007716, 2016
        """ + "\n\n" + Padding;

    const string FamilyCaregiverAllianceEmployer = """
        Catherine Nguyen-Alvarez, LMFT
        Oakland, CA | cnguyenalvarez.lmft@example.com | (510) 555-0131

        PROFILE
        LMFT focused on family caregivers, dementia, and grief. Individual, family and group work in
        community agencies and hospice; bilingual English/Vietnamese.

        EXPERIENCE

        2020 – Present, Bay Hospice & Palliative Care, Oakland
        Bereavement Therapist
        • Individual and family grief therapy for 30-35 bereaved family members; weekly grief groups
        • Clinical supervision of two AMFTs; community grief education

        2014 – 2020, Family Caregiver Alliance, San Francisco
        Family Consultant (AMFT, then LMFT)
        • Assessed caregiver stress and depression; short-term counseling with spouses and adult children
        • Facilitated online support groups and Vietnamese-language caregiver workshops
        • Care planning with families facing dementia, stroke and Parkinson's

        2012 – 2014, Asian Community Mental Health Services, Oakland
        MFT Trainee
        • Counseling for Vietnamese-speaking adults and families, 15 clients a week

        EDUCATION
        MA, Counseling Psychology (MFT), University of San Francisco, 2014
        BA, Psychology, UC Davis, 2010

        LICENSE
        Licensed Marriage and Family Therapist, California, LMFT 118204
        """ + "\n\n" + Padding;

    const string TimeOutYouthCenterEmployer = """
        Jordan M. Ellery, MA, LCMHC
        Charlotte, NC | jellery.counseling@example.com | 704-555-0123 | pronouns: they/them

        SUMMARY
        Affirming therapist for LGBTQ+ adolescents, young adults and families. Trained in TF-CBT and
        attachment-based family therapy. Bilingual (English/Spanish).

        EXPERIENCE

        Queen City Affirming Therapy, PLLC — Charlotte, NC
        Founder & Therapist, 2022 – Present
        - Private practice with 20-25 clients weekly; gender-affirming care letters; parent support sessions

        2017 – 2022, Time Out Youth Center — Charlotte, NC
        Youth Counselor / Clinical Services Coordinator
        - Individual and family counseling for LGBTQ+ youth ages 13-24, many experiencing homelessness
        - Built the center's first in-house counseling program; grew it from 1 to 4 clinicians
        - Ran weekly support groups for trans and nonbinary teens and for parents

        2015 – 2017, Mecklenburg County Teen Health Connection — Charlotte, NC
        Counselor Associate (LCMHCA)
        - Adolescent counseling in a primary-care integrated setting; screening and brief intervention

        EDUCATION
        MA, Clinical Mental Health Counseling, UNC Charlotte, 2015
        BA, Psychology & Gender Studies, Appalachian State University, 2012

        LICENSURE
        Licensed Clinical Mental Health Counselor (LCMHC), North Carolina, #12093
        Certified TF-CBT Therapist
        """ + "\n\n" + Padding;

    const string WellnessCenterIntakeCounselor = """
        Marisol T. Beaumont, M.Ed., LPC
        Athens, GA | mbeaumont.lpc@example.com | 706-555-0148

        SUMMARY
        Licensed Professional Counselor with eight years in college student wellness and outpatient practice.
        Experienced in triage, brief assessment, short-term counseling and outreach with first-generation students.

        EXPERIENCE

        Clinical Counselor
        Peachtree Outpatient Associates, Athens, GA
        September 2022 – Present
        - Provide individual counseling to 24 adult clients weekly, primarily anxiety, depression and trauma
        - Use CBT, ACT and EMDR (trained 2023); complete treatment plans and progress notes in SimplePractice
        - Lead a six-week skills group for new parents

        Intake Coordinator
        Northgate College Student Health & Wellness Center, Dahlonega, GA
        August 2018 – August 2022
        - Conducted 12-18 triage appointments weekly with students seeking support
        - Assessed presenting concerns, safety and urgency; recommended short-term counseling, groups or community referral
        - Matched students with staff counselors; managed the waitlist and scheduled first appointments
        - Provided brief counseling and follow-up calls for students on the waitlist
        - Trained resident assistants in recognizing students in distress

        Residential Counselor
        Harbor House Youth Services, Gainesville, GA
        June 2016 – July 2018
        - Supported adolescents in a group home; de-escalation, life skills and daily check-ins
        - Documented behavior plans and communicated with case managers and families

        EDUCATION
        M.Ed., Clinical Mental Health Counseling, University of Georgia, 2018
        B.S., Psychology, Georgia College, 2016

        LICENSURE
        Licensed Professional Counselor (LPC), Georgia, LPC014552, 2021
        National Certified Counselor (NCC)
        """;

    const string EapIntakeSpecialist = """
        Gregory N. Paulsen, MA, LMHC
        Tampa, FL 33606 | 813-555-0177 | gpaulsen.counseling@example.com

        Licensed Mental Health Counselor with 11 years across employee assistance, outpatient therapy and
        telehealth. Calm on the phone, fast on documentation, and comfortable with high call volumes.

        WORK HISTORY

        Therapist - Telehealth                                              03/2021 - Present
        Bayshore Counseling Collective, Tampa, FL (remote)
        * Weekly caseload of 28 adults; anxiety, depression, grief, work stress and relationship concerns
        * Short-term solution-focused and CBT treatment; measurement-based care with PHQ-9 and GAD-7
        * Consult weekly with a peer team of six therapists

        Intake Specialist                                                   06/2017 - 02/2021
        Meridian EAP Solutions, Clearwater, FL
        * Answered the EAP line for 140 employer groups; 35-50 calls a shift from employees and family members
        * Completed telephonic assessments, determined urgency and authorized sessions with network counselors
        * Handled urgent calls and walked callers through next steps until warm transfer to the on-call clinician
        * Supported managers after workplace incidents with consultation and coordinated on-site debriefs
        * Met 98% of quality audits for documentation and case-opening accuracy

        Counselor                                                           08/2015 - 05/2017
        Hillsborough Family Services, Tampa, FL
        * Individual and family counseling for children and teens referred by schools; home and office visits
        * Co-led parenting groups in English and Spanish

        EDUCATION
        MA, Clinical Mental Health Counseling - University of South Florida, 2015
        BA, Psychology - University of Central Florida, 2012

        LICENSE
        Licensed Mental Health Counselor, Florida, MH 16633
        Certified Employee Assistance Professional (CEAP), 2019
        """;

    const string DiagnosticIntakeCoordinator = """
        DeShawn A. Whitaker, MA, LPC
        Nashville, TN | dwhitaker.counselor@example.com | (615) 555-0128

        PROFESSIONAL SUMMARY
        Licensed Professional Counselor (Mental Health Service Provider) with experience in community
        outpatient care: access, diagnostic assessment, and ongoing therapy for adults and adolescents.

        EXPERIENCE

        Outpatient Therapist — Cumberland Valley Wellness Center, Nashville, TN (07/2021 – Present)
        - Carry a caseload of 30 adults and adolescents; CBT, DBT-informed skills and motivational interviewing
        - Treatment plans, progress notes and care coordination with prescribers in an integrated clinic

        Intake Coordinator — Cumberland Valley Wellness Center, Nashville, TN (05/2018 – 06/2021)
        - Completed 8-10 diagnostic assessments a week for new adult and adolescent clients (DSM-5, DLA-20)
        - Formulated diagnostic impressions and initial service recommendations; presented at weekly team
        - Assigned new clients to therapists and prescribers; tracked time-to-first-appointment
        - Provided brief interventions and safety planning for clients waiting for therapy

        Residential Technician — Oasis Center Youth Shelter, Nashville, TN (09/2016 – 04/2018)
        - Supervised teens in an emergency shelter; de-escalation, daily groups and documentation

        EDUCATION
        M.A., Clinical Mental Health Counseling, Trevecca Nazarene University, 2018
        B.S., Psychology, Middle Tennessee State University, 2016

        LICENSURE
        Licensed Professional Counselor – Mental Health Service Provider (LPC-MHSP), Tennessee, #5112
        """;

    const string ShelterIntakeCoordinator = """
        Gabriela Fuentes-Rowe, MA, LPC
        San Antonio, TX | gfuentesrowe@example.com | 210-555-0164

        SUMMARY
        Bilingual (English/Spanish) LPC specializing in trauma recovery for survivors of intimate partner
        violence and their children. Trauma-focused CBT, CPT and play-based work with children.

        EXPERIENCE

        Trauma Therapist — Alamo Survivor Counseling Program, San Antonio, TX
        January 2022 – Present
        • Individual therapy for adult survivors (22 weekly) using CPT and TF-CBT; children's play-based sessions
        • Co-facilitate a 12-week Spanish-language support group for mothers

        Intake Specialist — Casa Esperanza Family Shelter, San Antonio, TX
        March 2018 – December 2021
        • Conducted intake interviews with women and children arriving at the 60-bed shelter, day and night
        • Completed lethality and danger assessments; built safety plans with each survivor
        • Provided trauma-informed emotional support and short-term counseling during the first 30 days
        • Linked families to legal advocacy, housing and children's services

        Victim Advocate — Bexar County District Attorney's Office, San Antonio, TX
        June 2016 – February 2018
        • Accompanied survivors through protective order hearings and trials

        EDUCATION
        M.A., Clinical Mental Health Counseling, St. Mary's University, 2020
        B.A., Psychology, University of Texas at San Antonio, 2016

        LICENSE
        Licensed Professional Counselor (LPC), Texas, #88124, 2023
        """ + "\n\n" + Padding;

    const string IntakeCounselorsOnlyJob = """
        Brianna L. Soto
        Phoenix, AZ | brianna.soto.counsel@example.com | 602-555-0146
        LAC (Licensed Associate Counselor), Arizona

        OBJECTIVE
        Licensed Associate Counselor seeking an outpatient therapist position where I can carry my own
        caseload. Three years of assessment and access work at a community agency, plus a full internship.

        EXPERIENCE

        Intake Specialist
        Valle del Sol Family Services, Phoenix, AZ
        October 2023 – Present
        - Complete 10-12 initial assessments a week with adults and adolescents entering outpatient services
        - Gather history, presenting concerns and goals; write assessment summaries and diagnostic impressions
        - Provide brief supportive counseling and safety plans when clients are in distress
        - Bilingual sessions (English/Spanish) for roughly half of new clients

        Counseling Intern
        Southwest Behavioral & Family Wellness, Phoenix, AZ
        August 2022 – August 2023
        - 700-hour internship; individual and group counseling with adults in outpatient care

        Peer Mentor, ASU Counseling Services, Tempe, AZ
        2020 – 2022

        EDUCATION
        M.S., Clinical Mental Health Counseling, Grand Canyon University, 2023
        B.S., Psychology, Arizona State University, 2021

        LICENSE
        Licensed Associate Counselor (LAC), Arizona Board of Behavioral Health Examiners, #LAC-21877, 2024
        """ + "\n\n" + Padding;

    const string GroupPracticeIntakeWithGlossaryWords = """
        Elena V. Marchetti, MS, LPC
        Denver, CO | emarchetti.lpc@example.com | 303-555-0185

        SUMMARY
        LPC with outpatient and access experience in a large group practice. I care most about the first contact:
        people who feel heard on the first call come back for the first session.

        EXPERIENCE

        Therapist, Front Range Counseling Partners, Denver, CO                       Aug 2023 – Present
        - Individual counseling for 24 adults weekly; anxiety, grief and life transitions
        - Progress notes and treatment plans in SimplePractice

        Intake Coordinator, Mile High Wellness Collective, Lakewood, CO              Jan 2019 – Jul 2023
        - First point of contact for 90+ new clients a month across 20 therapists
        - Built rapport with hesitant callers through active listening and empathy; completed initial screenings
        - Matched clients with clinicians by presenting concern, modality and cultural fit; reduced drop-off
          between first call and first session from 38% to 17% (client engagement project with the clinical director)
        - Used motivational interviewing with ambivalent callers; shared decision making on level of support
        - Collected client feedback after first sessions and fed it back to the matching process

        Graduate Counseling Intern, University of Denver Counseling Center             Sep 2021 – Jun 2023
        - Individual counseling with students, 10-12 per week; supervised practicum and internship

        EDUCATION
        M.S., Clinical Mental Health Counseling, University of Denver, 2023
        B.A., Psychology, Colorado State University, 2018

        LICENSE
        Licensed Professional Counselor (LPC), Colorado, #0018823
        """;

    const string AdmissionsCounselingAppointments = """
        Jasmine R. Whitley, MA, LPC Associate
        Dallas, TX | jwhitley.counseling@example.com | 214-555-0183

        SUMMARY
        LPC Associate who came to counseling from higher-education admissions. Outpatient work with adults and
        young adults; anxiety, depression and life transitions; person-centered and CBT approaches.

        EXPERIENCE

        LPC Associate, Trinity Oaks Counseling, Dallas, TX                              Jan 2025 – Present
        - Individual therapy with 20 adults weekly under the supervision of an LPC-S
        - Treatment planning and progress notes; co-facilitate a young-adult anxiety group

        Senior Admissions Officer, Lone Star Technical College, Irving, TX             Aug 2016 – Dec 2022
        - Held 15-20 individual counseling appointments a week with prospective students and parents
        - Ran group counseling sessions at high schools on programs, financial aid and application steps
        - Built rapport with applicants and guided them from inquiry to enrollment; 112% of enrollment goal
        - Trained and mentored four new admissions representatives

        Counseling Intern, Southern Methodist University Counseling Center, Dallas, TX     Aug 2023 – Dec 2024
        - 700-hour internship; individual counseling with undergraduates; weekly supervision

        EDUCATION
        M.A., Clinical Mental Health Counseling, Southern Methodist University, December 2024
        B.A., Communications, Texas Tech University, 2015

        LICENSE
        LPC Associate, Texas, #LPC-A 91233 (2025)
        """ + "\n\n" + Padding;

    [TestCase(ParentalLeaveNotedAfterAJobsDates, 16, "weak", "senior", "15.3", "clinical supervision=asserted")]
    [TestCase(SabbaticalNotedAfterAJobsDates, 0, "none", "senior", "17.9", "")]
    [TestCase(MaternityLeaveCoverDatesFirst, 0, "none", "senior", "9.9", "")]
    [TestCase(MaternityLeaveCoverAfterAComma, 0, "none", "senior", "9.9", "")]
    [TestCase(SabbaticalCoverPost, 16, "weak", "senior", "10.8", "clinical supervision=asserted")]
    // 9.8 as the review found it, "Counsellor (placement), Lifeline Brisbane" during her master's counted as a post; 8.4 since
    // session 29, where a title's "(placement)" note makes a placement (Fresh88, t09), and a placement is not her first year of work.
    [TestCase(ParentalLeaveCoverYouthCounsellor, 0, "none", "senior", "8.4", "")]
    [TestCase(CoverPostUnderAnHrJob, 61, "strong", "senior", "5", "person-centered=asserted;therapeutic alliance=asserted;client feedback=asserted;collaborative goal setting=asserted;rupture and repair=asserted;therapeutic relationship=asserted;person-centered=asserted")]
    [TestCase(FamilyCaregiverSupportProgramCounselor, 0, "none", "senior", "13.9", "")]
    [TestCase(FamilyCaregiverSpecialist, 0, "none", "senior", "14.9", "")]
    [TestCase(FamilyCaregiverAllianceEmployer, 16, "weak", "senior", "12.9", "clinical supervision=asserted")]
    [TestCase(TimeOutYouthCenterEmployer, 0, "none", "senior", "11.9", "")]
    [TestCase(WellnessCenterIntakeCounselor, 0, "none", "senior", "10.5", "")]
    [TestCase(EapIntakeSpecialist, 16, "weak", "senior", "11.3", "measurement-based care=asserted")]
    [TestCase(DiagnosticIntakeCoordinator, 16, "weak", "senior", "8.6", "motivational interviewing=asserted")]
    [TestCase(ShelterIntakeCoordinator, 0, "none", "senior", "8.8", "")]
    [TestCase(IntakeCounselorsOnlyJob, 0, "none", "mid", "3.2", "")]
    [TestCase(GroupPracticeIntakeWithGlossaryWords, 49, "moderate", "senior", "7.9", "rapport=asserted;active listening=asserted;empathy=asserted;client engagement=asserted;motivational interviewing=asserted;shared decision making=asserted;client feedback=asserted")]
    [TestCase(AdmissionsCounselingAppointments, 23, "weak", "junior", "1.9", "person-centered=asserted;treatment planning=asserted")]
    public void Answered_as_the_review_found_right(string text, int score, string band, string level, string years, string matches) =>
        ReviewResumes.AssertAnswered(text, score, band, level, years, matches);
}
