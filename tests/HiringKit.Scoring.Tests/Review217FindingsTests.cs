namespace HiringKit.Scoring.Tests;

/// <summary>
/// A fifth independent review of 2.14.0, after the fourth review's mends (72b27a0), ranked by how often a recruiter meets each
/// case. Each was answered wrong by that form and is answered right now, as 2.13.0 answered it: "operations manager" and
/// "manufacturing" are no other trade (a clinic's operations manager supervises its clinicians, a manufacturer's EAP specialist
/// counsels its workers); "Prior Experience" and the other headings added for one blind set are withdrawn (a technician's years
/// under them made a new associate senior); a former assistant principal is another trade (without 2.13.0's false friend her
/// "working alliance with unions" made her job a counselor's eight years); "directed a supervised internship program" is
/// supervision given. Two cases both forms answered wrong are right now: a return said after a comma ("..., returning to
/// clinical practice") or with "now" keeps the summary.
/// </summary>
public sealed class Review217FindingsTests
{
    // ClinicalOperationsManager and ClinicalOperationsManagerNoCredentials: one resume a line or two apart, built from the lines both share and each one's own.
    const string OkaforShared1 = """
        Houston, TX  |  (713) 555-0142  |  d.okafor@mail.example  |  linkedin.com/in/dokafor

        PROFESSIONAL SUMMARY
        Licensed Professional Counselor-Supervisor with 13 years in community behavioral health, the last six
        running clinical operations for a multi-site outpatient agency while keeping a small caseload. I train
        and supervise clinicians to build a strong therapeutic alliance early, track it with the Session Rating
        Scale, and repair ruptures before clients drop out. Bilingual (English/Spanish).

        PROFESSIONAL EXPERIENCE

        Clinical Operations Manager                                              Mar 2020 - Present
        Harris Center Outpatient Services, Houston, TX
        - Oversee day-to-day clinical operations for three outpatient clinics (38 clinicians, 2,400 active clients).
        - Provide weekly individual and group clinical supervision to 9 LPC Associates and LMSWs toward licensure.
        - Carry a caseload of 10 adults with depression, trauma and co-occurring disorders; CBT, CPT and MI.
        - Introduced routine outcome monitoring (ORS/SRS) across sites; no-show rate fell from 31% to 19%.
        - Lead case consultation on alliance ruptures and high-risk clients; co-chair the quality committee.

        Senior Outpatient Therapist                                              Jun 2016 - Feb 2020
        Harris Center Outpatient Services, Houston, TX
        - Individual and group therapy for adults with serious mental illness and trauma histories.
        - Built rapport with clients referred from jail diversion; kept engagement through the first 90 days.
        - Mentored four newly hired therapists; led a weekly DBT skills group.

        Outpatient Therapist                                                     Aug 2013 - May 2016
        The Council on Recovery, Houston, TX
        - Individual, family and group counseling for adults in substance use treatment.
        - Completed biopsychosocial assessments and collaborative treatment plans.

        EDUCATION
        M.A., Clinical Mental Health Counseling, University of Houston-Clear Lake, 2013
        B.S., Psychology, Texas Southern University, 2010

        LICENSURE & CERTIFICATIONS
        Licensed Professional Counselor-Supervisor (LPC-S), Texas #71234
        National Certified Counselor (NCC)
        """;

    const string ClinicalOperationsManager =
        "DANIELLE OKAFOR, LPC-S, NCC" + "\n"
        + OkaforShared1;

    const string ClinicalOperationsManagerNoCredentials =
        "DANIELLE OKAFOR" + "\n"
        + OkaforShared1;

    const string ResidentialProgramOperationsManager = """
        MICHAEL TRAN
        Portland, OR  |  (503) 555-0190  |  mtran@mail.example

        SUMMARY
        Qualified Mental Health Professional with ten years in residential and outpatient youth treatment. I build
        rapport with teens who have been through many placements and keep the therapeutic alliance through discharge.

        EXPERIENCE

        Residential Program Operations Manager                                  Jun 2021 - Present
        Trillium Family Services, Portland, OR
        - Run a 16-bed adolescent psychiatric residential treatment program; supervise 22 milieu staff and 3 QMHPs.
        - Carry a caseload of 4 youth for individual and family therapy; lead weekly treatment team.
        - Crisis response and de-escalation; debrief staff after restraints.

        Residential Therapist (QMHP)                                            Aug 2016 - May 2021
        Trillium Family Services, Portland, OR
        - Individual, group and family therapy for adolescents 12-17 with trauma, self-harm and mood disorders.

        EDUCATION
        M.A., Counseling Psychology, Lewis & Clark College, 2016
        """;

