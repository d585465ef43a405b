using static HiringKit.Scoring.Tests.LookAlikeTradeTests;
using static HiringKit.Scoring.Tests.Resumes;

namespace HiringKit.Scoring.Tests;

/// <summary>
/// Session 48's misses of one kind: sentences that deny the trade's work or give it to someone else, and the posts of non-clinical
/// support roles that say so of themselves.
/// </summary>
public sealed class Session48DenialsTests
{
    const string SolicitorsPosts = """
        PROFESSIONAL EXPERIENCE

        Sept 2019 to date      Senior Associate & Team Leader, Mental Health Department
                               Hargreave Lowe LLP, Leeds (legal aid franchise)
           * Own caseload of 45 clients detained under the Mental Health Act.
           * I build rapport with detained clients by explaining what I can and cannot do.

        Sept 2014 - Aug 2019   Solicitor, Mental Health Department
                               Hargreave Lowe LLP, Leeds
           * Tribunal advocacy for restricted patients.

        EDUCATION
        {0} - University of Law, Leeds, 2013
        LLB (Hons) Law - University of Sheffield, 2012

        PROFESSIONAL APPROACH
        I am not a clinician. Empathy for clients who have been sectioned matters as much as the case law.
        """;

    [Test]
    public void A_solicitors_legal_practice_course_is_no_counselors_license()
    {
        var score = Score(Header + string.Format(SolicitorsPosts, "LPC (Distinction)"), AsOf2026);

        Assert.That(score.Matches.Where(m => m.Phrase is "rapport" or "empathy"), Is.Empty);
        Assert.That(score.Level.Level, Is.Null);
    }
}
