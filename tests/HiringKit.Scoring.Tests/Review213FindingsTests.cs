namespace HiringKit.Scoring.Tests;

/// <summary>
/// An independent review of 2.13.0 (97a3fb4). Each case was answered wrong by that form and is answered right now, as 2.12.0
/// answered it: a counselor in a stop-gap job who says she is going back to clinical work keeps her summary's soft skills; a member
/// assistance counselor's "working alliance with union members" is the counselor's alliance; an EAP clinical specialist in a city's
/// Office of Labor Relations stays in the trade; an undergraduate's years as a peer counselor on a student hotline are no work; and
/// a line ending on "with" ends its item, so a denial or "no longer" on the next line neither reaches back nor is reached. The
/// returning counselor whose page has no headings was answered right by that form too, and guards the mend.
/// </summary>
public sealed class Review213FindingsTests
{
    const string ReturningLpc = """
        MARISOL ECHEVERRIA
        Denver, CO  |  (720) 555-0147  |  marisol.echeverria@mail.example  |  linkedin.com/in/mechevarria

        PROFESSIONAL SUMMARY
        Licensed Professional Counselor (Texas, LPC #78214; Colorado license by endorsement pending) with
        six years of outpatient and school-based practice with adolescents and adults. Known for quick
        rapport with guarded teenagers, steady empathy with families in conflict, and calm crisis
        intervention, including suicide risk assessment and safety planning. Relocated to Denver in 2024
        for family reasons and ready to return to full-time clinical work.

        EXPERIENCE

        Front Desk Associate (part-time)                              Sep 2024 - Present
        Summit Climbing Gym, Denver, CO
        - Check-in, memberships and day passes; opening and closing shifts while my Colorado license is processed.
        - Trained new staff on the point-of-sale system and waiver process.

        Outpatient Therapist                                          Aug 2020 - Jul 2024
        Gulf Coast Family Counseling, Houston, TX
        - Individual and family therapy for adolescents (12-18) and adults; caseload of 28-32.
        - Built the therapeutic alliance with teens referred by schools and juvenile probation; median
          engagement 16 sessions against an agency average of 7.
        - Collaborative treatment planning with clients and caregivers; TF-CBT and motivational interviewing.
        - Crisis intervention and safety planning for walk-in clients; on-call one week a month.

        School-Based Counselor                                        Aug 2018 - Jul 2020
        Houston Independent School District, Houston, TX
        - Counseled students grades 6-8 individually and in groups; anxiety, grief and peer conflict.
        - Coordinated with teachers and parents; led a social-emotional learning group each semester.

        Counseling Intern                                             Aug 2017 - May 2018
        University of Houston Counseling and Psychological Services

        EDUCATION
        M.Ed., Clinical Mental Health Counseling, University of Houston - 2018
        B.A., Psychology, Texas State University - 2015

        LICENSURE
        Licensed Professional Counselor, Texas (LPC #78214), 2020 - present
        Colorado LPC by endorsement, application submitted October 2024

        SKILLS
        TF-CBT, motivational interviewing, DBT skills, safety planning, Spanish (fluent)
        """;

    const string ReturningWithoutHeadings = """
        Daniel Okonkwo-Reyes
        Tacoma, WA - (253) 555-0190 - dokreyes@mail.example

        Licensed Mental Health Counselor (LMHC, Washington) with seven years of community and outpatient
        practice. I build rapport with clients who have been let down by services before, and I use active
        listening and motivational interviewing to keep them engaged. Since early 2025 I have been working
        in a warehouse while caring for a parent; I am now ready to return to clinical work.

        Warehouse Associate (part-time), Cascade Distribution, Tacoma, WA        Feb 2025 - Present
        Picking, packing and inventory counts on the evening shift.

        Mental Health Therapist, Pierce County Behavioral Health, Tacoma, WA      Jun 2019 - Jan 2025
        Individual and group therapy for adults with co-occurring disorders; caseload of 35.
        Built a strong therapeutic alliance with clients coming out of jail and residential treatment.
        Crisis intervention, safety planning and coordination with case managers and prescribers.

        Mental Health Counselor, Sound Youth Services, Olympia, WA               Aug 2017 - May 2019
        Outpatient counseling for adolescents and families; school-based groups.

        M.A. Counseling Psychology, Seattle University, 2017
        """;

