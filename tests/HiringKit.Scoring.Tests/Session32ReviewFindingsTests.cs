namespace HiringKit.Scoring.Tests;

/// <summary>
/// An independent review in session 32 of the session's first rules (Fresh115's to Fresh125's readings; 6b8bffb against 24cd2d5),
/// by a helper who saw only two builds' answers: 143 probes, 4 regressions, all mended. Portuguese "Educação" heading study had
/// cut every post below it where it is a sector's sub-heading over an employer, a teacher's or a coordinator's post (it heads study
/// now only over a school's or a degree's name); a Spanish receptionist's word had made "Psicóloga Clínica y Recepcionista" another
/// trade's. Mended from its too-narrow findings: "Registered Associate MFT | since 09/2021" and "Registered Psychotherapist
/// (Qualifying)" as posts, "LICENSES &amp; REGISTRATIONS" and "no clinical duties", "tot op heden", Swedish "sedan", Danish
/// "siden", Italian "attuale" and "dal 2019 ad oggi", Portuguese "até ao presente", and aims under a plans heading after "Upon",
/// "I will" or "To", with more goal verbs ("lead", "offer"). The probes live in <c>Probes/Session32Review</c> with the review's
/// summary; each case fails on the reviewed build.
/// </summary>
public sealed class Session32ReviewFindingsTests
{
    [TestCase("r05-10-educacao-sector-then-teacher-then-trade.txt", 7.0)]
    [TestCase("r05-12-educacao-sector-employer-first.txt", 9.0)]
    [TestCase("r05-13-educacao-sector-coordinator-then-psych.txt", 6.0)]
    [TestCase("r12-14-psicologa-y-recepcionista-dual.txt", 4.0)]
    [TestCase("r01-03-registered-associate-mft-pipe.txt", 5.3)]
    [TestCase("r01-04-rp-qualifying-since-month.txt", 4.8)]
    [TestCase("r01-05-registered-associate-csw-since.txt", 6.9)]
    [TestCase("r01-06-registration-line-in-licenses-plus-post.txt", 3.9)]
    [TestCase("r08-07-tot-op-heden.txt", 9.3)]
    [TestCase("r08-14-danish-siden.txt", 6.9)]
    [TestCase("r08-17-swedish-sedan.txt", 7.3)]
    [TestCase("r11-07-attuale.txt", 7.9)]
    [TestCase("r11-08-dal-ad-oggi-no-dash.txt", 7.9)]
    [TestCase("r11-15-ate-ao-presente.txt", 6.3)]
    public void A_probe_s_years_are_as_the_review_expected(string file, double? years) =>
        Assert.That(Probes.Score("Session32Review", file).Level.YearsOfExperience, Is.EqualTo(years));

    [TestCase("r03-03-metas-goals-upon-when.txt")]
    [TestCase("r03-08-goals-infinitive-no-time-clause.txt")]
    [TestCase("r03-11-objetivos-goals-after-i-complete.txt")]
    [TestCase("r03-14-objetivos-goals-once-licensed-lead.txt")]
    public void An_aim_under_a_plans_heading_is_aspirational(string file) =>
        Assert.That(Probes.Score("Session32Review", file).Matches.Single(m => m.Phrase == "therapeutic alliance").Assertion,
            Is.EqualTo(Assertions.Aspirational));
}
