namespace HiringKit.Scoring.Tests;

/// <summary>
/// A third independent review of 2.14.0, after the second review's mends (61c8fcf). Each case was answered wrong by that form and
/// is answered right now, as 2.13.0 answered it: a top line is cut into pieces at "/", "&amp;", "and" and "turned" too ("Retired
/// U.S. Army Officer / Licensed Professional Counselor"); going back to the trade is "return to", "back to" or "re-enter" with
/// the trade's work named after it, not "returned 22 churned practices", "returns for clients", "returning clients" or findings
/// taken "back to clinical and product teams"; a labor relations office's deputy director stays in labor relations (only an
/// EAP clinician there, whose lines show the trade's work, is in the trade), and "working alliance with union leadership" is a
/// false friend; "Supervised practicum and internship students" is supervision given (only "a supervised internship" and the
/// like are received); a treatment centre's admissions officer doing intake and levels of care is in the trade; a staff
/// counselor of "Student Hotline &amp; Peer Support Programs" is staff; and References, Referees, Hobbies and Interests hold no
/// posts again (the rule that read dates under them as work, for one interleaved PDF, is withdrawn).
/// </summary>
public sealed class Review215FindingsTests
{
    // RetiredOfficerSlashLpc and FormerRangerTurnedLpc: one resume a line or two apart, built from the lines both share and each one's own.
    const string TorranceShared1 = """
        MICHAEL J. TORRANCE
        """;
    const string TorranceShared2 = """
        Colorado Springs, CO  |  (719) 555-0146  |  m.torrance@mail.example

        PROFESSIONAL SUMMARY
        Counselor with six years of outpatient practice with service members, veterans and their families,
        after a twenty-year Army career. I build rapport with people who were taught never to ask for help,
        and I keep a strong therapeutic alliance through motivational interviewing, collaborative goal
        setting and weekly Session Rating Scale check-ins. Moved to Colorado Springs in 2025 for my wife's
        assignment; Colorado LPC by endorsement pending. Seeking an outpatient therapist position.

        EXPERIENCE

        Front Desk Associate (part-time)                                       Aug 2025 - Present
        Pikes Peak Climbing Gym, Colorado Springs, CO
        - Check-in, memberships and day passes while my Colorado license is processed.
        - Opened and closed the gym on weekends.

        Outpatient Therapist                                                   Jun 2019 - Jul 2025
        Fort Hood Area Veterans Counseling Center, Killeen, TX
        - Individual and couples therapy for active-duty soldiers, veterans and spouses; caseload of 30.
        - Built the therapeutic alliance with clients referred by their command; Session Rating Scale every
          session and Outcome Rating Scale reviewed in supervision.
        - Collaborative treatment planning; CPT, PE and motivational interviewing for PTSD and alcohol use.
        - Crisis intervention and safety planning; on-call one week a month.

        Counseling Intern                                                      Aug 2018 - May 2019
        Central Texas College Counseling Center, Killeen, TX
        - Individual counseling for student veterans under weekly supervision.

        EDUCATION
        M.S., Clinical Mental Health Counseling, Texas A&M University-Central Texas, 2019
        B.S., History, United States Military Academy, 1999

        LICENSURE
        Licensed Professional Counselor, Texas (LPC #80122), 2021 - present
        Colorado LPC by endorsement, application submitted September 2025

        SKILLS
        CPT, PE, motivational interviewing, safety planning, military culture
        """;

    const string RetiredOfficerSlashLpc =
        TorranceShared1 + "\n"
        + "Retired U.S. Army Officer / Licensed Professional Counselor (LPC, Texas)" + "\n"
        + TorranceShared2;

    const string FormerRangerTurnedLpc =
        TorranceShared1 + "\n"
        + "Former Army Ranger turned Licensed Professional Counselor" + "\n"
        + TorranceShared2;

