using static HiringKit.Scoring.Tests.LookAlikeTradeTests;
using static HiringKit.Scoring.Tests.Resumes;

namespace HiringKit.Scoring.Tests;

/// <summary>
/// The general causes behind Fresh73's misses (addiction, criminal justice and forensic settings; run once as a held-back check on
/// f719e0c, then read), written by hand, not copied from it: a rehab call centre's admissions representative read as the trade
/// because her lines name the detox and substance use her callers seek, so a keyword stuffer outscored a genuine senior.
/// </summary>
public sealed class Fresh73MissesTests
{
    static string AdmissionsRepresentative(string line) => Header + $"""
        Work Experience

        Senior Admissions Representative
        Coastal Palms Recovery Center - Delray Beach, FL
        January 2024 to Present
        - {line}
        - Verify benefits with commercial insurers and quote self-pay rates; collect deposits.
        - Built rapport with callers and their families quickly; converted 27% of qualified leads to admissions.
        """;

    [Test]
    public void A_rehab_s_admissions_representative_selling_beds_is_another_trade()
    {
        var score = Score(AdmissionsRepresentative("Handle 60-80 inbound calls per shift from people seeking detox and residential treatment for substance use."), AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.Null);
        Assert.That(score.Matches.Select(m => m.Phrase), Has.None.EqualTo("rapport"));
    }

    /// <remarks>An admissions post that assesses clinically keeps the trade: level of care, biopsychosocial intake.</remarks>
    [Test]
    public void An_admissions_representative_who_assesses_level_of_care_stays_in_the_trade()
    {
        var score = Score(AdmissionsRepresentative("Complete the biopsychosocial intake and ASAM level of care assessment with each caller before admission."), AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.Not.Null);
    }
}
