namespace HiringKit.Scoring.Tests;

/// <summary>
/// A third independent review of 2.12.0 (5ff4acf: the new cues, ratings, training not yet done, student clinicians, and the second
/// review's mends). Each resume is answered as before those changes (7764275), which the review found right: score, band, level,
/// years, and each match's assertion. Mended by reading a student clinician only where the title says student or externship,
/// taking any short question of the writer's having the phrase for a form's "No" (not the only one, a new one, another, a
/// certification), letting "onwards" end a range before a comma or a full stop unless "from" or "since" opens it, hedging an
/// attempt only where the writer starts the clause and the phrase follows within a few words, reading a note of training not
/// yet done only with the training's word and a year, and a low rating only where the item ends (never at a comma), an "In
/// progress:" label only up to the next label or semicolon, and a short title's note only under a title that names no rank;
/// an attempt that goes on to its result ("..., and most stayed") claims the work. One held-up case is answered otherwise now:
/// "Do you have formal training in motivational interviewing? A: No" denies it, as "no formal training in" does (AssertionTests).
/// </summary>
public sealed class Review212cFindingsTests
{
    const string CaseA1 = """
        Dana Whitfield, LPC
        Columbus, OH | dana@email.com

        EXPERIENCE
        Mental Health Counselor, Lakeside Behavioral Health
        2018 – Present
        • Individual counseling for adults; I tried to build a strong therapeutic alliance with every client, and most stayed through treatment.
        • Use motivational interviewing and CBT.

        EDUCATION
        M.A., Clinical Mental Health Counseling, Ohio State University, 2017
        """;

    const string CaseC1 = """
        Karen Mills
        Raleigh, NC | karen.mills@email.com

        EXPERIENCE
        Clinician
        Triangle Family Services, Raleigh, NC
        2021 – Present
        • Individual sessions with adolescents and young adults; DBT skills groups twice weekly.
        • Build a strong therapeutic alliance with each client; motivational interviewing and trauma-focused CBT.

        Registered Nurse, Emergency Department
        WakeMed Health, Raleigh, NC
        2009 – 2019
        • Triage and care for patients in a Level I trauma center.

        EDUCATION
        M.S., Clinical Mental Health Counseling, NC State University, 2021
        B.S.N., UNC Chapel Hill, 2009
        """;

    const string CaseC2 = """
        Marcus Hale
        Dayton, OH | marcus.hale@email.com

        EXPERIENCE
        Outpatient Clinician II, Riverside Community Services, Dayton, OH
        Aug 2020 – Present
        • Caseload of 40 adults with depression, anxiety and PTSD; CBT, EMDR and DBT-informed individual sessions.
        • Build rapport and a working alliance with each client; collaborative treatment planning and motivational interviewing.

        High School English Teacher, Dayton Public Schools
        Aug 2008 – Jun 2018
        • Taught grades 10–12; advised the debate club.

        EDUCATION
        M.A., Clinical Mental Health Counseling, Wright State University, 2020
        B.A., English, Ohio University, 2008
        """;

    const string CaseC3 = """
        Karen Mills, LPC
        Raleigh, NC | karen.mills@email.com

        SUMMARY
        Licensed Professional Counselor and former ER nurse; five years of outpatient work with adolescents and young adults.

        EXPERIENCE
        Clinician
        Triangle Family Services, Raleigh, NC
        2021 – Present
        • Individual sessions with adolescents and young adults; DBT skills groups twice weekly.
        • Build a strong therapeutic alliance with each client; motivational interviewing and trauma-focused CBT.

        Registered Nurse, Emergency Department
        WakeMed Health, Raleigh, NC
        2009 – 2019
        • Triage and care for patients in a Level I trauma center.

        EDUCATION
        M.S., Clinical Mental Health Counseling, NC State University, 2021
        B.S.N., UNC Chapel Hill, 2009
        """;

