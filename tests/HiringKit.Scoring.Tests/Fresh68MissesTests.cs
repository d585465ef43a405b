using static HiringKit.Scoring.Tests.LookAlikeTradeTests;
using static HiringKit.Scoring.Tests.Resumes;

namespace HiringKit.Scoring.Tests;

/// <summary>
/// The general causes behind Fresh68's misses (the Middle East, North Africa, Central and Eastern Europe; run once on f8ad314,
/// then read), written by hand, not copied from it: a leave taken inside a post ("◦ Childcare leave 01/02/2015 – 31/01/2017"
/// under a psychologist's seven years) counted as the post's work, where the set's writers, like a recruiter, take its months off.
/// </summary>
public sealed class Fresh68MissesTests
{
    static string PsychologistWithALeaveInside(string leave) => Header + $"""
        WORK EXPERIENCE

        15/09/2012 – 31/08/2019  Brasov, Romania
        PSYCHOLOGIST – Child Protection Directorate
        ◦ Individual counselling for children in foster care and their carers
        {leave}
        ◦ Assessment reports for the court
        """;

    [TestCase("◦ Childcare leave 01/02/2015 – 31/01/2017")]
    [TestCase("◦ Maternity leave (concediu de maternitate) 01/02/2015 – 31/01/2017")]
    [TestCase("◦ Parental leave, 01/02/2015 – 31/01/2017")]
    public void A_leave_inside_a_post_takes_its_months_off_the_post(string leave)
    {
        var score = Score(PsychologistWithALeaveInside(leave), AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(5.0));
    }

    [Test]
    public void A_leave_on_the_post_s_own_line_takes_its_months_off_too()
    {
        string text = Header + """
            EXPERIENCE
            School Counsellor, Al Noor International School    Sep 2012 – Jul 2020 – Maternity leave (Mar 2016 – Feb 2017)
            - Individual counselling for students in grades 6-12; the working alliance with each student comes first.
            """;
        var score = Score(text, AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(6.9));
    }

    /// <remarks>Counselling held through the leave elsewhere keeps those months: overlaps are counted once, leaves only off their own post.</remarks>
    [Test]
    public void A_leave_from_one_post_keeps_the_months_of_another_held_through_it()
    {
        string text = PsychologistWithALeaveInside("◦ Childcare leave 01/02/2015 – 31/01/2017") + """

            01/03/2014 – 31/12/2018  Brasov, Romania
            PSYCHOTHERAPIST (part-time private practice)
            ◦ Systemic psychotherapy for couples and families, two evenings a week
            """;
        var score = Score(text, AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(7.0));
    }

    /// <summary>A Ukrainian school's counsellor is its "practical psychologist": no Spanish "práctica", no placement.</summary>
    [Test]
    public void A_practical_psychologist_is_a_school_s_counsellor_not_a_placement()
    {
        string text = Header + """
            WORK EXPERIENCE

            05.2022 – now
            Psychologist-Consultant, family counselling point, Lviv
            - Individual counselling for displaced children and their parents

            09.2016 – 02.2022
            Practical Psychologist (практичний психолог)
            Kyiv Lyceum No. 57, Kyiv
            - Individual counselling for pupils and their parents: anxiety, bullying, exam stress
            """;
        var score = Score(text, AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(10.1));
    }

    /// <remarks>The Spanish placement itself is still one: "Practica – Máster en Psicología" leads its line.</remarks>
    [Test]
    public void A_spanish_practica_leading_its_line_is_still_a_placement()
    {
        string text = Header + """
            EXPERIENCIA

            09/2024 – actualidad
            Psicóloga, Centro de Salud Mental Norte, Sevilla
            - Terapia individual para adultos con ansiedad y depresión.

            09/2022 – 06/2024
            Practica – Máster en Psicología General Sanitaria
            Centro de Salud Mental Norte, Sevilla
            - Evaluación y terapia supervisada.
            """;
        var score = Score(text, AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(2.3));
    }

    /// <summary>A contact centre's quality team lead runs a peer-support programme for agents: a business post, not counselling.</summary>
    [TestCase("Quality & Wellbeing Team Lead")]
    [TestCase("Quality Assurance Lead")]
    public void A_quality_post_is_a_business_post(string title)
    {
        string text = Header + $"""
            PROFESSIONAL EXPERIENCE

            {title}
            Nordic payments scale-up – Vilnius operations hub | 05/2021 – present
            - Lead a team of 6 quality analysts reviewing 1,200+ calls and chats a month
            - Set up the "Buddy" peer-support programme after difficult calls: 24 trained volunteers, escalation to the external EAP provider
            - Organised resilience workshops with an external psychologist
            """;
        var score = Score(text, AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.Null);
    }
}
