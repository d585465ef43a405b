namespace HiringKit.Scoring.Tests;

/// <summary>
/// An independent review of 2.14.0 as first written (a829ec7). Each case but one was answered wrong by that form and is
/// answered right now, as 2.13.0 answered it: labor relations is another trade by any post's wording ("Manager, Labor
/// Relations"), a grievance analyst's too, while a city's "Office of Labor Relations" is an employer set aside; a line under
/// the name is read piece by piece ("Retired U.S. Navy Commander · Licensed Professional Counselor"), "ex-" only at a word's start
/// ("Sex-positive"), and a return stated anywhere above the first job keeps the summary, but only a return to the trade's work
/// ("employees return to work" is HR's); a student hotline's supervisor of peer listeners is staff, and "peer" is read on the
/// title's own line only; a line ending on "with" runs on into a name in title case ("any formal training with" over
/// "Feedback-Informed Treatment"); an enrollment or admissions post is another trade only when its lines show no mental-health
/// work; under References or Interests only a post of the trade named on the dates' line is one (a hobby's or a referee's dates
/// are not). The counselor who will "get back / to seeing clients" was answered wrong by both forms and is right now.
/// </summary>
public sealed class Review214FindingsTests
{
    // LaborManagerComma and GrievanceAnalyst: one resume a line or two apart, built from the lines both share and each one's own.
    const string HalloranShared1 = """
        GREGORY T. HALLORAN
        Pittsburgh, PA  |  (412) 555-0183  |  g.halloran@mail.example  |  linkedin.com/in/ghalloran

        PROFESSIONAL SUMMARY
        Labor and employee relations leader with fourteen years in unionized manufacturing and healthcare.
        I negotiate and administer collective bargaining agreements covering 2,400 employees across four
        locals, and I build a working alliance with unions grounded in trust building, active listening and
        empathy on both sides of the table. Known for calm crisis intervention during work stoppages and for
        rapport with shop stewards and business agents.

        EXPERIENCE

        """;
    const string HalloranShared2 = """
        Allegheny Valley Health System, Pittsburgh, PA
        - Lead negotiations for three CBAs (SEIU, USW, UNAP); settled each without a strike.
        - Built a working alliance with union leadership through monthly labor-management committees.
        - Investigate grievances through step 3 and prepare arbitration cases with outside counsel.
        - Coach front-line supervisors on contract administration, active listening and de-escalation.

        """;
    const string HalloranShared3 = """
        Three Rivers Steel Fabrication, McKeesport, PA
        - Administered the USW master agreement; handled 120+ grievances a year.
        - Trust building with stewards after a plant consolidation; grievance volume fell 35%.
        - Drafted side letters and memoranda of understanding on overtime and scheduling.

        Human Resources Generalist                                       Aug 2011 - May 2014
        Keystone Packaging, Washington, PA
        - Employee relations investigations, FMLA administration and benefits enrollment.

        EDUCATION
        M.S., Industrial and Labor Relations, Cornell University, 2011
        B.A., Economics, University of Pittsburgh, 2009

        CERTIFICATIONS
        SHRM-SCP, 2018
        Certificate in Labor-Management Relations, Cornell ILR, 2016

        SKILLS
        Collective bargaining, grievance handling, arbitration preparation, contract administration,
        interest-based bargaining, labor-management committees, workplace investigations
        """;

    const string LaborManagerComma =
        HalloranShared1 + "\n"
        + "Manager, Labor Relations                                         Mar 2019 - Present" + "\n"
        + HalloranShared2 + "\n"
        + "Senior Specialist, Labor Relations                               Jun 2014 - Feb 2019" + "\n"
        + HalloranShared3;

    const string GrievanceAnalyst =
        HalloranShared1 + "\n"
        + "Labor Relations Manager                                          Mar 2019 - Present" + "\n"
        + HalloranShared2 + "\n"
        + "Grievance Analyst                                                Jun 2014 - Feb 2019" + "\n"
        + HalloranShared3;

