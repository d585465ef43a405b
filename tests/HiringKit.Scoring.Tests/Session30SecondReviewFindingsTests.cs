namespace HiringKit.Scoring.Tests;

/// <summary>
/// A second independent review in session 30, of the later rules (Fresh92's remainder and Fresh97's to Fresh99's readings; f18d591
/// against cf49cd3), by a helper who saw only two builds' answers: 102 probes, 2 regressions, both mended. A psychotherapist at a
/// clinic whose other staff are body therapists had become a massage therapist (now not where the lines tell psychotherapy,
/// counselling or mental health); "Supervisor Clínico de Enfermería" had become the trade's (a clinical supervisor of nursing is a
/// nurse). Mended from its too-narrow findings: spa and beauty therapists, "W.E.F." dates read day first, "EDUCATIONAL
/// QUALIFICATIONS", Quebec's work headings after a study table ("PARCOURS PROFESSIONNEL", "EXPÉRIENCE CLINIQUE", "EXPÉRIENCES DE
/// TRAVAIL"), and years cut to two digits after a title's dash ("Counselor, Clinic — '12 – '19"). The probes live in
/// <c>Probes/Session30SecondReview</c> with the review's summary; each case fails on the reviewed build.
/// </summary>
public sealed class Session30SecondReviewFindingsTests
{
    [TestCase("r04-07-wide-integrative-center.txt", 7.8)]
    [TestCase("r07-15-wide-supervisor-clinico-enfermeria.txt", null)]
    [TestCase("r04-01-spa-lead-therapist.txt", null)]
    [TestCase("r04-04-beauty-therapist.txt", null)]
    [TestCase("r06-01-wef-basic.txt", 2.9)]
    [TestCase("r06-09-wef-ddmm-july.txt", 4.4)]
    [TestCase("r09-09-wide-parcours-after-formation.txt", 6.0)]
    [TestCase("r09-11-wide-table-formation-then-experience-clinique.txt", 6.0)]
    [TestCase("r09-12-wide-plain-formation-then-experiences-de-travail.txt", 6.0)]
    [TestCase("r12-08-apostrophe-years.txt", 9.9)]
    [TestCase("r12-09-curly-apostrophe.txt", 7.0)]
    public void A_probe_s_years_are_as_the_review_expected(string file, double? years) =>
        Assert.That(Probes.Score("Session30SecondReview", file).Level.YearsOfExperience, Is.EqualTo(years));
}