    const string MemberAssistance = """
        TERESA MALDONADO, LCSW, CEAP
        Member Assistance Program Counselor
        Chicago, IL  |  (312) 555-0163  |  tmaldonado@mail.example

        SUMMARY
        Licensed clinical social worker and certified employee assistance professional with nine years of
        counseling union members and their families through a labor-management member assistance program.
        I build a working alliance with union members who distrust "the company's counselor," and keep it
        through grievances, layoffs and return-to-work fitness reviews.

        EXPERIENCE

        Member Assistance Program (MAP) Counselor                      Mar 2019 - Present
        Chicago Building Trades Labor-Management Fund, Chicago, IL
        - Short-term counseling (up to 8 sessions) for members of 14 affiliated unions and their dependents;
          depression, alcohol and opioid use, grief after jobsite fatalities.
        - Strong working alliance with union members referred by stewards; 81% attend a second session.
        - Critical incident response after jobsite deaths and injuries; crisis intervention on site.
        - Rapport with union stewards and business agents, who refer members confidentially.

        Employee Assistance Counselor                                  Jun 2016 - Feb 2019
        Office of Labor Relations, Employee Assistance Unit, City of Chicago
        - Assessment, brief counseling and referral for city employees; motivational interviewing for
          substance use referrals from supervisors.
        - Built a therapeutic alliance with mandated referrals, separating the counseling from discipline.

        Outpatient Therapist                                           Aug 2014 - May 2016
        Heartland Alliance Health, Chicago, IL
        - Individual therapy for adults with trauma histories; treatment planning with clients.

        EDUCATION
        MSW, Clinical Concentration, Jane Addams College of Social Work, UIC - 2014

        LICENSES AND CERTIFICATIONS
        LCSW, Illinois; Certified Employee Assistance Professional (CEAP)
        """;

    const string OfficeOfLaborRelations = """
        KEVIN O'SULLIVAN, LMHC
        New York, NY  |  (646) 555-0112  |  kosullivan@mail.example

        SUMMARY
        Licensed mental health counselor with eleven years in employee assistance and outpatient care. Brief
        solution-focused counseling, critical incident stress management, and substance use assessment for
        public-sector employees. Known for the rapport I build with first responders and sanitation crews.

        EXPERIENCE

        Employee Assistance Program Clinical Specialist, NYC Office of Labor Relations       Jan 2018 - Present
        - Assessment, short-term counseling (up to 6 sessions) and referral for city employees and their families.
        - Built a working alliance with employees who came in fearing the EAP reported to their managers; 70% returned for a second session.
        - Crisis intervention and critical incident debriefings after line-of-duty deaths.
        - Clinical supervision of two LMHC-P staff.

        Mental Health Counselor, Brooklyn Community Services                              Sep 2013 - Dec 2017
        - Individual and group therapy for adults with depression, anxiety and substance use.
        - Collaborative treatment planning; motivational interviewing.

        Counseling Intern, Hunter College Counseling Center                               Sep 2012 - May 2013

        EDUCATION
        M.S.Ed., Mental Health Counseling, Hunter College, CUNY - 2013

        LICENSURE
        LMHC, New York State, 2016
        """;

    const string PeerHotline = """
        ABIGAIL FORSYTHE
        Licensed Professional Counselor Associate
        Columbus, OH  |  (614) 555-0135  |  aforsythe@mail.example

        SUMMARY
        Early-career counselor (LPC, Ohio, 2023) working with college students and young adults. Warm,
        direct, and steady in crisis; I build rapport quickly and track the therapeutic alliance session by session.

        EXPERIENCE

        Staff Counselor                                                  Aug 2023 - Present
        Columbus State Community College Counseling Services
        - Individual counseling for 22-26 students a week; anxiety, depression, identity and academic stress.
        - Crisis intervention and same-day risk assessments; after-hours on-call rotation.
        - Use the Session Rating Scale to check the working alliance every session.

        Counselor Trainee (Practicum and Internship)                     Aug 2021 - May 2023
        Ohio State University Counseling and Consultation Service

        Peer Counselor, Student Hotline                                  Sep 2016 - May 2020
        Ohio University, Athens, OH
        - Answered the student-run overnight listening line two shifts a week during my undergraduate years.
        - Active listening and referral to campus counseling and the county crisis line.

        EDUCATION
        M.A., Clinical Mental Health Counseling, The Ohio State University - 2023
        B.A., Psychology, Ohio University - 2020
        """;

    const string SummaryLines = """
        Renee Whitaker, LPC
        Licensed Professional Counselor  |  Tulsa, OK  |  (918) 555-0101

        SUMMARY
        Licensed Professional Counselor with nine years in community mental health
        Looking for a group practice to grow with
        Motivational interviewing, crisis intervention and collaborative treatment planning
        Known for building a strong therapeutic alliance with clients other providers could not engage

        EXPERIENCE
        Outpatient Therapist, Green Country Behavioral Health, Tulsa, OK        Jun 2017 - Present
        - Caseload of 34 adults; depression, trauma, co-occurring substance use.
        - Clinical supervision of two provisionally licensed counselors.

        Mental Health Counselor, Family & Children's Services, Tulsa, OK       May 2015 - May 2017
        - Outpatient counseling for adolescents and families.

        EDUCATION
        M.S., Community Counseling, Northeastern State University, 2015
        """;