    const string ReturnedPractices = """
        RACHEL OYELOWO-BANKS
        Nashville, TN  |  (615) 555-0173  |  rachel.ob@mail.example  |  linkedin.com/in/rachelob

        PROFESSIONAL SUMMARY
        Customer success leader with five years at behavioral-health software companies, after an earlier
        career as an outpatient therapist. I own renewals and expansion for a $4.2M book of group practices
        and community mental health centers. Returned 22 churned practices to paid plans in 2025 through
        structured win-back reviews. I bring empathy, active listening, rapport and trust building to every
        difficult renewal conversation, and collaborative goal setting to every success plan.

        EXPERIENCE

        Senior Customer Success Manager                                       Mar 2023 - Present
        TheraNest Cloud (behavioral-health EHR), Nashville, TN
        - Book of 140 accounts, $4.2M ARR; gross retention 94%, net retention 108%.
        - Quarterly business reviews with practice owners; success plans tied to adoption metrics.
        - Led the win-back program for churned accounts; 22 practices returned to paid plans.

        Customer Success Manager                                              Jan 2021 - Feb 2023
        SimplePractice Partners, Nashville, TN
        - Onboarded 200+ solo and group practices; time-to-value down from 45 to 21 days.
        - Built onboarding playbooks and webinars with the product team.

        Outpatient Therapist                                                  Aug 2015 - Dec 2020
        Centerstone, Nashville, TN
        - Individual and family therapy for adolescents and adults; caseload of 30.
        - Built the therapeutic alliance with adolescents referred by juvenile court; collaborative
          treatment planning with families.
        - Crisis intervention and safety planning.

        EDUCATION
        M.S., Clinical Mental Health Counseling, Lipscomb University, 2015
        B.A., Psychology, Belmont University, 2013

        SKILLS
        Salesforce, Gainsight, Zendesk, renewals forecasting, QBRs, onboarding design
        """;

    const string ReturnsForClients = """
        DANIEL K. ABERNATHY, CFP
        Tulsa, OK  |  (918) 555-0152  |  dabernathy.wealth@mail.example

        PROFESSIONAL SUMMARY
        CERTIFIED FINANCIAL PLANNER with six years in wealth management, after eight years as a community
        counselor. I build long-term plans that deliver steady risk-adjusted returns for clients approaching
        retirement. I bring rapport, empathy and active listening to anxious clients in volatile markets,
        and trust building with families through hard conversations about money.

        EXPERIENCE

        Financial Advisor                                                     Jan 2020 - Present
        Edward Jones, Tulsa, OK
        - Manage $92M in client assets across 210 households; 97% client retention.
        - Retirement income planning, Roth conversions and estate coordination with attorneys.

        Financial Advisor Trainee                                             Jan 2019 - Dec 2019
        Edward Jones, Tulsa, OK
        - Earned Series 7, 66 and CFP credential; built a book of 60 households.

        Community Counselor                                                   Jun 2011 - Dec 2018
        Family & Children's Services, Tulsa, OK
        - Individual and family counseling for adults with depression, anxiety and substance use.
        - Built a working alliance with clients referred by child welfare; collaborative treatment planning.
        - Crisis intervention and after-hours on-call.

        EDUCATION
        M.S., Community Counseling, Northeastern State University, 2011
        B.A., Psychology, University of Tulsa, 2008

        LICENSES
        Series 7, Series 66, CFP (2019)
        """;

    const string BackToClinicalTeams = """
        NATALIA VERHOEVEN
        Boston, MA  |  (617) 555-0109  |  natalia.verhoeven@mail.example  |  nverhoeven.design

        SUMMARY
        Senior UX researcher with six years in digital mental health products, after five years as a
        therapist. I run generative and evaluative studies with patients and providers, and I take what I
        learn back to clinical and product teams as decisions, not decks. I build rapport with participants
        quickly and use active listening and empathy in every interview; trust building with engineering
        and design partners is how research gets used.

        EXPERIENCE

        Senior UX Researcher                                                  Apr 2022 - Present
        Talkspace, Boston, MA (remote)
        - Led research for the therapist-matching flow; first-session completion up 18%.
        - Diary studies and contextual inquiry with 60+ members; built the research repository.

        UX Researcher                                                         Jun 2019 - Mar 2022
        Ginger (now Headspace), San Francisco, CA (remote)
        - Usability testing and interviews for the coaching app; recruited and ran 300+ sessions.

        Outpatient Therapist                                                  Sep 2014 - May 2019
        Riverside Community Care, Dedham, MA
        - Individual therapy for adults with anxiety and depression; caseload of 28.
        - Built the therapeutic alliance through collaborative treatment planning and client feedback.

        EDUCATION
        M.A., Counseling Psychology, Boston College, 2014
        B.A., Cognitive Science, Tufts University, 2012

        SKILLS
        Interviewing, diary studies, usability testing, survey design, Dovetail, Figma, SQL
        """;

