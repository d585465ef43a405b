namespace HiringKit.Scoring.Tests;

/// <summary>
/// A sixth independent review of 2.12.0 (fa8d3f3: the fifth review's mends). Each case was answered wrong by that form and is
/// answered right now: a peacebuilding adviser's and a coalition lead's posts are other trades again; a form's "Position Title:"
/// three fields above its dates heads the entry (only a description's fields, "Duties:" and the like, are the role above's), and a
/// dates line padded by a PDF is still dates alone; a range wrapped onto the next line before "06/2023" or "aujourd'hui" is read;
/// "still building confidence with" hedges and "broaden my skills in" aims, while "expand my practice to 40" stays work done.
/// </summary>
public sealed class Review212fFindingsTests
{
    const string CaseWrap1 = """
        KIM ADAMS
        Portland, OR | kim.adams@mail.example

        EXPERIENCE
        I worked as a Mental Health Counselor at Cascade Counseling in Portland, OR from 09/2016 to
        06/2023, seeing 28 adults a week for depression and anxiety, with active listening at the heart of each session.

        Since 07/2023 I have been a Barista at Stumptown Coffee, Portland, OR.
        """;

    const string CaseWrap2 = """
        CAMILLE DUBOIS
        Montréal, QC | camille.dubois@mail.example

        EXPÉRIENCE / EXPERIENCE
        Conseillère en santé mentale / Mental Health Counselor, CLSC Rosemont, Montréal, septembre 2016 à
        aujourd'hui. Individual counseling for 30 adults with depression and anxiety; active listening and
        motivational interviewing; intake assessments; weekly case reviews with the clinical team.

        FORMATION / EDUCATION
        Maîtrise en counseling, Université de Montréal, 2016
        """;

    const string CaseCue2 = """
        RILEY CHEN
        Denver, CO | riley.chen@mail.example

        SUMMARY
        New associate counselor, licensed in 2025.

        EXPERIENCE

        Associate Counselor, Front Range Family Services, Denver, CO        2025 - Present
        - Individual sessions for 10 adults under weekly supervision; intake paperwork.
        - Still building confidence with the working alliance and alliance rupture repair; my supervisor leads the hard sessions.

        EDUCATION
        M.A. Counseling, University of Colorado Denver, 2025
        """;

    const string CaseCue3 = """
        RILEY CHEN
        Denver, CO | riley.chen@mail.example

        SUMMARY
        Associate counselor. Next year: broaden my skills in the therapeutic alliance and expand my use of collaborative goal setting.

        EXPERIENCE

        Associate Counselor, Front Range Family Services, Denver, CO        2024 - Present
        - Individual sessions for 12 adults under weekly supervision.
        - Intake paperwork and scheduling.

        EDUCATION
        M.A. Counseling, University of Colorado Denver, 2024
        """;

    [TestCase("yusuf", "Peacebuilding Advisor, Mercy Relief International, Juba, South Sudan    2017 - Present\n- Built a working alliance of 23 NGOs and church groups for local peace committees.\n- Trust building between host and refugee communities; active listening in community dialogues.\n- Designed conflict-resolution workshops for local leaders.", 0, "none", "", "", "")]
    [TestCase("yusuf", "Coalition Lead, East Africa NGO Forum, Nairobi                          2019 - Present\n- Built a working alliance of 23 NGOs responding to drought displacement.\n- Reached goal consensus among member agencies on a joint appeal; trust building with two ministries.\n- Chaired monthly coordination meetings; drafted joint position papers.", 0, "none", "", "", "")]
    [TestCase("ohio-form", "Position Title: Mental Health Counselor\nAgency: Montgomery County\nCity/State: Dayton, OH\nFrom: 06/2016    To: Present\nDuties: Individual and group counseling for adults with depression and addiction; active listening; caseload of 30\n\nPosition Title: Store Clerk\nAgency: Kroger Marketplace\nCity/State: Dayton, OH\nFrom: 08/2012    To: 05/2016", 16, "weak", "senior", "10.5", "active listening=asserted")]
    [TestCase("ohio-form", "Job Title: Mental Health Counselor\nAgency: Montgomery County\nCity/State: Dayton, OH\nFrom: 06/2016                                                            To: Present\nDuties: Individual and group counseling for adults with depression and addiction; active listening; caseload of 30\n\nJob Title: Store Clerk\nAgency: Kroger Marketplace\nCity/State: Dayton, OH\nFrom: 08/2012                                                            To: 05/2016", 16, "weak", "senior", "10.5", "active listening=asserted")]
    [TestCase("raw", CaseWrap1, 16, "weak", "senior", "6.8", "active listening=asserted")]
    [TestCase("raw", CaseWrap2, 18, "weak", "senior", "10.3", "active listening=asserted;motivational interviewing=asserted")]
    [TestCase("raw", CaseCue2, 9, "none", "junior", "1.9", "working alliance=hedged;alliance rupture=hedged")]
    [TestCase("raw", CaseCue3, 3, "none", "mid", "2.9", "therapeutic alliance=aspirational;collaborative goal setting=aspirational")]
    public void Answered_as_the_review_found_right(string kind, string part, int score, string band, string level, string years, string matches) =>
        ReviewResumes.AssertAnswered(ReviewResumes.Build(kind, part), score, band, level, years, matches);
}
