using static HiringKit.Scoring.Tests.LookAlikeTradeTests;
using static HiringKit.Scoring.Tests.Resumes;

namespace HiringKit.Scoring.Tests;

/// <summary>
/// Session 29's reviews' findings left as too narrow, mended in session 30, each written by hand from the finding.
/// </summary>
public sealed class Session30LeftoversTests
{
    [TestCase("Imam and Counsellor", "Bradford Central Mosque Counselling Service")]
    [TestCase("Chaplain and Counsellor", "St Aidan's College")]
    [TestCase("Pastor & Counselor", "Grace Community Church Counseling Center")]
    public void A_faith_s_post_held_beside_the_counsellor_s_leaves_it_the_trade_s(string title, string employer)
    {
        var score = Score(Header + $"""
            EXPERIENCE

            {title}
            {employer} | Jan 2016 – Present
            - Person-centred counselling for adults and young people referred by GPs and schools; caseload of 15.
            - Build a therapeutic alliance with clients who would not approach mainstream services.
            """, AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(10.9));
        Assert.That(score.Matches.Select(m => m.Phrase), Does.Contain("therapeutic alliance"));
    }

    [TestCase("Financial Coach and Counselor")]
    [TestCase("Debt Adviser and Counsellor")]
    public void Another_subject_s_post_joined_to_the_counsellor_s_still_qualifies_it(string title)
    {
        var score = Score(Header + $"""
            EXPERIENCE

            {title}
            Citywide Money Advice | Jan 2016 – Present
            - Budgeting appointments and debt plans for members; build rapport with members.
            """, AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.Null);
    }

    [Test]
    public void A_german_cv_s_academic_path_heads_study()
    {
        var score = Score("""
            Dr. Miriam Hofer
            Psychologische Psychotherapeutin (Verhaltenstherapie)

            BERUFSERFAHRUNG

            Psychotherapeutin in eigener Praxis, Wien
            03/2018 – heute
            - Einzeltherapie für Erwachsene; the therapeutic alliance as the core of my work.

            Psychologin, Psychiatrische Ambulanz, AKH Wien
            09/2014 – 02/2018
            - Diagnostik und Gruppentherapie.

            AKADEMISCHER WERDEGANG

            Doktoratsstudium Psychologie, Universität Wien
            10/2009 – 06/2014
            """, AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(12.3));
    }
}