    const string FormerLpcReturning = """
        KATHERINE MORROW
        Former Licensed Professional Counselor (license active) - seeking to return to clinical practice
        Richmond, VA  |  (804) 555-0164  |  kmorrow.counsel@mail.example

        PROFESSIONAL SUMMARY
        Six years as an outpatient therapist, then four years in customer success for a health-tech company
        while my children were small. My Virginia LPC stayed active throughout (CE current) and I am seeking
        an outpatient therapist position to resume my clinical career. Clinically I am known for a strong
        therapeutic alliance with ambivalent clients, rapport with people who distrust services, active
        listening, motivational interviewing and collaborative treatment planning.

        EXPERIENCE

        Customer Success Manager                                        Mar 2022 - Present
        Claritas Health Software, Richmond, VA (remote)
        - Own renewals and onboarding for 45 behavioral health clinics using our EHR.
        - Run quarterly business reviews; net revenue retention 112%.
        - Trained clinic staff on outcome measures and documentation workflows.

        Outpatient Therapist                                            Jul 2016 - Feb 2022
        Henrico Community Counseling Associates, Henrico, VA
        - Individual therapy for adults with depression, anxiety and trauma; caseload of 30-34.
        - Built and monitored the therapeutic alliance with the Session Rating Scale each session; dropout
          before session four fell from 28% to 15%.
        - Crisis intervention and safety planning for walk-in clients.

        Counseling Intern                                               Aug 2015 - May 2016
        VCU University Counseling Services, Richmond, VA
        - Individual counseling for undergraduates under supervision; 320 direct hours.

        EDUCATION
        M.Ed., Counselor Education (Clinical Mental Health), Virginia Commonwealth University, 2016
        B.S., Psychology, James Madison University, 2013

        LICENSURE
        Licensed Professional Counselor, Virginia (#0701009876), 2018 - present (active)
        """;

    const string SexPositiveTherapist = """
        JORDAN ELLIS-VANCE
        Sex-positive, trauma-informed therapist (LPC, AASECT Certified Sex Therapist)
        Minneapolis, MN  |  (612) 555-0139  |  jordan.ellisvance@mail.example  |  they/them

        PROFESSIONAL SUMMARY
        Therapist with eight years of individual and relationship therapy with LGBTQ+ adults and couples,
        now leading clinical content for a sexual wellness app while I rebuild a small evening practice. I create a safe therapeutic
        environment where clients can talk about sex and identity without shame; rapport, empathy, cultural
        humility and client-centered collaborative goal setting are the core of how I work.

        EXPERIENCE

        Content Marketing Manager                                       Sep 2023 - Present
        Bloom Intimacy App, Minneapolis, MN (remote)
        - Lead the editorial calendar for articles and in-app courses on communication and desire.
        - Review all sexual health content for clinical accuracy before publication.
        - Grew newsletter subscribers from 40k to 115k in 18 months.

        Relationship and Sex Therapist                                  Jun 2017 - Aug 2023
        Lakes Center for Sexual Health, St. Paul, MN
        - Individual, couples and polyamorous relationship therapy; caseload of 26.
        - Built a strong therapeutic alliance with clients carrying shame from religious upbringings.
        - Treatment planning with sensate focus, emotionally focused therapy and CBT for sexual concerns.

        Counseling Practicum Student                                    Sep 2015 - May 2016
        Rainbow Health Minnesota, Minneapolis, MN
        - Individual counseling for LGBTQ+ adults under supervision.

        EDUCATION
        M.A., Counseling and Psychological Services, Saint Mary's University of Minnesota, 2016
        Certificate in Sexual Health, University of Minnesota Program in Human Sexuality, 2018

        LICENSURE AND CERTIFICATION
        Licensed Professional Clinical Counselor (LPCC), Minnesota, 2019
        AASECT Certified Sex Therapist, 2021
        """;