    const string UnbulletedLines = """
        LAUREN MBEKI
        Licensed Clinical Mental Health Counselor (LCMHC)
        Raleigh, NC | (919) 555-0177 | lauren.mbeki@mail.example

        PROFESSIONAL SUMMARY
        Licensed Clinical Mental Health Counselor with seven years of outpatient and school-based practice
        with adolescents and families. I measure the alliance, not just assume it: Session Rating Scale at
        every session and a feedback-informed approach to care.

        PROFESSIONAL EXPERIENCE

        Outpatient Therapist
        Triangle Family Counseling, Raleigh, NC
        March 2021 - Present
        Caseload of 30-35 adolescents and adults; anxiety, depression, trauma, school refusal
        Built referral pathways with juvenile court counselors and school social workers the practice had never worked with
        Crisis intervention and safety planning for walk-in and same-day clients
        Use the Session Rating Scale and Outcome Rating Scale with every client; discuss scores openly
        Collaborative treatment planning with teens and their caregivers, written in the client's words
        Clinical supervision of two LCMHCA associates toward licensure

        School-Based Mental Health Counselor
        Wake County Public School System (contracted through Haven Counseling), Raleigh, NC
        August 2018 - February 2021
        Individual and group counseling for students in grades 6-12 at two middle and one high school
        Home visits for families the school had not been able to engage with
        Motivational interviewing with students referred for vaping and attendance concerns
        Strong therapeutic alliance with students who had refused services in earlier years

        Counseling Intern
        NC State University Counseling Center, Raleigh, NC
        August 2017 - May 2018
        Individual counseling for undergraduates under supervision

        EDUCATION
        M.A., Clinical Mental Health Counseling, North Carolina Central University, 2018
        B.S., Psychology, Appalachian State University, 2015

        LICENSURE AND CERTIFICATION
        Licensed Clinical Mental Health Counselor, North Carolina (LCMHC #11234)
        """;

    const string ConsultWith = """
        GRACE ADEYEMI, LPC
        Clinical Program Director
        Atlanta, GA | (404) 555-0158 | gadeyemi@mail.example

        SUMMARY
        Licensed Professional Counselor and program director with fourteen years in community behavioral
        health, the last five running an outpatient clinic. I train clinicians to build and repair the
        therapeutic alliance and to use client feedback to change course early.

        EXPERIENCE

        Director of Outpatient Services
        Peachtree Behavioral Health, Atlanta, GA
        January 2021 - Present
        Lead the clinic's 16 therapists and the psychiatric prescribers they consult with
        No longer carry a caseload; all of my time goes to operations, hiring and quality
        Rolled out feedback-informed treatment (ORS/SRS) across the clinic; dropout fell from 41% to 27%
        Budget of $3.2M; Medicaid and commercial payer contracts

        Senior Therapist
        Peachtree Behavioral Health, Atlanta, GA
        June 2015 - December 2020
        Caseload of 30 adults; trauma, depression and co-occurring substance use
        Clinical supervision of four associate counselors
        Crisis intervention and safety planning for walk-in clients

        Mental Health Counselor
        Fulton County Community Service Board, Atlanta, GA
        August 2012 - May 2015
        Outpatient counseling for adults with serious mental illness; treatment planning with clients

        EDUCATION
        M.S., Clinical Mental Health Counseling, Georgia State University, 2012
        """;

    [TestCase(ReturningLpc, 58, "strong", "senior", "6", "rapport=asserted;empathy=asserted;crisis intervention=asserted;therapeutic alliance=asserted;collaborative treatment planning=asserted;motivational interviewing=asserted;crisis intervention=asserted;motivational interviewing=asserted")]
    [TestCase(ReturningWithoutHeadings, 48, "moderate", "senior", "7.5", "rapport=asserted;active listening=asserted;motivational interviewing=asserted;therapeutic alliance=asserted;crisis intervention=asserted")]
    [TestCase(MemberAssistance, 58, "strong", "senior", "12.3", "working alliance=asserted;working alliance=asserted;crisis intervention=asserted;motivational interviewing=asserted;therapeutic alliance=asserted;treatment planning=asserted")]
    [TestCase(OfficeOfLaborRelations, 50, "moderate", "senior", "13.3", "rapport=asserted;working alliance=asserted;crisis intervention=asserted;clinical supervision=asserted;collaborative treatment planning=asserted;motivational interviewing=asserted")]
    [TestCase(PeerHotline, 50, "moderate", "mid", "3.3", "rapport=asserted;therapeutic alliance=asserted;crisis intervention=asserted;session rating scale=asserted;working alliance=asserted;active listening=asserted")]
    [TestCase(SummaryLines, 20, "weak", "senior", "11.6", "motivational interviewing=asserted;crisis intervention=asserted;collaborative treatment planning=asserted;therapeutic alliance=asserted;clinical supervision=asserted")]
    [TestCase(UnbulletedLines, 53, "moderate", "senior", "8.3", "session rating scale=asserted;crisis intervention=asserted;session rating scale=asserted;collaborative treatment planning=asserted;clinical supervision=asserted;motivational interviewing=asserted;therapeutic alliance=asserted")]
    [TestCase(ConsultWith, 51, "moderate", "senior", "8.4", "therapeutic alliance=asserted;client feedback=asserted;feedback-informed treatment=asserted;clinical supervision=asserted;crisis intervention=asserted;treatment planning=asserted")]
    public void Answered_as_the_review_found_right(string text, int score, string band, string level, string years, string matches) =>
        ReviewResumes.AssertAnswered(text, score, band, level, years, matches);
}
