namespace HiringKit.Scoring.Tests;

/// <summary>
/// A second independent review in session 27, of the rules from Fresh62's and Fresh64's misses and the first review's mends
/// (scorer 2.25.0 as of 343a6ad, against 3f5af2c): 165 probes found 16 regressions, 14 mended. Work psychology's markers read
/// anywhere on the title line ("Psicoterapeuta — Servicio de Salud Laboral") and not set aside for a clinical post; "práctica
/// privada" (private practice) read as a placement; "Left: still in post" and "Left: -" ending a post held now; a research
/// assistant who is also the trial's psychotherapist read as research only; "Kitchen Coordinator" no kitchen post; "Educação"
/// as a heading; "Grade: 7" read as a school's grades; a paid post noted in parentheses inside a trainee's years absorbed into
/// her placement. Left: a "Studies" sub-heading inside the experience, and posts listed after "Formación complementaria" with no
/// heading of their own, are read as study (mending them made education sections' placements posts across the corpus). The
/// probes and the reviewer's summary live in <c>Probes/Session27SecondReview</c>.
/// </summary>
public sealed class Session27SecondReviewFindingsTests
{
    static ResumeScore ScoreOf(string file) => Probes.Score("Session27SecondReview", file);

    [TestCase("r02-10-paid-post-inside-trainee-placement.txt", 3.0)]
    [TestCase("r05-06-left-still-in-post.txt", 11.8)]
    [TestCase("r05-09-left-dash.txt", 11.8)]
    [TestCase("r06-07-educacao-heading-with-professor-title.txt", 15.9)]
    [TestCase("r07-01-practica-privada.txt", 15.9)]
    [TestCase("r07-02-psicologa-en-practica-privada.txt", 15.9)]
    [TestCase("r10-02-ayudante-investigacion-with-clinical.txt", 12.9)]
    [TestCase("r11-02-psicologa-clinica-mutua-accidentes-laborales.txt", 16.9)]
    [TestCase("r11-06-psicologa-clinica-y-laboral.txt", 16.9)]
    [TestCase("r11-07-psicoterapeuta-salud-laboral.txt", 14.9)]
    [TestCase("r11-10-counselling-psychologist-organisational-team.txt", 12.9)]
    [TestCase("r11-11-psicoterapeuta-recursos-humanos-hospital.txt", 14.9)]
    [TestCase("r13-10-uk-civil-service-grade-7.txt", 9.8)]
    public void Years_are_as_the_review_found_right(string file, double years) =>
        Assert.That(ScoreOf(file).Level.YearsOfExperience, Is.EqualTo(years));

    [Test]
    public void A_recovery_cafe_s_kitchen_coordinator_is_no_counselor() =>
        Assert.That(ScoreOf("r14-05-kitchen-coordinator-recovery-cafe.txt").Level.YearsOfExperience, Is.Null);
}