    const string RetiredNavyLpc = """
        WILLIAM "BILL" TRAN
        Retired U.S. Navy Commander  ·  Licensed Professional Counselor (LPC, Virginia)
        Norfolk, VA  |  (757) 555-0136  |  bill.tran@mail.example

        PROFESSIONAL SUMMARY
        Counselor to service members, veterans and their families for nine years after a 22-year Navy career.
        I build trust and rapport with people who were taught not to ask for help, and I rely on active
        listening, empathy and collaborative goal setting to keep them in care. Currently recruiting veterans
        for a shipyard while I open a small evening practice for veterans.

        EXPERIENCE

        Military Talent Recruiter                                             Aug 2024 - Present
        Huntington Ingalls Industries, Newport News, VA
        - Recruit transitioning sailors and veterans into shipyard trades; 120 hires in 2025.

        Military and Family Life Counselor                                    Jan 2019 - Jun 2024
        Magellan Federal (MFLC program), Naval Station Norfolk, VA
        - Non-medical short-term counseling for sailors and families; 25-35 contacts a week.
        - Built a working alliance with sailors wary of career consequences; crisis intervention and referral.

        Outpatient Therapist                                                  Jul 2015 - Dec 2018
        Hampton Roads Veterans Counseling Center, Virginia Beach, VA
        - Individual therapy for veterans with PTSD and depression; caseload of 30.

        Officer, U.S. Navy (Surface Warfare)                                  May 1993 - Jun 2015

        EDUCATION
        M.A., Clinical Mental Health Counseling, Regent University, 2015

        LICENSURE
        Licensed Professional Counselor (LPC), Virginia, 2017
        """;

    const string ReturnToWork = """
        ALICIA DRUMMOND
        Chicago, IL  |  (312) 555-0171  |  alicia.drummond@mail.example  |  linkedin.com/in/aliciadrummond

        PROFESSIONAL SUMMARY
        Leave, accommodations and benefits professional with five years in corporate HR after an earlier
        career in community mental health. I help employees on medical and family leave return to work
        smoothly, and bring empathy, active listening, trust building and rapport to every difficult
        conversation about pay, leave and job protection. Comfortable with FMLA, ADA interactive process
        and short-term disability vendors.

        EXPERIENCE

        Senior Benefits Specialist                                      Apr 2023 - Present
        Lakeshore Logistics Group, Chicago, IL
        - Administer FMLA, state leave and ADA accommodation requests for 3,800 employees.
        - Partner with the STD/LTD carrier on claims; cut average return-to-work time by 9 days.
        - Lead open enrollment and benefits education sessions for managers.

        Benefits Specialist                                             Jan 2021 - Mar 2023
        Midwest Regional Credit Union, Oak Brook, IL
        - Leave administration, benefits enrollment and COBRA for 900 employees.
        - Answered employee questions on medical, dental and EAP benefits.

        Mental Health Counselor                                         Jul 2016 - Dec 2020
        Westside Community Mental Health Center, Chicago, IL
        - Individual and group counseling for adults with serious mental illness; caseload of 40.
        - Crisis intervention and safety planning; linked clients to housing and benefits.

        EDUCATION
        M.A., Clinical Mental Health Counseling, Northeastern Illinois University, 2016
        B.A., Psychology, Loyola University Chicago, 2013

        CERTIFICATIONS
        Certified Leave Management Specialist (CLMS), 2022
        SHRM Certified Professional (SHRM-CP), 2021
        """;

    const string GetBackToClients = """
        JESSICA HARTLEY
        Asheville, NC  |  (828) 555-0161  |  jessica.hartley@mail.example

        PROFESSIONAL SUMMARY
        Counselor with six years of outpatient practice with adults and couples. After Hurricane Helene closed
        my agency in late 2024 I took part-time work while my family rebuilt, and I am now eager to get back
        to seeing clients full time and to pick up where I left off. Known for rapport with clients who distrust
        services, empathy, active listening and collaborative goal setting.

        EXPERIENCE

        Shift Supervisor (part-time)                                          Jan 2025 - Present
        High Five Coffee, Asheville, NC
        - Open and close the store, train new baristas and handle cash reconciliation.

        Outpatient Therapist                                                  Jun 2019 - Oct 2024
        Blue Ridge Counseling Collaborative, Swannanoa, NC
        - Individual and couples therapy for adults; caseload of 30.
        - Built the therapeutic alliance with the Session Rating Scale; collaborative treatment planning.
        - Crisis intervention and safety planning.

        Counseling Intern                                                     Aug 2018 - May 2019
        Appalachian State University Counseling Center, Boone, NC

        EDUCATION
        M.A., Clinical Mental Health Counseling, Appalachian State University, 2019

        LICENSURE
        Licensed Clinical Mental Health Counselor (LCMHC), North Carolina, 2021
        """;