    [TestCase("raw", CaseA1, 25, "weak", "senior", "8.9", "therapeutic alliance=asserted;motivational interviewing=asserted")]
    [TestCase("grant", "Senior Therapist (intern and practicum site coordinator)\nLakeside Behavioral Health, Columbus, OH\n• Individual and group therapy for adults; build a strong therapeutic alliance with each client.\n• Use motivational interviewing and CBT.", 25, "weak", "senior", "10.9", "therapeutic alliance=asserted;motivational interviewing=asserted")]
    [TestCase("raw", CaseC1, 25, "weak", "senior", "5.9", "therapeutic alliance=asserted;motivational interviewing=asserted")]
    [TestCase("raw", CaseC2, 44, "moderate", "senior", "6.3", "rapport=asserted;working alliance=asserted;collaborative treatment planning=asserted;motivational interviewing=asserted")]
    [TestCase("raw", CaseC3, 25, "weak", "senior", "5.9", "therapeutic alliance=asserted;motivational interviewing=asserted")]
    [TestCase("section", "TRAINING\nIn progress: EMDR Basic Training (Part 2 in March); completed: Motivational Interviewing (MINT, 2019), Crisis Intervention (CPI, 2020)", 5, "none", "senior", "8.9", "motivational interviewing=asserted;crisis intervention=asserted")]
    [TestCase("bullet", "• Provide clinical supervision (scheduled weekly) to four associate counselors.", 16, "weak", "senior", "8.9", "clinical supervision=asserted")]
    [TestCase("bullet", "• Raised client retention (planned discharges up from 48% to 71%) in the IOP.", 16, "weak", "senior", "8.9", "client retention=asserted")]
    [TestCase("bullet", "• Provide crisis intervention (scheduled and walk-in) for adults in distress.", 16, "weak", "senior", "8.9", "crisis intervention=asserted")]
    [TestCase("bullet", "• Client engagement: enrolled 140 new clients in the MAT program in 2023.", 16, "weak", "senior", "8.9", "client engagement=asserted")]
    [TestCase("bullet", "• Crisis intervention – starting with the county hotline in 2015, now lead the mobile crisis team.", 16, "weak", "senior", "8.9", "crisis intervention=asserted")]
    [TestCase("bullet", "• Deliver crisis intervention training (scheduled quarterly) to all 200 agency staff.", 16, "weak", "senior", "8.9", "crisis intervention=asserted")]
    [TestCase("bullet", "• Client retention – expected 60%, achieved 78% across the IOP in 2023.", 16, "weak", "senior", "8.9", "client retention=asserted")]
    [TestCase("bullet", "• Motivational interviewing program (enrolled 200 clients in 2022).", 0, "none", "", "8.9", "motivational interviewing=asserted")]
    [TestCase("kelly", "Counsellor, Leeds Mind\nSeptember 2019 onwards, part-time (three days a week)\n• Short-term person-centred counselling for adults; build a strong therapeutic alliance with each client.\n• Use motivational interviewing with clients who misuse alcohol.\n\nVolunteer Counsellor, Leeds Women's Aid\n2016 – 2019\n• Weekly counselling sessions with survivors of domestic abuse.", 38, "moderate", "senior", "7.3", "person-centered=asserted;therapeutic alliance=asserted;motivational interviewing=asserted")]
    [TestCase("kelly", "Counsellor, Leeds Mind, September 2019 onwards.\n• Short-term person-centred counselling for adults; build a strong therapeutic alliance with each client.\n• Use motivational interviewing with clients who misuse alcohol.", 38, "moderate", "senior", "7.3", "person-centered=asserted;therapeutic alliance=asserted;motivational interviewing=asserted")]
    [TestCase("section-unlicensed", "SCREENING QUESTIONS\nQ: Have you ever used motivational interviewing? A: No", 0, "none", "senior", "8.9", "motivational interviewing=negated")]
    [TestCase("section-unlicensed", "SCREENING QUESTIONS\nQ: Do you currently provide clinical supervision? A: No", 0, "none", "senior", "8.9", "clinical supervision=negated")]
    [TestCase("section-unlicensed", "SCREENING QUESTIONS\nQ: Are you trained in motivational interviewing? A: No", 0, "none", "senior", "8.9", "motivational interviewing=negated")]
    [TestCase("section-unlicensed", "SCREENING QUESTIONS\nQ: Have you received training in crisis intervention? A: No", 0, "none", "senior", "8.9", "crisis intervention=negated")]
    [TestCase("bullet", "• Collaborative goal setting: developing, reviewing and revising goals with each client every 30 days.", 16, "weak", "senior", "8.9", "collaborative goal setting=asserted")]
    [TestCase("bullet", "• Crisis intervention (basic, advanced) certified trainer for the county CIT program.", 16, "weak", "senior", "8.9", "crisis intervention=asserted")]
    [TestCase("bullet", "• Therapeutic alliance: developing, maintaining and repairing it with 60+ clients a year.", 20, "weak", "senior", "8.9", "therapeutic alliance=asserted")]
    [TestCase("bullet", "• I work with parents who have tried to rebuild trust with their teens, using motivational interviewing and family sessions.", 16, "weak", "senior", "8.9", "motivational interviewing=asserted")]
    [TestCase("bullet", "• I coach new interns who are trying to build rapport with resistant adolescents.", 16, "weak", "senior", "8.9", "rapport=asserted")]
    [TestCase("bullet", "• I tried to bring measurement-based care to the clinic and got it adopted by all 12 therapists within a year.", 16, "weak", "senior", "8.9", "measurement-based care=asserted")]
    [TestCase("bullet", "• Whenever my clients tried to leave treatment early, I used motivational interviewing to re-engage them.", 16, "weak", "senior", "8.9", "motivational interviewing=asserted")]
    [TestCase("bullet", "• I tried to keep the waitlist under two weeks and built a strong therapeutic alliance with every new client.", 20, "weak", "senior", "8.9", "therapeutic alliance=asserted")]
    [TestCase("bullet", "• I support clients attempting to cut down on drinking with motivational interviewing.", 16, "weak", "senior", "8.9", "motivational interviewing=asserted")]
    [TestCase("bullet", "• Motivational interviewing - learning collaborative facilitator for six county agencies.", 16, "weak", "senior", "8.9", "motivational interviewing=asserted")]
    [TestCase("bullet", "• Rapport building (foundational to my practice) with court-referred adults.", 16, "weak", "senior", "8.9", "rapport building=asserted")]
    [TestCase("bullet", "• Clinical supervision (started 2019) of three associate counselors.", 16, "weak", "senior", "8.9", "clinical supervision=asserted")]
    [TestCase("bullet", "• Clients who tried to leave treatment early were re-engaged through motivational interviewing.", 16, "weak", "senior", "8.9", "motivational interviewing=asserted")]
    [TestCase("grant", "Staff Therapist (practicum supervisor)\nLakeside Behavioral Health, Columbus, OH\n• Individual and group therapy for adults; build a strong therapeutic alliance with each client.\n• Use motivational interviewing and CBT; supervise two practicum students each year.", 25, "weak", "senior", "10.9", "therapeutic alliance=asserted;motivational interviewing=asserted")]
    public void Answered_as_before_the_reviewed_changes(string kind, string part, int score, string band, string level, string years, string matches) =>
        ReviewResumes.AssertAnswered(ReviewResumes.Build(kind, part), score, band, level, years, matches);
}