    const string IntakeAndOperationsManager = """
        SOPHIA MARTINEZ-COLE, LMHC
        Tampa, FL  |  (813) 555-0144  |  smcole@mail.example

        SUMMARY
        Licensed mental health counselor with ten years of outpatient and crisis work. I build a working alliance
        quickly with clients in crisis and keep them engaged after stabilization.

        EXPERIENCE

        Clinic Operations Manager / Therapist                                    Feb 2021 - Present
        Gracepoint, Tampa, FL
        - Manage daily operations of a walk-in mental health clinic; supervise front office and intake staff.
        - Carry a caseload of 15 therapy clients; crisis assessments and safety planning.

        Intake and Operations Manager                                            Jan 2017 - Jan 2021
        Personal Enrichment through Mental Health Services (PEMHS), Pinellas Park, FL
        - Conducted intake assessments and crisis screenings for adults and children seeking services.
        - Managed intake workflow, bed board and staffing for the crisis stabilization unit.
        - Provided brief supportive counseling to callers on the 24-hour crisis line during surge hours.

        Mental Health Counselor                                                  Jun 2014 - Dec 2016
        Directions for Living, Clearwater, FL
        - Individual and group therapy for adults with serious mental illness.

        EDUCATION
        M.A., Clinical Mental Health Counseling, University of South Florida, 2014

        LICENSURE
        Licensed Mental Health Counselor (LMHC), Florida #MH12345
        """;

    // ManufacturerEapSpecialist and ManufacturerEapSpecialistLater: one resume a line or two apart, built from the lines both share and each one's own.
    const string EapSpecialistShared1 = """
        DEREK WASHINGTON, LPC, CEAP
        Murfreesboro, TN  |  (615) 555-0158  |  dwashington@mail.example

        SUMMARY
        Licensed Professional Counselor and Certified Employee Assistance Professional. Eleven years of short-term
        counseling with employees and families; I build rapport fast and keep the working alliance at the center
        of brief, goal-focused sessions.

        PROFESSIONAL EXPERIENCE

        Employee Assistance Specialist
        Nissan North America Manufacturing, Smyrna, TN  |  Feb 2018 - Present
        - Onsite short-term counseling (up to 8 sessions) for employees and families; 20-25 sessions a week.
        - Suicide risk assessment, safety planning and critical incident response on the plant floor.
        - Coach supervisors on referrals; coordinate return-to-work plans with occupational health.

        Outpatient Therapist
        """;
    const string EapSpecialistShared2 = """
        - Individual and family therapy for adults and adolescents; depression, anxiety, substance use.

        EDUCATION
        M.S., Professional Counseling, Middle Tennessee State University, 2015

        LICENSURE
        Licensed Professional Counselor - Mental Health Service Provider (LPC-MHSP), Tennessee
        """;

    const string ManufacturerEapSpecialist =
        EapSpecialistShared1 + "\n"
        + "Centerstone, Murfreesboro, TN  |  Jun 2015 - Jan 2018" + "\n"
        + EapSpecialistShared2;

    const string ManufacturerEapSpecialistLater =
        EapSpecialistShared1 + "\n"
        + "Volunteer Behavioral Health Care System, Murfreesboro, TN  |  Jun 2015 - Jan 2018" + "\n"
        + EapSpecialistShared2;

    const string ManufacturerEapConsultant = """
        MARCUS BELL, LCSW, CEAP
        Greenville, SC  |  (864) 555-0130  |  mbell.eap@mail.example

        SUMMARY
        Clinical social worker and employee assistance professional with ten years in workplace mental health.
        I provide short-term counseling to employees and their families, and I keep the therapeutic alliance
        at the center of brief work: shared goals from session one, and feedback every session.

        EXPERIENCE

        Employee Assistance Program Consultant, BMW Manufacturing Co.           Sep 2018 - Present
        - Onsite assessment, short-term counseling and referral for 11,000 employees and dependents.
        - Crisis response after workplace injuries and deaths; suicide risk screening with the C-SSRS.
        - Supervisor trainings on recognizing distress; formal referrals for fitness-for-duty.

        Outpatient Therapist, Greenville Mental Health Center                    Jul 2014 - Aug 2018
        - Individual and group therapy for adults with depression, PTSD and substance use disorders.
        - Built rapport with reluctant clients; reduced early dropout in my caseload.

        EDUCATION
        Master of Social Work, University of South Carolina, 2014

        LICENSURE
        Licensed Independent Social Worker - Clinical Practice (LISW-CP), South Carolina
        Certified Employee Assistance Professional (CEAP)
        """;