    const string HotlinePeerSupervisor = """
        DEVON ASHWORTH, LPC
        Austin, TX  |  (512) 555-0108  |  devon.ashworth@mail.example

        PROFESSIONAL SUMMARY
        Licensed Professional Counselor with six years of crisis and short-term counseling for college
        students, by phone, chat and in person. I build rapport fast with students in acute distress, use
        motivational interviewing to get them to a first appointment, and train and supervise peer
        listeners so that the whole line keeps a strong working alliance with callers.

        EXPERIENCE

        Crisis Counselor & Peer Listener Supervisor, Student Hotline           Aug 2020 - Present
        Central Texas Universities Consortium, Austin, TX
        - Full-time licensed counselor on a 24/7 crisis line serving 90,000 students at six campuses.
        - Phone and chat crisis intervention, suicide risk assessment and safety planning; 15-20 contacts a shift.
        - Recruit, train and supervise 30 peer listeners each year; weekly group supervision and debriefs.
        - Warm handoffs to campus counseling centers; follow-up calls within 48 hours.

        Counselor (LPC-Associate)                                              Jun 2018 - Jul 2020
        Hill Country Counseling Center, San Marcos, TX
        - Individual counseling for adults and adolescents under an LPC-S; caseload of 25.
        - Collaborative treatment planning and client feedback at every session.

        Counseling Practicum Student                                           Aug 2017 - May 2018
        Texas State University Counseling Center, San Marcos, TX

        EDUCATION
        M.A., Professional Counseling, Texas State University, 2018
        B.A., Psychology, University of Texas at Austin, 2015

        LICENSURE
        Licensed Professional Counselor (LPC), Texas, 2020
        """;

    const string PeerInTheBulletAbove = """
        SIOBHAN GALLAGHER, MBACP (Accred)
        Manchester, UK  |  07700 900412  |  siobhan.gallagher@mail.example

        PROFILE
        BACP-accredited counsellor with seven years of counselling for young adults, in person and on the
        phone. I put the therapeutic relationship first, build rapport quickly with students in distress and
        use client feedback every session to keep the working alliance on track.

        EXPERIENCE

        Senior Counsellor                                                     Sep 2023 - Present
        Manchester Metropolitan University Counselling Service, Manchester
        - Short-term counselling for students; caseload of 22; CORE-10 and session feedback each session.
        - Clinical lead for group work; run monthly peer supervision groups for the counselling team.
        Counsellor, Student Helpline                                          Jan 2019 - Aug 2023
        Greater Manchester Universities Partnership, Manchester
        - Paid staff counsellor on the evening and night line; 14-20 calls a shift.
        - Crisis intervention and suicide risk assessment; referrals to university services.

        Trainee Counsellor (placement)                                        Sep 2017 - Dec 2018
        42nd Street Young People's Mental Health, Manchester

        EDUCATION
        MA Counselling and Psychotherapy, University of Salford, 2018
        """;

    const string WrapWithNegation = """
        ELENA MARCHETTI-BROOKS
        Providence, RI  |  (401) 555-0126  |  elena.mb@mail.example

        PROFESSIONAL SUMMARY
        Counselor-in-training completing a clinical mental health counseling master's degree in May 2027,
        seeking a second-year internship placement with adults. My practicum so far has been intake and
        skills groups; I have not yet had supervised individual cases or any formal training with
        Feedback-Informed Treatment, the Session Rating Scale or the Working Alliance Inventory, and
        would welcome a site that uses routine outcome monitoring.

        EXPERIENCE

        Practicum Student                                                      Sep 2026 - Present
        Rhode Island College Counseling Center, Providence, RI
        - Co-facilitate a weekly anxiety skills group with a licensed counselor.
        - Complete intake screenings with new clients under supervision; 60 direct hours so far.

        Residential Advisor                                                    Aug 2022 - May 2025
        Providence College Residence Life, Providence, RI
        - Supported 45 first-year students; mediated roommate conflicts and referred students to campus
          counseling during crises.

        EDUCATION
        M.A., Clinical Mental Health Counseling, Rhode Island College, expected May 2027
        B.A., Psychology, Providence College, 2025
        """;