    const string ReturningClients = """
        KELSEY DRUMMOND-PARK
        Boise, ID  |  (208) 555-0134  |  kelsey.dp.fitness@mail.example

        SUMMARY
        NASM-certified personal trainer and small-group coach since 2021, after four years as a school-based
        counselor. I keep a full roster of 45 returning clients and a 4.9-star rating. Clients stay because I
        bring empathy, active listening and rapport to every session, and collaborative goal setting to every
        twelve-week program.

        EXPERIENCE

        Personal Trainer and Small-Group Coach                                Sep 2021 - Present
        Idaho Athletic Club, Boise, ID
        - 28 sessions a week; designed strength and mobility programs for adults 40+.
        - Led the club's "Strong at Sixty" small-group program; 90% renewal rate.

        School Counselor                                                      Aug 2017 - Jun 2021
        Boise School District, Boise, ID
        - Individual and group counseling for grades 6-8; anxiety, grief and peer conflict.
        - Built rapport with students referred for attendance and behavior; crisis intervention and safety planning.

        EDUCATION
        M.Ed., School Counseling, Boise State University, 2017
        B.S., Kinesiology, University of Idaho, 2014

        CERTIFICATIONS
        NASM Certified Personal Trainer (CPT), 2021
        """;

    const string LaborOfficeDeputyDirector = """
        THERESA M. CALLAGHAN
        Brooklyn, NY  |  (718) 555-0164  |  t.callaghan@mail.example

        PROFESSIONAL SUMMARY
        Labor relations executive with nine years representing the City in collective bargaining, after an
        earlier career as an employee assistance counselor. I negotiate economic and non-economic terms with
        twelve municipal unions and keep a working alliance with union leadership through hard rounds. I bring
        active listening, empathy, rapport and trust building to the table, and calm crisis intervention when
        a job action threatens services.

        EXPERIENCE

        Deputy Director, Office of Labor Relations                            Feb 2021 - Present
        City of New York
        - Lead negotiator for uniformed and civilian bargaining units; 14 contracts settled since 2021.
        - Advise agency heads on contract administration, discipline and grievance arbitration.

        Assistant Director, Office of Labor Relations                         Jul 2016 - Jan 2021
        City of New York
        - Managed the grievance and arbitration docket for 40 agencies; Step III hearings officer.
        - Drafted side letters and memoranda of agreement; trained agency labor liaisons.

        Employee Assistance Counselor                                         Sep 2009 - Jun 2016
        Empire Health Employee Assistance Program, New York, NY
        - Short-term counseling for employees and family members; assessment and referral.
        - Built a working alliance with employees referred by supervisors; crisis intervention after
          workplace critical incidents.

        EDUCATION
        J.D., Brooklyn Law School, 2016 (evening division)
        M.S.W., Hunter College Silberman School of Social Work, 2009
        B.A., Psychology, Fordham University, 2007
        """;

    const string SupervisesStudents = """
        HOLLIS VANDERMEER, LCSW
        Madison, WI  |  (608) 555-0123  |  h.vandermeer@mail.example

        PROFILE
        Clinical social worker in community mental health. I build a steady therapeutic alliance with adults
        who have been let down by services, and I teach the next generation of clinicians to do the same.

        EXPERIENCE

        Therapist
        Journey Mental Health Center, Madison, WI
        - Individual and group therapy for adults with serious mental illness and co-occurring disorders.
        - Built the therapeutic alliance with clients new to services; collaborative treatment planning.
        - Supervised practicum and internship students from UW-Madison each academic year.
        - Supervised fieldwork for MSW students; field instructor of record.

        Case Manager
        Journey Mental Health Center, Madison, WI
        - Community case management for adults with serious mental illness; crisis intervention.

        EDUCATION
        M.S.W., University of Wisconsin-Madison
        B.A., Sociology, University of Wisconsin-Madison

        LICENSURE
        Licensed Clinical Social Worker (LCSW), Wisconsin
        """;