    const string ManufacturerEapCoordinator = """
        BRENDA KOWALSKI, LMSW
        Fort Wayne, IN  |  (260) 555-0187  |  bkowalski@mail.example

        SUMMARY
        Clinical social worker with eight years in workplace behavioral health. Brief counseling, crisis response and
        referral for employees and families; I build a working alliance in the first session because EAP work is short.

        EXPERIENCE

        Employee Assistance Program Coordinator | General Motors Fort Wayne Assembly (Manufacturing)  |  2019 - Present
        - Assess and counsel employees and dependents (up to six sessions); anxiety, grief, substance use, family conflict.
        - Critical incident stress debriefings after plant injuries; suicide risk screening and safety planning.
        - Refer to outpatient and inpatient providers and follow up on engagement.

        Therapist | Park Center, Fort Wayne, IN  |  2016 - 2019
        - Outpatient individual and group therapy for adults with depression and substance use disorders.

        EDUCATION
        Master of Social Work, Indiana University, 2016
        """;

    const string PriorExperienceTechnician = """
        JORDAN ELLIS, LPC Associate
        Dallas, TX  |  (214) 555-0150  |  jordan.ellis@mail.example

        SUMMARY
        New LPC Associate who finished a 700-hour internship in outpatient and crisis settings. I focus on building
        the therapeutic alliance with adolescents and young adults, and I use the Session Rating Scale to check it.

        EDUCATION
        M.S., Clinical Mental Health Counseling, Southern Methodist University, May 2026
        B.S., Psychology, University of North Texas, 2016

        CLINICAL TRAINING
        Counseling Intern                                                        Aug 2025 - May 2026
        Child & Family Guidance Centers, Dallas, TX
        - Individual therapy with adolescents (caseload of 12) under weekly supervision; TF-CBT and MI.

        Practicum Counselor                                                      Jan 2025 - May 2025
        SMU Center for Family Counseling, Dallas, TX
        - Intake assessments and individual counseling with adults under live supervision.

        LICENSURE
        LPC Associate, Texas #A12345 (supervised by Dr. K. Moore, LPC-S)

        PRIOR EXPERIENCE
        Mental Health Technician                                                 Jun 2016 - Jul 2021
        Green Oaks Behavioral Health Hospital, Dallas, TX
        - Milieu safety checks, de-escalation and group facilitation on the adolescent unit.

        Barista                                                                  Aug 2021 - Dec 2024
        Starbucks, Dallas, TX
        - Customer service while in graduate school.
        """;

    const string FormerAssistantPrincipal = """
        THOMAS REILLY
        Scranton, PA  |  (570) 555-0102  |  treilly.counsel@mail.example

        SUMMARY
        Certified school counselor completing my M.Ed. after sixteen years in public education, most recently as an
        assistant principal. I know how schools run, and I want to spend the rest of my career with students.

        EXPERIENCE

        School Counseling Intern                                                 Sep 2025 - Present
        Abington Heights Middle School, Clarks Summit, PA
        - Individual and small-group counseling for grades 6-8 under the supervision of a certified counselor.
        - Classroom lessons on study skills, friendship and coping with stress.

        Assistant Principal                                                      Aug 2016 - Jun 2025
        Scranton School District, Scranton, PA
        - Oversaw discipline, attendance and master scheduling for a 1,100-student high school.
        - Kept a working alliance with unions and the parent council through two contract cycles.
        - Evaluated 40 teachers a year; ran the building's threat assessment team.

        Social Studies Teacher                                                   Aug 2009 - Jun 2016
        Scranton School District, Scranton, PA
        - Taught U.S. history and civics; coached debate.

        EDUCATION
        M.Ed., School Counseling, Marywood University, expected May 2026
        M.S., Educational Leadership, University of Scranton, 2015
        B.A., History, Penn State University, 2009

        CERTIFICATION
        Pennsylvania Instructional II (Social Studies); Principal K-12
        """;

    const string DirectedSupervisedInternshipProgram = """
        PAULA FERREIRA, LPC
        Austin, TX  |  (512) 555-0129  |  paula.ferreira@mail.example

        PROFILE
        Licensed Professional Counselor in community mental health and private practice. I build the
        therapeutic alliance from the first session and teach new clinicians to do the same.

        EXPERIENCE

        Clinical Leadership
        - Founded and directed a supervised internship program for graduate counseling students at a community agency.
        - Established a supervised practicum site with the local university; reviewed every intern's case notes.
        - Led weekly group consultation on alliance ruptures for the agency's therapists.

        Direct Practice
        - Individual, couples and family therapy for adults with trauma, depression and anxiety.
        - Track the alliance with the Session Rating Scale and adjust when scores drop.

        EMPLOYERS
        Integral Care, Austin, TX
        Austin Counseling Collaborative (private practice)

        EDUCATION
        M.A., Counseling, St. Edward's University
        LICENSURE
        Licensed Professional Counselor (LPC), Texas
        """;

