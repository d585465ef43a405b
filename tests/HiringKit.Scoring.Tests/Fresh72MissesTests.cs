using static HiringKit.Scoring.Tests.LookAlikeTradeTests;
using static HiringKit.Scoring.Tests.Resumes;

namespace HiringKit.Scoring.Tests;

/// <summary>
/// The general cause behind Fresh72's miss (couples, family, child and adolescent counselling; run once on 680fc9a, then read),
/// written by hand, not copied from it: an "MFT Intern" at a university's training clinic read as California's registered
/// post-degree intern, so a student's internship counted as work.
/// </summary>
public sealed class Fresh72MissesTests
{
    static string TherapistAfterAnInternship(string internship) => Header + $"""
        EXPERIENCE

        Couple & Family Therapist — Clinique Familiale Rosemont, Montréal
        2022-05 – present
        - Couple and family therapy, 18 sessions a week.

        {internship}
        2020-01 – 2022-04
        - 500 client-contact hours with couples and families under live supervision.
        """;

    [Test]
    public void An_mft_intern_at_a_university_s_training_clinic_is_a_placement()
    {
        var score = Score(TherapistAfterAnInternship("MFT Intern — Westmount University Couple and Family Therapy Clinic (training clinic)"), AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(4.6));
    }

    /// <remarks>California's registered MFT intern at an agency worked after the degree: years of the trade.</remarks>
    [Test]
    public void A_california_mft_intern_at_an_agency_is_still_post_degree_work()
    {
        var score = Score(TherapistAfterAnInternship("MFT Intern (IMF 81234), Pacific Family Services, San Diego"), AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(6.9));
    }

    /// <summary>A British school's learning mentor is school support staff: her rapport with pupils is the classroom's.</summary>
    [Test]
    public void A_learning_mentor_s_rapport_with_pupils_is_the_school_s()
    {
        string text = Header + """
            EXPERIENCE

            Education Mental Health Practitioner (Band 5)
            Mental Health Support Team, Leicester
            January 2024 – Present
            • Low-intensity CBT with young people and parents; guided self-help in eight sessions.

            Learning Mentor
            Rushey Mead Academy, Leicester
            September 2019 – December 2022
            • Mentoring for students at risk of exclusion; built rapport with pupils who were avoiding school through daily check-ins.
            • Not a counselling role: students needing therapy were referred to the school counsellor or CAMHS.
            """;
        var score = Score(text, AsOf2026);

        Assert.That(score.Matches.Select(m => m.Phrase), Has.None.EqualTo("rapport"));
        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(2.9));
    }
}