    const string WrapWithAim = """
        OWEN BRADSHAW
        Columbus, OH  |  (614) 555-0144  |  owen.bradshaw@mail.example

        PROFESSIONAL SUMMARY
        Licensed Professional Counselor (LPC, Ohio) in my first year after licensure, working with adults in
        a community mental health center. My supervisor and I agreed this year's goal is to get better with
        Motivational Interviewing and the Working Alliance Inventory, which our agency is adopting, and
        to grow more confident with
        Rupture and Repair conversations when clients disengage.

        EXPERIENCE

        Counselor                                                              Jul 2025 - Present
        Franklin Community Mental Health Center, Columbus, OH
        - Individual therapy for adults with depression and anxiety; caseload of 34.
        - Collaborative treatment planning with each client; safety planning when indicated.

        Counseling Intern                                                      Aug 2024 - May 2025
        Ohio State University Counseling and Consultation Service, Columbus, OH
        - Individual counseling for undergraduates under supervision.

        EDUCATION
        M.A., Clinical Mental Health Counseling, The Ohio State University, 2025
        """;

    const string ClinicalAdmissionsOfficer = """
        NADIA FERREIRA-COLE, LPC
        Nashville, TN  |  (615) 555-0192  |  nadia.fc@mail.example

        SUMMARY
        Licensed Professional Counselor with seven years in inpatient and residential behavioral health: five
        as the master's-level clinician on a psychiatric hospital's admissions team, and two as a residential
        therapist. I do the first clinical conversation with people in crisis and their families, build
        rapport in minutes, and set treatment goals with the patient before the unit team takes over.

        EXPERIENCE

        Clinical Admissions Officer                                            Jan 2021 - Present
        Cumberland Behavioral Health Hospital (96 beds, adult and adolescent units), Nashville, TN
        - Face-to-face psychiatric assessments of 8-12 walk-in and ER-referred patients per shift, including
          suicide and violence risk assessment and mental status exams.
        - Crisis intervention and de-escalation in the assessment suite; safety planning for patients
          discharged to outpatient care instead of admitted.
        - Present each assessment to the on-call psychiatrist and recommend level of care.
        - Brief motivational interviewing with patients ambivalent about voluntary admission.

        Residential Therapist                                                  Aug 2019 - Dec 2020
        Riverbend Recovery Residential Program, Murfreesboro, TN
        - Individual and group therapy for adults with co-occurring disorders; caseload of 12.
        - Built a strong therapeutic alliance with patients early in treatment; treatment planning with the team.

        Mental Health Counseling Intern                                        Aug 2018 - May 2019
        Vanderbilt Psychological and Counseling Center, Nashville, TN

        EDUCATION
        M.S., Clinical Mental Health Counseling, Lipscomb University, 2019
        B.S., Psychology, Middle Tennessee State University, 2017

        LICENSURE
        Licensed Professional Counselor - Mental Health Service Provider (LPC-MHSP), Tennessee, 2021
        """;

    const string EnrollmentSpecialistAddiction = """
        DARNELL WHITAKER, CADC
        Philadelphia, PA  |  (215) 555-0177  |  d.whitaker@mail.example

        PROFESSIONAL SUMMARY
        Certified Alcohol and Drug Counselor with six years in outpatient addiction treatment, most recently
        in an opioid treatment program. I meet people the day they walk in, build rapport quickly and use
        motivational interviewing to keep them engaged through the first thirty days, when most drop out.

        EXPERIENCE

        Addiction Counselor                                                    Mar 2023 - Present
        Kensington Recovery Center (Opioid Treatment Program), Philadelphia, PA
        - Individual and group counseling for 45 patients on methadone and buprenorphine.
        - Collaborative treatment planning and 30-day reviews; treatment adherence up 18% on my caseload.

        Enrollment Specialist                                                  Jan 2020 - Feb 2023
        Kensington Recovery Center (Opioid Treatment Program), Philadelphia, PA
        - Same-day intake for walk-in patients: ASAM screening, biopsychosocial assessment and orientation.
        - Motivational interviewing with ambivalent patients at intake; crisis intervention when needed.
        - Brief counseling sessions during the first two weeks until a primary counselor was assigned.
        - Supervised by the clinical director; counted toward my CADC supervised hours.

        Recovery Support Specialist                                            Jun 2018 - Dec 2019
        One Day at a Time (ODAAT), Philadelphia, PA

        EDUCATION
        B.S., Human Services, Temple University, 2019

        CERTIFICATIONS
        Certified Alcohol and Drug Counselor (CADC), Pennsylvania Certification Board, 2022
        """;

