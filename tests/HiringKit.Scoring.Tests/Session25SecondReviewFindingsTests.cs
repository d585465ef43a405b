namespace HiringKit.Scoring.Tests;

/// <summary>
/// A second independent review in session 25, of the rules written from Fresh46's and Fresh47's misses and of the first review's
/// mends: 75 probes found 20 regressions, all mended. An EAP's intake specialist, trainer and signposting practitioner read as
/// its counselors; a trainer who leads the "basic course in" motivational interviewing hedged; "core conditions" and
/// "unconditional positive regard" made a financial counsellor, a housing case manager and a nurse the trade; an HR
/// practitioner's row took its bullets and kept the trade; a trainee's "(team of 7.5 FTE)" and "towards my PG Diploma" hours
/// read as a post; "Career break - private practice" read as a break; "(post funded through legacy giving)" made a bereavement
/// worker a fundraiser; "and to date" and "to their families" read as aims; a running header in capitals stopped a second page's
/// work; a nurse's, a pastor's and a probation officer's stated years kept beside a later counselor's post; "Accreditation"
/// in a title's case over entries no heading; a teaching assistant's befriending scheme helping work. Several misses are mended
/// too. The probes live in <c>Probes/Session25SecondReview</c>.
/// </summary>
public sealed class Session25SecondReviewFindingsTests
{
    static ResumeScore ScoreOf(string file) => Probes.Score("Session25SecondReview", file);

    // Regressions mended, each with the years the review found right (a year's tolerance, as the corpus counts).
    [TestCase("r06-05-table-square-bullets-hr.txt", 7.8)]
    [TestCase("r08-03-career-break-private-practice.txt", 14.8)]
    [TestCase("r11-06-bereavement-worker-legacy-funded.txt", 10.8)]
    [TestCase("r13b-02-page2-short-name-header-caps.txt", 11.1)]
    [TestCase("r13d-02-stated-years-nurse-now-psychotherapist.txt", 2.7)]
    [TestCase("r13d-04-years-pastor-also-counselor-overcount.txt", 6.8)]
    [TestCase("r13d-05-stated-years-probation-officer-trainee.txt", 1.9)]
    [TestCase("r13e-01-accreditation-titlecase-after-experience.txt", 5.8)]
    // Misses mended: a student counsellor's WTE, part-time and full-time posts.
    [TestCase("r07-01-student-counsellor-wte-ireland.txt", 10.8)]
    [TestCase("r07-06-student-counsellor-part-time-days.txt", 12.8)]
    [TestCase("r07-08-student-counsellor-tafe-permanent-full-time.txt", 13.7)]
    public void Years_are_as_the_review_found_right(string file, double years) =>
        Assert.That(ScoreOf(file).Level.YearsOfExperience, Is.EqualTo(years).Within(1.0));

    // An EAP's office, other trades using the person-centred words, and business titles by other names: no years in the trade.
    [TestCase("r02-04-eap-intake-specialist-lookalike.txt")]
    [TestCase("r02-05-eap-wellbeing-trainer-lookalike.txt")]
    [TestCase("r02-06-eap-signposting-wellness-practitioner.txt")]
    [TestCase("r05-03-au-financial-counsellor-upr.txt")]
    [TestCase("r05-04-uk-housing-case-manager-upr.txt")]
    [TestCase("r05-06-nurse-clinician-core-conditions-clinics.txt")]
    [TestCase("r11-01-msl-abbrev-psychiatry.txt")]
    [TestCase("r11-02-development-director-mental-health-charity.txt")]
    [TestCase("r11-07-clinical-outreach-liaison-us.txt")]
    public void Another_trade_has_no_years_in_this_one(string file) =>
        Assert.That(ScoreOf(file).Level.YearsOfExperience, Is.Null);

    // Trainees at a student counselling service are juniors on placement.
    [TestCase("r07-05-student-counsellor-trainee-fte-team.txt")]
    [TestCase("r07-07-student-counsellor-trainee-three-years.txt")]
    public void A_trainee_is_junior(string file) =>
        Assert.That(ScoreOf(file).Level.Level, Is.EqualTo(Levels.Junior));

    // Claims, not aims or hedges: a course the writer leads, "and to date", "to their families".
    [TestCase("r03-03-mi-trainer-basic-course.txt", "motivational interviewing")]
    [TestCase("r12-01-and-to-date-claim.txt", null)]
    [TestCase("r12-02-and-to-preposition-families.txt", null)]
    public void A_claim_stays_asserted(string file, string? phrase)
    {
        var score = ScoreOf(file);
        var matches = phrase is null ? score.Matches : score.Matches.Where(m => m.Phrase == phrase).ToList();
        Assert.That(matches.Select(m => m.Assertion), Is.Not.Empty.And.All.EqualTo(Assertions.Asserted));
    }

    [Test]
    public void A_teaching_assistant_s_befriending_scheme_is_no_helping_work()
    {
        const string file = "r13f-08-ta-befriending-scheme-phrases.txt";
        int from = Probes.Text("Session25SecondReview", file).IndexOf("Educational Assistant", StringComparison.Ordinal);
        Assert.That(from, Is.GreaterThan(0));
        Assert.That(ScoreOf(file).Matches.Where(m => m.Start >= from).Select(m => m.Phrase), Is.Empty);
    }
}