    // ReturningAfterAComma and NowReturning: one resume a line or two apart, built from the lines both share and each one's own.
    const string ReturningShared1 = """
        JESSICA ALVAREZ
        Denver, CO  |  (303) 555-0176  |  jess.alvarez@mail.example

        SUMMARY
        """;
    const string ReturningShared2 = """

        EXPERIENCE

        Retail Sales Associate (part-time)                                      Oct 2024 - Present
        Target, Lakewood, CO
        - Guest service, register and fitting room; weekend shifts while my youngest started school.

        Outpatient Therapist                                                    Aug 2015 - Jun 2022
        Jefferson Center for Mental Health, Lakewood, CO
        - Individual and family therapy for adolescents 12-18 with depression, anxiety, self-harm and trauma.
        - Used Motivational Interviewing and collaborative goal setting to build engagement with reluctant teens.
        - Caseload of 30; monthly family sessions; safety planning with the Stanley-Brown template.

        School-Based Therapist (practicum and internship)                       Aug 2014 - May 2015
        Denver Public Schools
        - Individual counseling for middle school students under supervision.

        EDUCATION
        M.A., Clinical Mental Health Counseling, University of Denver, 2015
        B.A., Psychology, Colorado State University, 2012

        LICENSURE
        Licensed Professional Counselor (LPC), Colorado #0012345
        """;

    const string ReturningAfterAComma =
        ReturningShared1 + "\n"
        + "Licensed counselor with seven years of outpatient work with adolescents and families, returning to clinical" + "\n"
        + "practice after a three-year break to raise my children. I build rapport quickly with teens who did not" + "\n"
        + "choose to be in therapy, and I protect the therapeutic alliance with parents and the young person alike." + "\n"
        + "My Colorado LPC is active and my CEUs are current." + "\n"
        + ReturningShared2;

    const string NowReturning =
        ReturningShared1 + "\n"
        + "After a three-year break to raise my children, now returning to clinical practice. Before my break I" + "\n"
        + "spent seven years as an outpatient therapist with adolescents and families. I build rapport quickly with" + "\n"
        + "teens who did not choose to be in therapy, and I protect the therapeutic alliance with parents and the" + "\n"
        + "young person alike. My Colorado LPC is active and my CEUs are current." + "\n"
        + ReturningShared2;

    [TestCase(ClinicalOperationsManager, 46, "moderate", "senior", "13.3", "therapeutic alliance=asserted;session rating scale=asserted;clinical supervision=asserted;alliance rupture=asserted;rapport=asserted")]
    [TestCase(ClinicalOperationsManagerNoCredentials, 46, "moderate", "senior", "13.3", "therapeutic alliance=asserted;session rating scale=asserted;clinical supervision=asserted;alliance rupture=asserted;rapport=asserted")]
    [TestCase(ResidentialProgramOperationsManager, 16, "weak", "senior", "10.3", "rapport=asserted;therapeutic alliance=asserted")]
    [TestCase(IntakeAndOperationsManager, 16, "weak", "senior", "12.5", "working alliance=asserted")]
    [TestCase(ManufacturerEapSpecialist, 16, "weak", "senior", "11.5", "rapport=asserted;working alliance=asserted")]
    [TestCase(ManufacturerEapSpecialistLater, 16, "weak", "senior", "8.8", "rapport=asserted;working alliance=asserted")]
    [TestCase(ManufacturerEapConsultant, 28, "weak", "senior", "12.4", "therapeutic alliance=asserted;rapport=asserted")]
    [TestCase(ManufacturerEapCoordinator, 16, "weak", "senior", "10.9", "working alliance=asserted")]
    [TestCase(PriorExperienceTechnician, 15, "weak", "junior", "1.3", "therapeutic alliance=asserted;session rating scale=asserted")]
    [TestCase(FormerAssistantPrincipal, 0, "none", "junior", "1.3", "")]
    [TestCase(DirectedSupervisedInternshipProgram, 33, "moderate", "senior", "", "therapeutic alliance=asserted;alliance rupture=asserted;session rating scale=asserted")]
    [TestCase(ReturningAfterAComma, 33, "moderate", "senior", "6.9", "rapport=asserted;therapeutic alliance=asserted;motivational interviewing=asserted;collaborative goal setting=asserted")]
    [TestCase(NowReturning, 33, "moderate", "senior", "6.9", "rapport=asserted;therapeutic alliance=asserted;motivational interviewing=asserted;collaborative goal setting=asserted")]
    public void Answered_as_the_review_found_right(string text, int score, string band, string level, string years, string matches) =>
        ReviewResumes.AssertAnswered(text, score, band, level, years, matches);
}