    const string DatedReferees = """
        PRIYA RAMANATHAN, LPC-Associate
        Dallas, TX  |  (214) 555-0117  |  priya.ramanathan@mail.example

        PROFESSIONAL SUMMARY
        Early-career counselor (LPC-Associate under supervision) working with adults with anxiety, depression
        and trauma. I focus on the therapeutic alliance from the first session: rapport, collaborative goal
        setting and asking for client feedback so that therapy fits the client.

        EXPERIENCE

        Counselor (LPC-Associate)                                              Jun 2025 - Present
        Trinity Oaks Counseling Group, Dallas, TX
        - Individual therapy for adults; caseload building to 20.
        - Collaborative treatment planning; Session Rating Scale at every session.

        Counseling Intern                                                      Aug 2024 - May 2025
        Southern Methodist University Counseling and Psychiatric Services, Dallas, TX
        - Individual counseling for undergraduates and graduate students under supervision; 300 direct hours.

        EDUCATION
        M.S., Clinical Mental Health Counseling, Southern Methodist University, 2025
        B.A., Psychology, Baylor University, 2019

        REFERENCES
        Dr. Laura Chen, PhD, LPC-S - Professor of Counselor Education, SMU; my faculty advisor, 2022 - 2025
        Marcus Webb, LPC-S - Clinical Director, Trinity Oaks Counseling Group; my clinical supervisor, 2025 - present
        Janet Ortiz, LCSW - Counseling Center Director, Baylor University; my work-study supervisor, 2016 - 2019
        """;

    const string InterestsCoach = """
        RYAN KOWALCZYK
        Madison, WI  |  (608) 555-0155  |  ryan.kowalczyk@mail.example

        PROFESSIONAL SUMMARY
        Counselor with five years of outpatient and school-based work with adolescent boys and young men,
        most of them referred by schools or courts and not keen to be there. My strengths are rapport with
        guarded teenagers, active listening, empathy without collusion, and collaborative goal setting that
        gives them a stake in the work. Relocated to Madison in summer 2026 with my partner's job.

        EXPERIENCE

        Outpatient Therapist                                                   Jul 2022 - Jun 2026
        Lakeshore Youth & Family Counseling, Milwaukee, WI
        - Individual and family therapy for adolescents (12-19); caseload of 30.
        - Built the therapeutic alliance with court-referred teens; 70% completed their treatment plans.
        - Motivational interviewing and CBT; crisis intervention and safety planning.

        School-Based Mental Health Counselor                                   Aug 2020 - Jun 2022
        Milwaukee Public Schools (through Rogers Behavioral Health partnership), Milwaukee, WI
        - Individual and group counseling for students grades 6-12; caseload of 35.

        EDUCATION
        M.S., Clinical Mental Health Counseling, Marquette University, 2020
        B.A., Psychology, University of Wisconsin-Madison, 2017

        LICENSURE
        Licensed Professional Counselor (LPC), Wisconsin, 2022

        INTERESTS
        Volunteer youth hockey coach, Madison Capitols Youth Hockey, 2019 - present
        Trail running and backcountry camping
        """;

    const string RefereePastor = """
        SAMUEL ADEYEMI
        Charlotte, NC  |  (704) 555-0129  |  samuel.adeyemi@mail.example

        PROFESSIONAL SUMMARY
        Counselor with seven years of outpatient and faith-based community counseling with African and
        Caribbean immigrant families. I build trust and rapport with families who see counseling as a last
        resort, and I work through interpreters and elders with empathy and cultural humility. My contract
        ended in October 2026 when the program's grant closed; available immediately.

        EXPERIENCE

        Family Therapist (grant-funded)                                       Nov 2021 - Oct 2026
        Queen City Immigrant Family Services, Charlotte, NC
        - Individual and family therapy for immigrant families; caseload of 26.
        - Built a working alliance with parents wary of child-welfare involvement; collaborative treatment
          planning with families and, with consent, their faith leaders.

        Counselor                                                             Aug 2019 - Oct 2021
        Carolina Christian Counseling, Matthews, NC
        - Individual and couples counseling for adults.

        EDUCATION
        M.A., Clinical Mental Health Counseling, Gardner-Webb University, 2019

        LICENSURE
        Licensed Clinical Mental Health Counselor (LCMHC), North Carolina, 2022

        REFERENCES
        Rev. Dr. Olusegun Bakare, Senior Pastor, Redeemed Christian Church of God, Charlotte - 2014 - present
        Dr. Karen Whitfield, LCMHCS, Clinical Director, Queen City Immigrant Family Services
        """;

