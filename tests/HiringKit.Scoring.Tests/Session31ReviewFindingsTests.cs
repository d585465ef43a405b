namespace HiringKit.Scoring.Tests;

/// <summary>
/// An independent review in session 31 of the rules read from Fresh100 to Fresh104 (9ef58cb against the session's start, fe7ccf7),
/// by a helper who saw only two builds' answers: 134 probes, 5 regressions. Mended: a designer template's job title in spaced
/// letters ("F A M I L Y   T H E R A P I S T") had become a section of its own and cut its post out of the work (only a whole line
/// naming no post is a heading of its own now, and a column's piece only a known section); a US employer named "Ireland Army Health
/// Clinic" had made a resume's dates day first (only the header's address and phone tell now); Czech and Polish degrees under
/// native headings had become open posts once "dosud" and "obecnie" were read (Central and Eastern European and Cyrillic headings
/// are read now). Mended from its too-narrow findings: Queensland, South Africa and "Manchester, UK" headers read day first; box-drawn
/// tables' wrapped date cells ("│", "║"); Hungarian, Croatian, Romanian and Cyrillic psychologists' titles; "н.в." and "do chwili
/// obecnej"; "I'm not a counsellor" and an insurer's case manager titled for psychological injury claims; "Speech Pathologist".
/// The probes live in <c>Probes/Session31Review</c> with the review's summary; each case fails on the reviewed build.
/// </summary>
public sealed class Session31ReviewFindingsTests
{
    [TestCase("r13-06-spaced-job-titles.txt", 8.5)]
    [TestCase("r13-07-spaced-title-with-dates.txt", 8.5)]
    [TestCase("r12-09-us-ireland-army-clinic.txt", 7.6)]
    [TestCase("r12-06-queensland-spelled-out.txt", 7.8)]
    [TestCase("r12-07-south-africa.txt", 7.8)]
    [TestCase("r12-12-uk-domestic-phone.txt", 6.2)]
    [TestCase("r08-01-box-table-wrapped.txt", 5.3)]
    [TestCase("r08-03-box-wrapped-numeric.txt", 7.9)]
    [TestCase("r08-04-box-wrapped-other-trade.txt", 1.9)]
    [TestCase("r01-01-czech-dosud.txt", 5.8)]
    [TestCase("r01-02-polish-obecnie.txt", 7.3)]
    [TestCase("r01-03-hungarian-jelenleg.txt", 6.3)]
    [TestCase("r01-06-ukrainian-doteper.txt", 6.8)]
    [TestCase("r01-07-russian-nv-abbrev.txt", 5.6)]
    [TestCase("r01-08-polish-do-chwili-obecnej.txt", 6.5)]
    [TestCase("r11-01-insurer-case-manager-not-clinician.txt", null)]
    [TestCase("r11-03-not-a-clinician-contraction.txt", null)]
    [TestCase("r05-04-speech-pathologist-bar.txt", null)]
    public void A_probe_s_years_are_as_the_review_expected(string file, double? years) =>
        Assert.That(Probes.Score("Session31Review", file).Level.YearsOfExperience, Is.EqualTo(years));
}