    const string FallenHobbiesHeading = """
        CAMILLE OKAFOR, LCPC
        Baltimore, MD  |  (410) 555-0187  |  camille.okafor@mail.example

        PROFESSIONAL SUMMARY
        Licensed Clinical Professional Counselor with inpatient and outpatient experience with adults with
        serious mental illness. I build the therapeutic alliance with patients who arrive involuntarily,
        through rapport, collaborative treatment planning and crisis intervention.

        EXPERIENCE

        Outpatient Therapist                                                  Jul 2022 - Present
        Sheppard Pratt Outpatient Services, Towson, MD
        - Individual and group therapy for adults after psychiatric discharge; caseload of 32.
        - Built the therapeutic alliance with clients who distrust services; Session Rating Scale weekly.
        - Collaborative treatment planning with clients and families.

        Inpatient Counselor                                                   Jun 2019 - Jun 2022
        Spring Grove Hospital Center, Catonsville, MD
        - Individual and group counseling on an adult acute unit; discharge planning with the team.
        - Crisis intervention and de-escalation.

        Mental Health Counselor
        HOBBIES
        Jun 2015 - May 2019
        Walter P. Carter Center, Baltimore, MD
        - Group counseling and case coordination for adults with serious mental illness; 24-bed unit.
        Choir (Baltimore Choral Arts Society), distance running, pottery

        EDUCATION
        M.S., Clinical Mental Health Counseling, Loyola University Maryland, 2019
        B.A., Psychology, Towson University, 2015

        LICENSURE
        Licensed Clinical Professional Counselor (LCPC), Maryland, 2021 - present
        """;

    const string FallenHobbiesArmy = """
        DEREK ALVARADO, LPC
        El Paso, TX  |  (915) 555-0142  |  derek.alvarado@mail.example

        PROFESSIONAL SUMMARY
        Licensed Professional Counselor with outpatient and military behavioral health experience. I build
        the therapeutic alliance with soldiers and veterans who were trained not to ask for help, through
        rapport, collaborative treatment planning and crisis intervention.

        EXPERIENCE

        Outpatient Therapist                                                  Aug 2021 - Present
        Emergence Health Network, El Paso, TX
        - Individual therapy for veterans and families; caseload of 30.
        - Built the therapeutic alliance with clients referred by the VA; Session Rating Scale every session.

        HOBBIES
        Behavioral Health Counselor, William Beaumont Army Medical Center     Jun 2016 - Jul 2021
        - Individual and group counseling for soldiers; PTSD and substance use; crisis intervention.
        Trail running, woodworking, coaching youth baseball

        EDUCATION
        M.A., Counseling, University of Texas at El Paso, 2016
        B.S., Psychology, UTEP, 2013

        LICENSURE
        Licensed Professional Counselor, Texas, 2018 - present
        """;

    const string TreatmentCentreAdmissions = """
        ALEXIS FONTAINE, LPC
        Provo, UT  |  (801) 555-0129  |  alexis.fontaine@mail.example

        PROFESSIONAL SUMMARY
        Licensed Professional Counselor with seven years in adolescent residential treatment. For the last
        four I have been the clinician families meet first: I do the intake assessment, build rapport with a
        frightened teen and exhausted parents, and agree the first treatment goals with them before the
        unit therapist takes over.

        EXPERIENCE

        Admissions Officer                                                    Jan 2022 - Present
        Sandstone Ridge Residential Treatment Center, Provo, UT
        - Clinical intake assessments for adolescents and their parents, by phone and on campus.
        - Determine level of care with the medical director; write the admission summary and initial treatment goals.
        - Build rapport with teens admitted against their wishes; crisis intervention on admission day.
        - Hand each family to its unit therapist with a warm handoff meeting.

        Residential Therapist                                                 Jun 2019 - Dec 2021
        Sandstone Ridge Residential Treatment Center, Provo, UT
        - Individual, group and family therapy for adolescents with depression, trauma and self-harm.
        - Built the therapeutic alliance with resistant teens; collaborative treatment planning with families.

        EDUCATION
        M.S., Clinical Mental Health Counseling, Brigham Young University, 2019
        B.S., Family Life, Utah State University, 2017

        LICENSURE
        Licensed Professional Counselor, Utah, 2021 - present
        """;

