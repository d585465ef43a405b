namespace HiringKit.Scoring.Tests;

/// <summary>
/// A fifth independent review of 2.12.0 (517db6d: Fresh19's fixes). Each case was answered wrong by that form and is answered as
/// before it (8cd893d): "coalition" marks only a coalition's coordinator, not the counselors a prevention or DV coalition employs;
/// a form's third field up heads the entry only when it is the post's, employer's or place's ("Duties: ..." is the role above's);
/// a range wraps onto the next line only before a month or an ongoing word, not a bare year in a sentence; the floor that holds
/// backed work above a keyword block asks for claimed (not hoped-for or hedged) work in a senior's career in the trade, not a
/// retail career with two years titled "Counselor"; and "expand my practice" and "still building the group practice" tell work done.
/// </summary>
public sealed class Review212eFindingsTests
{
    const string CaseCoal1 = """
        MARCUS BELL
        Burlington, VT | marcus.bell@mail.example

        EXPERIENCE

        CHAMPLAIN VALLEY PREVENTION COALITION, Burlington, VT
        Youth Substance Use Specialist                                   2019 - Present
        - Weekly individual sessions with 22 teens referred by schools and juvenile court.
        - Motivational interviewing to build a working alliance with reluctant teens; collaborative goal setting in the first session.
        - Track the therapeutic alliance with the Session Rating Scale; 81% completed the 12-week program.

        Mental Health Counselor, Howard Center, Burlington, VT             2015 - 2019
        - Outpatient counseling for adults with co-occurring disorders; caseload of 35.

        EDUCATION
        M.A. Clinical Mental Health Counseling, Saint Michael's College, 2015
        """;

    const string CaseForm3 = """
        APPLICATION FOR EMPLOYMENT - WORK HISTORY
        Name: Terry Owens

        EMPLOYMENT HISTORY

        Job Title: Mental Health Counselor
        Employer: Riverbend Behavioral Health, Dayton, OH
        From: 06/2023    To: Present
        Duties: Individual and group counseling for adults; therapeutic alliance and collaborative goal setting; caseload of 30
        Job Title: Cashier / Shift Lead
        Employer: Kroger Marketplace, Dayton, OH
        From: 08/2012    To: 05/2023
        Duties: Register, stocking, customer service, opening and closing
        """;

    const string CaseWrap1 = """
        KIM ADAMS, LPC
        Portland, OR | kim.adams@mail.example

        SUMMARY
        Licensed counselor. I build a strong therapeutic alliance with each client and track it with the SRS. Before counseling I
        worked in a bank from 2008 to
        2016, and I returned to school in 2020.

        EXPERIENCE
        Mental Health Counselor, Cascade Counseling, Portland, OR            2022 - Present
        - Individual therapy for adults; caseload of 26; collaborative goal setting at intake.
        """;

    const string CaseWrap2 = """
        KIM ADAMS, LPC
        Portland, OR | kim.adams@mail.example

        EXPERIENCE
        Mental Health Counselor, Cascade Counseling, Portland, OR            2023 - Present
        - Individual therapy for adults; caseload of 26; collaborative goal setting at intake.
        - Built a strong therapeutic alliance with each client; brought no-shows back from 2019 to
          2020 levels with reminder calls.

        Associate Counselor, Bridge Clinic, Portland, OR                     2022 - 2023
        - Outpatient counseling under supervision.
        """;

    const string CaseCue1 = """
        DANA PRICE, LPC
        Austin, TX | dana.price@mail.example

        EXPERIENCE
        Licensed Professional Counselor, Private Practice, Austin, TX             2016 - Present
        - Used feedback-informed treatment to expand my practice to 40 weekly clients, with a therapeutic alliance tracked by SRS.
        - Clinical supervision of four LPC Associates; still building the group practice I founded in 2020 with alliance rupture repair training.
        """;

    [TestCase("raw", CaseCoal1, 55, "strong", "senior", "11.9", "motivational interviewing=asserted;working alliance=asserted;collaborative goal setting=asserted;therapeutic alliance=asserted;session rating scale=asserted")]
    [TestCase("raw", CaseForm3, 33, "moderate", "mid", "3.5", "therapeutic alliance=asserted;collaborative goal setting=asserted")]
    [TestCase("raw", CaseWrap1, 15, "weak", "mid", "4.9", "therapeutic alliance=asserted;collaborative goal setting=asserted")]
    [TestCase("raw", CaseWrap2, 24, "weak", "mid", "4.9", "collaborative goal setting=asserted;therapeutic alliance=asserted")]
    [TestCase("cole", "- Hope to learn motivational interviewing and trauma-informed care from the clinical team.", 1, "none", "mid", "2.9", "motivational interviewing=aspirational")]
    [TestCase("cole", "- Some exposure to motivational interviewing through a one-hour staff in-service.", 2, "none", "mid", "2.9", "motivational interviewing=hedged")]
    [TestCase("morgan", "Sales Associate, Bright Home Goods, Springfield, IL                 2015 - 2019\n- Customer service, register, visual merchandising.\n\nSummer Youth Counselor, Springfield Park District, Springfield, IL  2013 - 2014\n- Supervised groups of 8 children at day camp; led swimming and crafts.\n- Active listening with homesick kids.", 13, "none", "junior", "1", "active listening=asserted")]
    [TestCase("raw", CaseCue1, 43, "moderate", "senior", "10.9", "feedback-informed treatment=asserted;therapeutic alliance=asserted;clinical supervision=asserted;alliance rupture=asserted")]
    [TestCase("morgan", "Counselor, Lincoln Services, Springfield, IL                        2017 - 2019\n- Answered calls and set appointments; active listening with callers.\n\nSales Associate, Bright Home Goods, Springfield, IL                 2015 - 2017\n- Customer service, register, visual merchandising.", 13, "none", "mid", "2", "active listening=asserted")]
    public void Answered_as_before_the_reviewed_changes(string kind, string part, int score, string band, string level, string years, string matches) =>
        ReviewResumes.AssertAnswered(ReviewResumes.Build(kind, part), score, band, level, years, matches);
}
