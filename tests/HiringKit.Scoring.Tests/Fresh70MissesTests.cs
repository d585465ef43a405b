using static HiringKit.Scoring.Tests.LookAlikeTradeTests;
using static HiringKit.Scoring.Tests.Resumes;

namespace HiringKit.Scoring.Tests;

/// <summary>
/// The general causes behind Fresh70's misses (early careers and the edges of junior; run once on e30d7de, then read), written
/// by hand, not copied from it: a residential youth worker's post read as counselling because its lines name the young
/// person's case manager.
/// </summary>
public sealed class Fresh70MissesTests
{
    static string ProvisionalCounsellorAfter(string supportWorkersLine) => Header + $"""
        EXPERIENCE

        Counsellor (Provisional)
        Surf Coast Community Health
        Mar 2025 - Present
        - Short-term counselling for adults; rapport first with men who were sent by their GP.

        Youth Support Worker (Residential Care)
        Eastside Kids Residential Services
        Jun 2019 - Feb 2025
        - Day-to-day care for young people aged 12-17 in a four-bed unit: routines, school, life skills.
        - {supportWorkersLine}
        """;

    [TestCase("Attended care team meetings with Child Protection and the young person's case manager.")]
    [TestCase("Liaised with their therapist and the school about each young person's week.")]
    [TestCase("Drove residents to appointments and updated the client's counsellor after each visit.")]
    public void The_counsellor_of_someone_served_is_no_counselling_of_the_writer_s(string line)
    {
        var score = Score(ProvisionalCounsellorAfter(line), AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(1.8));
    }

    /// <remarks>An institution's counsellor may be the writer: "As the unit's counsellor" is the post's own work.</remarks>
    [Test]
    public void The_writer_as_the_unit_s_counsellor_still_counsels()
    {
        var score = Score(ProvisionalCounsellorAfter("From 2022 also acted as the unit's counsellor: weekly one-to-one counselling sessions with each young person."), AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.GreaterThan(5));
    }

    /// <summary>A medical school's simulated patient plays counselling clients and marks trainees: another trade's post.</summary>
    [TestCase("Simulated Patient & Medical Role Player (freelance)")]
    [TestCase("Standardized Patient")]
    public void A_simulated_patient_s_post_is_another_trade_s(string title)
    {
        string text = Header + $"""
            EXPERIENCE

            {title}
            University of Salford Clinical Skills Unit
            Sep 2023 - Present
            - Play patients and counselling-training clients in assessed role-plays; tutors mark the trainee on the therapeutic
              relationship, and I give in-role client feedback afterwards.

            Front of House Assistant, City Theatre
            Oct 2021 - Aug 2024
            - Box office and ushering.
            """;
        var score = Score(text, AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.Null);
        Assert.That(score.Level.Level, Is.Null);
    }
}
