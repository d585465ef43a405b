using static HiringKit.Scoring.Tests.LookAlikeTradeTests;
using static HiringKit.Scoring.Tests.Resumes;

namespace HiringKit.Scoring.Tests;

/// <summary>
/// A miss left by session 28 (Fresh74, t07, a Korean cosmetic clinic's "counseling manager"), read in session 29 by its general
/// causes and written by hand: a bracketed career heading with the career's total after it went unread, and under it a cosmetic
/// clinic's consultation posts, whose "counseling" sells procedures, read as the trade. And one left by session 28's closing
/// read of Fresh75 (t09): a workplace investigator and former constable read as a senior counsellor.
/// </summary>
public sealed class Session29LeftoversTests
{
    static string KoreanCareer(string post, string clinic, string duty) => Header + $"""
        [경력사항 / Career]  총 경력 7년 5개월
        {clinic} – {post}, 2019.06 ~ present
         - {duty}
         - Rapport building with first-visit patients who compare 3-5 clinics in one day.
        """;

    [Test]
    public void A_bracketed_career_heading_with_its_total_heads_work()
    {
        var score = Score(KoreanCareer("상담실장 (Counseling Manager)", "Hanul Counseling Center",
            "Individual counseling for adults with depression; 20 clients a week."), AsOf2026);

        Assert.That(score.Matches.Where(m => m.Phrase == "rapport building").Select(m => m.Section), Is.EqualTo(new[] { "experience" }));
        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(7.5));
    }

    [TestCase("Raon Plastic Surgery Clinic", "상담실장 (Head of Counseling Team)")]
    [TestCase("Glow Dermatology & Laser Clinic", "Counseling Manager")]
    [TestCase("라온성형외과의원", "상담실장 (Counseling Manager)")]
    public void A_cosmetic_clinic_s_consultation_post_is_another_trade(string clinic, string post)
    {
        var score = Score(KoreanCareer(post, clinic,
            "First consultation with every new patient: procedure options, prices and payment plans; close the booking."), AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.Null);
        Assert.That(score.Matches.Select(m => m.Phrase), Has.None.EqualTo("rapport building"));
    }

    [Test]
    public void A_psychologist_at_a_plastic_surgery_clinic_stays_in_the_trade()
    {
        var score = Score(KoreanCareer("Body Image Psychologist", "Raon Plastic Surgery Clinic",
            "Psychological assessment and counselling for patients with body dysmorphic concerns before surgery."), AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(7.5));
    }

    [TestCase("Principal Investigator & Director", "Fairweather Workplace Investigations Pty Ltd, Brisbane")]
    [TestCase("Senior Investigator, Ethical Standards Command", "Queensland Police Service, Brisbane")]
    [TestCase("Constable / Senior Constable", "Queensland Police Service, Logan district")]
    public void An_investigator_or_a_constable_is_another_trade(string title, string employer)
    {
        var score = Score(Header + $"""
            PROFESSIONAL EXPERIENCE
            {title}
            {employer}
            Jul 2016 – Present
            • Interview complainants and witnesses; build rapport with complainants, using active listening and open questions.
            • Hold professional boundaries with distressed parties: I refer them to the EAP rather than counselling them myself.
            • Regional council (2025): 31 interviews; working alliance with union delegates and management on interview scheduling.
            """, AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.Null);
        Assert.That(score.Matches, Is.Empty);
    }

    /// <summary>Read from Fresh82 (adjacent licensed professions), session 29's closing check, after its run on 48c112f.</summary>
    [TestCase("Specialist Podiatrist, Band 7 - Diabetic Foot Service")]
    [TestCase("Community Chiropodist")]
    public void A_podiatrist_is_another_trade(string title)
    {
        var score = Score(Header + $"""
            EXPERIENCE
            {title}                 03/2020 - Present
            * Build a therapeutic relationship with patients who have often been told off about their feet.
            * Shared decision making on amputation level; treatment adherence to removable casts.
            """, AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.Null);
        Assert.That(score.Matches, Is.Empty);
    }

    /// <summary>A second review's too-narrow findings: month-year dates with hyphens, never a grade's or an age's range.</summary>
    [TestCase("09-2015 – 12-2018", 3.3)]
    [TestCase("Grades 9–12, 2015 – 2018", 3.0)]
    public void Month_year_dates_with_hyphens_date_a_post(string dates, double years)
    {
        var score = Score(Header + $"""
            EXPERIENCE
            School Counsellor, Parnassia Groep, Den Haag   {dates}
            - Counselling for pupils; a working alliance with each pupil.
            """, AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(years));
    }
}