    [TestCase(LaborManagerComma, 0, "none", "", "", "")]
    [TestCase(GrievanceAnalyst, 0, "none", "", "", "")]
    [TestCase(FormerLpcReturning, 60, "strong", "senior", "5.7", "therapeutic alliance=asserted;rapport=asserted;active listening=asserted;motivational interviewing=asserted;collaborative treatment planning=asserted;therapeutic alliance=asserted;session rating scale=asserted;crisis intervention=asserted")]
    [TestCase(SexPositiveTherapist, 48, "moderate", "senior", "6.3", "safe therapeutic environment=asserted;rapport=asserted;empathy=asserted;cultural humility=asserted;client-centered=asserted;collaborative goal setting=asserted;therapeutic alliance=asserted;treatment planning=asserted")]
    [TestCase(RetiredNavyLpc, 32, "moderate", "senior", "9", "rapport=asserted;active listening=asserted;empathy=asserted;collaborative goal setting=asserted;working alliance=asserted;crisis intervention=asserted")]
    [TestCase(ReturnToWork, 5, "none", "mid", "4.5", "crisis intervention=asserted")]
    [TestCase(GetBackToClients, 58, "strong", "senior", "5.4", "rapport=asserted;empathy=asserted;active listening=asserted;collaborative goal setting=asserted;therapeutic alliance=asserted;session rating scale=asserted;collaborative treatment planning=asserted;crisis intervention=asserted")]
    [TestCase(HotlinePeerSupervisor, 38, "moderate", "senior", "8.5", "rapport=asserted;motivational interviewing=asserted;working alliance=asserted;crisis intervention=asserted;collaborative treatment planning=asserted;client feedback=asserted")]
    [TestCase(PeerInTheBulletAbove, 20, "weak", "senior", "7.9", "therapeutic relationship=asserted;rapport=asserted;client feedback=asserted;working alliance=asserted;crisis intervention=asserted")]
    [TestCase(WrapWithNegation, 4, "none", "junior", "0.3", "feedback-informed treatment=negated;session rating scale=negated;working alliance inventory=asserted")]
    [TestCase(WrapWithAim, 15, "weak", "junior", "1.4", "motivational interviewing=aspirational;working alliance inventory=aspirational;rupture and repair=aspirational;collaborative treatment planning=asserted")]
    [TestCase(ClinicalAdmissionsOfficer, 57, "strong", "senior", "7.3", "rapport=asserted;treatment goals=asserted;crisis intervention=asserted;motivational interviewing=asserted;therapeutic alliance=asserted;treatment planning=asserted")]
    [TestCase(EnrollmentSpecialistAddiction, 55, "strong", "senior", "6.9", "rapport=asserted;motivational interviewing=asserted;collaborative treatment planning=asserted;treatment adherence=asserted;motivational interviewing=asserted;crisis intervention=asserted")]
    [TestCase(DatedReferees, 33, "moderate", "junior", "1.5", "therapeutic alliance=asserted;rapport=asserted;collaborative goal setting=asserted;client feedback=asserted;collaborative treatment planning=asserted;session rating scale=asserted")]
    [TestCase(InterestsCoach, 45, "moderate", "senior", "5.9", "rapport=asserted;active listening=asserted;empathy=asserted;collaborative goal setting=asserted;therapeutic alliance=asserted;motivational interviewing=asserted;crisis intervention=asserted")]
    [TestCase(RefereePastor, 40, "moderate", "senior", "7.3", "rapport=asserted;empathy=asserted;cultural humility=asserted;working alliance=asserted;collaborative treatment planning=asserted")]
    public void Answered_as_the_review_found_right(string text, int score, string band, string level, string years, string matches) =>
        ReviewResumes.AssertAnswered(text, score, band, level, years, matches);
}
