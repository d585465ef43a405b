using static HiringKit.Scoring.Tests.LookAlikeTradeTests;
using static HiringKit.Scoring.Tests.Resumes;

namespace HiringKit.Scoring.Tests;

/// <summary>
/// Session 22's leftover misses, by general cause: psychology taught read as the trade's title (Fresh31, t08: a student's
/// tutoring years counted), and the trade's named approaches read as other subjects ("Narrative Therapist").
/// </summary>
public sealed class LeftoverTitleMissesTests
{
    [TestCase("Waitron; tutor (first-year Psychology)")]
    [TestCase("Lecturer in Psychology")]
    [TestCase("Psychology Teacher (A-level)")]
    public void Psychology_taught_is_a_classroom_s_post(string title)
    {
        string text = Header + $"""
            EXPERIENCE
            Registered Counsellor — Tshwane Community Wellness Centre
            03/2022 – present
            - Short-term counselling for adults; the working alliance is reviewed every third session with each client.

            {title} — Pretoria
            2017 – 2020
            - Built rapport with first-year students and ran weekly tutorials.
            """;
        var score = Score(text, AsOf2026);

        // March 2022 to November 2026 only: the classroom's three years are another trade's.
        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(4.8));
    }

    [TestCase("Counselling Psychology Lecturer and Clinic Counsellor")]
    [TestCase("Counselor Education Professor")]
    public void A_teacher_named_with_the_trade_s_words_stays_in_it(string title)
    {
        string text = Header + $"""
            EXPERIENCE
            {title} — Tshwane University
            2017 – present
            - Individual counselling for students in the university clinic; the working alliance is reviewed every third session.
            """;
        var score = Score(text, AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(9.9));
    }

    [TestCase("Narrative Therapist")]
    [TestCase("Solution-Focused Therapist")]
    [TestCase("Solution Focused Therapist")]
    [TestCase("Person-Centred Counsellor")]
    [TestCase("Person Centred Counsellor")]
    [TestCase("Emotionally Focused Therapist")]
    [TestCase("Schema Therapist")]
    [TestCase("Existential Psychotherapist")]
    [TestCase("Integrative Counsellor")]
    public void A_title_named_for_the_trade_s_approach_is_the_trade_s(string title)
    {
        // Sessions and the alliance, no disorder named: the title alone decides whose counseling it is.
        string text = Header + $"""
            EXPERIENCE
            {title}, Riverside Practice
            March 2019 - Present
            - Weekly sessions with adults on 12-session contracts; built rapport and a working alliance with each client.
            """;
        var score = Score(text, AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(7.8));
        Assert.That(Evidence(score).Select(m => m.Phrase), Does.Contain("working alliance"));
    }

    [TestCase("Integrative Therapist")]
    [TestCase("Customer Focused Therapist")]
    public void Another_subject_before_therapist_stays_another_trade_s(string title)
    {
        string text = Header + $"""
            EXPERIENCE
            {title}, Serenity Day Spa
            March 2019 - Present
            - Weekly sessions with regular clients; built rapport with each client and tailored every treatment.
            """;
        var score = Score(text, AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.Null);
    }
}