    const string RefereeDates = """
        SIÂN PRITCHARD, MBACP (Accred)
        Cardiff  |  07700 900412  |  sian.pritchard@mail.example

        PROFILE
        BACP-accredited person-centred counsellor working with adults in a primary care talking therapies
        service. I put the therapeutic relationship first: unconditional positive regard, empathy and a safe
        therapeutic environment, with client feedback sought every session.

        EMPLOYMENT HISTORY

        Counsellor (Band 6)                                                   May 2022 - Present
        Cardiff and Vale University Health Board, Primary Care Mental Health Support Service
        - Short-term person-centred counselling for adults with anxiety, depression and bereavement.
        - Client feedback via CORE-10 and the Session Rating Scale; caseload of 22.

        Trainee Counsellor (placement)                                        Sep 2020 - Apr 2022
        Cruse Bereavement Support, Cardiff
        - Bereavement counselling for adults under fortnightly clinical supervision.

        Retail Store Manager                                                  Mar 2008 - Aug 2020
        Marks & Spencer, Queen Street, Cardiff
        - Led a team of 45; store performance, rotas and recruitment.

        EDUCATION
        MSc Counselling and Psychotherapy, Cardiff Metropolitan University, 2022
        BA (Hons) Business Studies, University of South Wales, 2007

        REFERENCES
        Gareth Lewis, Counselling Service Lead, Cardiff and Vale UHB (line manager, 2022 - present)
        Dr. Eleri Morgan, Senior Lecturer in Counselling, Cardiff Met (programme tutor, 2018 - 2022)
        Karen Davies, Counselling Supervisor, Cruse Cardiff (clinical supervisor, 2012 - 2022)
        """;

    const string HobbyCrisisCounselor = """
        OLIVIA HASSELBECK, LPC-A
        Charlotte, NC  |  (704) 555-0111  |  olivia.hasselbeck@mail.example

        PROFESSIONAL SUMMARY
        Early-career counselor (LCMHC Associate) working with young adults with anxiety and depression. I
        build rapport quickly, ask for client feedback every session and agree treatment goals together.

        EXPERIENCE

        Counselor (LCMHC Associate)                                           Jul 2025 - Present
        Novant Health Behavioral Health Outpatient, Charlotte, NC
        - Individual therapy for adults 18-30; caseload building to 20 under weekly supervision.
        - Collaborative treatment planning; Session Rating Scale every session.

        Counseling Intern                                                     Aug 2024 - May 2025
        UNC Charlotte Counseling and Psychological Services, Charlotte, NC
        - Individual counseling for undergraduates; 300 direct hours.

        EDUCATION
        M.A., Clinical Mental Health Counseling, UNC Charlotte, 2025
        B.A., Psychology, Appalachian State University, 2018

        HOBBIES & INTERESTS
        Crisis Counselor, Crisis Text Line, 2018 - present
          Four-hour weekly shift from home; 900+ conversations with texters in crisis.
        Half-marathons, community choir, rescue dogs
        """;

    const string HotlineAndPeerPrograms = """
        ROSALIND ACHEAMPONG, LMHC
        Gainesville, FL  |  (352) 555-0127  |  r.acheampong@mail.example

        PROFESSIONAL SUMMARY
        Licensed Mental Health Counselor with seven years in university mental health. I build rapport with
        students in the first minutes of a crisis call, use motivational interviewing to get them to a first
        appointment, and keep a working alliance that carries them into ongoing care.

        EXPERIENCE

        Staff Counselor, Student Hotline & Peer Support Programs              Sep 2019 - Present
        University of Florida Counseling and Wellness Center, Gainesville, FL
        - Licensed staff clinician on the 24/7 student hotline; crisis intervention, risk assessment and safety planning.
        - Individual short-term therapy for students with depression, anxiety and trauma; caseload of 25.
        - Built the therapeutic alliance with students reluctant to seek help; Session Rating Scale every session.

        Counseling Intern                                                     Aug 2018 - May 2019
        Santa Fe College Counseling Center, Gainesville, FL
        - Individual counseling for students under weekly supervision.

        EDUCATION
        M.Ed./Ed.S., Mental Health Counseling, University of Florida, 2019

        LICENSURE
        Licensed Mental Health Counselor, Florida, 2021 - present
        """;

