namespace HiringKit.Scoring.Tests;

/// <summary>
/// A fourth independent review of 2.12.0 (226eb72). The first cases were answered wrong by that form and right before the
/// reviewed changes (7764275), and are answered so again: a form's "No" to a count of years, a complaint or a sanction denies
/// nothing, nor does an attempt told with its result after a semicolon, "which" or a parenthesis, a label past a pipe or full
/// stop, "starting 2016", a trainer's "Basic | Advanced", or a note of whom a therapist supervised; "from September 2019
/// onwards" after a comma and "onwards (part-time)" end ranges; a counseling student whose lines hold sessions keeps the trade.
/// The last cases were answered wrong before and by that form, and are answered right now: a "No" that narrows a question
/// ("with every client", "limited to group settings") denies nothing; "How many years of ...? None" and "What is your experience
/// with ...? None" deny; "Upcoming:" after a bullet and "expected completion in spring 2027" are training not yet done.
/// </summary>
public sealed class Review212dFindingsTests
{
    const string CaseC1 = """
        Karen Mills
        Raleigh, NC | karen.mills@email.com

        EXPERIENCE
        Graduate Student Clinician, NC State University Wellness Clinic
        Aug 2024 – Present
        • Weekly individual sessions with undergraduates presenting with anxiety and depression; build a strong therapeutic alliance.
        • Use motivational interviewing and CBT; case conceptualization reviewed in weekly supervision.

        Registered Nurse, Emergency Department
        WakeMed Health, Raleigh, NC
        2012 – 2024
        • Triage and care for patients in a Level I trauma center.

        EDUCATION
        M.S., Clinical Mental Health Counseling, NC State University, expected May 2026
        B.S.N., UNC Chapel Hill, 2012
        """;

    const string CaseC2 = """
        Karen Mills
        Raleigh, NC | karen.mills@email.com

        EXPERIENCE
        Clinician Trainee, NC State University Wellness Clinic
        Aug 2024 – Present
        • Weekly individual sessions with undergraduates presenting with anxiety and depression; build a strong therapeutic alliance.
        • Use motivational interviewing and CBT; case conceptualization reviewed in weekly supervision.

        Registered Nurse, Emergency Department
        WakeMed Health, Raleigh, NC
        2012 – 2024
        • Triage and care for patients in a Level I trauma center.

        EDUCATION
        M.S., Clinical Mental Health Counseling, NC State University, expected May 2026
        B.S.N., UNC Chapel Hill, 2012
        """;

    [TestCase("section-unlicensed", "SCREENING QUESTIONS\nQ: Do you have 2+ years of crisis intervention experience? A: No", 16, "weak", "senior", "8.9", "crisis intervention=asserted")]
    [TestCase("section-unlicensed", "SCREENING QUESTIONS\nQ: Do you have at least 5 years of clinical supervision experience? A: No", 16, "weak", "senior", "8.9", "clinical supervision=asserted")]
    [TestCase("section-unlicensed", "SCREENING QUESTIONS\nQ: Have you ever been sanctioned for a professional boundaries violation? A: No", 16, "weak", "senior", "8.9", "professional boundaries=asserted")]
    [TestCase("section-unlicensed", "SCREENING QUESTIONS\nQ: Have you ever had a complaint about professional boundaries? A: No", 16, "weak", "senior", "8.9", "professional boundaries=asserted")]
    [TestCase("section-unlicensed", "SCREENING QUESTIONS\nQ: Do you have 3-5 years of crisis intervention experience? A: No, more than 10.", 16, "weak", "senior", "8.9", "crisis intervention=asserted")]
    [TestCase("bullet", "• I tried to improve client retention with reminder texts; retention rose from 60% to 85%.", 16, "weak", "senior", "8.9", "client retention=asserted")]
    [TestCase("bullet", "• Attempted to raise client engagement through text reminders, which cut no-shows by 30%.", 16, "weak", "senior", "8.9", "client engagement=asserted")]
    [TestCase("bullet", "• Tried to build rapport with every intake in the first session (achieved with 92%).", 16, "weak", "senior", "8.9", "rapport=asserted")]
    [TestCase("bullet", "• Trying to keep up with crisis intervention calls during the 2020 surge, I added two evening shifts.", 16, "weak", "senior", "8.9", "crisis intervention=asserted")]
    [TestCase("bullet", "• Attempted to improve client retention. Retention rose from 60% to 85% within a year.", 16, "weak", "senior", "8.9", "client retention=asserted")]
    [TestCase("bullet", "• We tried to reduce crisis intervention wait times, cutting them from 40 to 12 minutes.", 16, "weak", "senior", "8.9", "crisis intervention=asserted")]
    [TestCase("section", "CERTIFICATIONS\nPending: NCC exam, Nov 2026 | CPI crisis intervention, 2021 | MINT motivational interviewing, 2019", 5, "none", "senior", "8.9", "crisis intervention=asserted;motivational interviewing=asserted")]
    [TestCase("section", "CERTIFICATIONS\nIn progress: EMDR Basic Training. Completed crisis intervention (CPI, 2020)", 3, "none", "senior", "8.9", "crisis intervention=asserted")]
    [TestCase("section", "LEADERSHIP\n• Crisis intervention program – starting 2016, trained all 200 agency staff and cut restraints by half.", 16, "weak", "senior", "8.9", "crisis intervention=asserted")]
    [TestCase("section", "TRAINING\nMotivational Interviewing – Basic | Advanced | Training of New Trainers (MINT, 2019)", 3, "none", "senior", "8.9", "motivational interviewing=asserted")]
    [TestCase("section", "TRAINING\nCrisis Intervention – Basic. Crisis Intervention – Advanced (CPI instructor since 2020).", 4, "none", "senior", "8.9", "crisis intervention=asserted;crisis intervention=asserted")]
    [TestCase("kelly", "Counsellor, Leeds Mind, from September 2019 onwards\n• Short-term person-centred counselling for adults; build a strong therapeutic alliance with each client.\n\nVolunteer Counsellor, Leeds Women's Aid\n2016 – 2019\n• Weekly counselling sessions with survivors of domestic abuse.", 33, "moderate", "senior", "7.3", "person-centered=asserted;therapeutic alliance=asserted")]
    [TestCase("kelly", "Counsellor, Leeds Mind\nSeptember 2019 onwards (part-time, three days a week)\n• Short-term person-centred counselling for adults; build a strong therapeutic alliance with each client.\n\nVolunteer Counsellor, Leeds Women's Aid\n2016 – 2019\n• Weekly counselling sessions with survivors of domestic abuse.", 33, "moderate", "senior", "7.3", "person-centered=asserted;therapeutic alliance=asserted")]
    [TestCase("kelly", "Counsellor, Leeds Mind (since March 2020 onwards)\n• Short-term person-centred counselling for adults; build a strong therapeutic alliance with each client.\n\nVolunteer Counsellor, Leeds Women's Aid\n2016 – 2019\n• Weekly counselling sessions with survivors of domestic abuse.", 33, "moderate", "senior", "6.8", "person-centered=asserted;therapeutic alliance=asserted")]
    [TestCase("kelly", "Counsellor, Leeds Mind\nSeptember 2019 onwards: part-time, three days a week\n• Short-term person-centred counselling for adults; build a strong therapeutic alliance with each client.", 33, "moderate", "senior", "7.3", "person-centered=asserted;therapeutic alliance=asserted")]
    [TestCase("grant", "Outpatient Therapist (also supervised practicum students)\nLakeside Behavioral Health, Columbus, OH\n• Individual and group therapy for adults; build a strong therapeutic alliance with each client.\n• Use motivational interviewing and CBT.", 25, "weak", "senior", "10.9", "therapeutic alliance=asserted;motivational interviewing=asserted")]
    [TestCase("grant", "Counselor (supervises practicum and internship students)\nLakeside Behavioral Health, Columbus, OH\n• Individual and group therapy for adults; build a strong therapeutic alliance with each client.\n• Use motivational interviewing and CBT.", 25, "weak", "senior", "10.9", "therapeutic alliance=asserted;motivational interviewing=asserted")]
    [TestCase("raw", CaseC1, 25, "weak", "junior", "2.3", "therapeutic alliance=asserted;motivational interviewing=asserted")]
    [TestCase("raw", CaseC2, 25, "weak", "junior", "2.3", "therapeutic alliance=asserted;motivational interviewing=asserted")]
    [TestCase("section-unlicensed", "SCREENING QUESTIONS\nQ: Do you use motivational interviewing with every client? A: No, only with ambivalent clients.", 16, "weak", "senior", "8.9", "motivational interviewing=asserted")]
    [TestCase("section-unlicensed", "SCREENING QUESTIONS\nQ: Do you provide crisis intervention after hours? A: No", 16, "weak", "senior", "8.9", "crisis intervention=asserted")]
    [TestCase("section-unlicensed", "SCREENING QUESTIONS\nQ: Is your clinical supervision experience limited to group settings? A: No", 16, "weak", "senior", "8.9", "clinical supervision=asserted")]
    [TestCase("section-unlicensed", "SCREENING QUESTIONS\nQ: Is crisis intervention your primary focus? A: No, I mainly do outpatient therapy.", 16, "weak", "senior", "8.9", "crisis intervention=asserted")]
    [TestCase("section-unlicensed", "SCREENING QUESTIONS\nQ: Do you have experience with motivational interviewing via telehealth? A: No", 16, "weak", "senior", "8.9", "motivational interviewing=asserted")]
    [TestCase("section", "TRAINING\nMotivational interviewing training (registered for the March 2027 cohort)", 0, "none", "senior", "8.9", "motivational interviewing=aspirational")]
    [TestCase("section", "TRAINING\nMotivational interviewing certificate – expected completion in spring 2027", 0, "none", "senior", "8.9", "motivational interviewing=aspirational")]
    [TestCase("section", "TRAINING\nScheduled: Motivational Interviewing Advanced, March 2027; Completed: Crisis intervention (CPI, 2020)", 3, "none", "senior", "8.9", "motivational interviewing=aspirational;crisis intervention=asserted")]
    [TestCase("section-unlicensed", "SCREENING QUESTIONS\nQ: Have you provided clinical supervision to pre-licensed clinicians? A: No", 0, "none", "senior", "8.9", "clinical supervision=negated")]
    [TestCase("section-unlicensed", "SCREENING QUESTIONS\nQ: How many years of crisis intervention experience do you have? A: None", 0, "none", "senior", "8.9", "crisis intervention=negated")]
    [TestCase("section-unlicensed", "SCREENING QUESTIONS\nQ: What is your experience with crisis intervention? A: None", 0, "none", "senior", "8.9", "crisis intervention=negated")]
    public void Answered_as_the_review_found_right(string kind, string part, int score, string band, string level, string years, string matches) =>
        ReviewResumes.AssertAnswered(ReviewResumes.Build(kind, part), score, band, level, years, matches);
}