    [TestCase(RetiredOfficerSlashLpc, 63, "strong", "senior", "6.2", "rapport=asserted;therapeutic alliance=asserted;motivational interviewing=asserted;collaborative goal setting=asserted;session rating scale=asserted;therapeutic alliance=asserted;session rating scale=asserted;collaborative treatment planning=asserted;motivational interviewing=asserted;crisis intervention=asserted;motivational interviewing=asserted")]
    [TestCase(FormerRangerTurnedLpc, 63, "strong", "senior", "6.2", "rapport=asserted;therapeutic alliance=asserted;motivational interviewing=asserted;collaborative goal setting=asserted;session rating scale=asserted;therapeutic alliance=asserted;session rating scale=asserted;collaborative treatment planning=asserted;motivational interviewing=asserted;crisis intervention=asserted;motivational interviewing=asserted")]
    [TestCase(ReturnedPractices, 38, "moderate", "senior", "5.4", "therapeutic alliance=asserted;collaborative treatment planning=asserted;crisis intervention=asserted")]
    [TestCase(ReturnsForClients, 38, "moderate", "senior", "7.6", "working alliance=asserted;collaborative treatment planning=asserted;crisis intervention=asserted")]
    [TestCase(BackToClinicalTeams, 46, "moderate", "mid", "4.8", "therapeutic alliance=asserted;collaborative treatment planning=asserted;client feedback=asserted")]
    [TestCase(ReturningClients, 18, "weak", "mid", "3.9", "rapport=asserted;crisis intervention=asserted")]
    [TestCase(LaborOfficeDeputyDirector, 17, "weak", "senior", "6.8", "working alliance=asserted;crisis intervention=asserted")]
    [TestCase(SupervisesStudents, 46, "moderate", "senior", "", "therapeutic alliance=asserted;therapeutic alliance=asserted;collaborative treatment planning=asserted;crisis intervention=asserted")]
    [TestCase(FallenHobbiesHeading, 58, "strong", "senior", "11.5", "therapeutic alliance=asserted;rapport=asserted;collaborative treatment planning=asserted;crisis intervention=asserted;therapeutic alliance=asserted;session rating scale=asserted;collaborative treatment planning=asserted;crisis intervention=asserted")]
    [TestCase(FallenHobbiesArmy, 45, "moderate", "senior", "10.5", "therapeutic alliance=asserted;rapport=asserted;collaborative treatment planning=asserted;crisis intervention=asserted;therapeutic alliance=asserted;session rating scale=asserted;crisis intervention=asserted")]
    [TestCase(TreatmentCentreAdmissions, 60, "strong", "senior", "7.5", "rapport=asserted;treatment goals=asserted;treatment goals=asserted;rapport=asserted;crisis intervention=asserted;therapeutic alliance=asserted;collaborative treatment planning=asserted")]
    [TestCase(RefereeDates, 42, "moderate", "mid", "4.6", "person-centered=asserted;therapeutic relationship=asserted;unconditional positive regard=asserted;empathy=asserted;safe therapeutic environment=asserted;client feedback=asserted;person-centered=asserted;client feedback=asserted;session rating scale=asserted;clinical supervision=asserted")]
    [TestCase(HobbyCrisisCounselor, 33, "moderate", "junior", "1.4", "rapport=asserted;client feedback=asserted;treatment goals=asserted;collaborative treatment planning=asserted;session rating scale=asserted")]
    [TestCase(HotlineAndPeerPrograms, 45, "moderate", "senior", "7.3", "rapport=asserted;motivational interviewing=asserted;working alliance=asserted;crisis intervention=asserted;therapeutic alliance=asserted;session rating scale=asserted")]
    public void Answered_as_the_review_found_right(string text, int score, string band, string level, string years, string matches) =>
        ReviewResumes.AssertAnswered(text, score, band, level, years, matches);
}
