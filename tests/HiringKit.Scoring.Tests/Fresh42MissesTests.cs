using static HiringKit.Scoring.Tests.LookAlikeTradeTests;
using static HiringKit.Scoring.Tests.Resumes;

namespace HiringKit.Scoring.Tests;

/// <summary>
/// The general causes behind session 24's fifth blind set (Fresh42, first the closing check of 2.20.0, then read in the same
/// session), written by hand, not copied from it: a "Dental Hygienist &amp; Therapist" and a family physician read as the trade; a
/// post's description under its employer's name and the same dates as a GP's table row read as another post; a form's "Total
/// Experience: 15 Years" counting a sales career; a web form's "Education 1" heading unread, so the last job took in the degree.
/// </summary>
public sealed class Fresh42MissesTests
{
    [TestCase("Dental Hygienist & Therapist")]
    [TestCase("Dental Therapist")]
    [TestCase("Sessional GP (2 sessions/week)")]
    [TestCase("Registrar, Family Medicine")]
    public void Dentistry_and_medicine_are_other_trades(string title)
    {
        string text = Header + $"""
            EXPERIENCE
            {title}, Kenilworth Practice      2018 - present
            - Building rapport with nervous patients; motivational interviewing for smoking cessation; improved treatment adherence.
            """;
        var score = Score(text, AsOf2026);

        Assert.That(Evidence(score).Select(m => m.Phrase), Is.Empty);
        Assert.That(score.Level.YearsOfExperience, Is.Null);
    }

    [TestCase("Owner & Therapist")]
    [TestCase("Clinical Director & Therapist")]
    public void A_bare_post_joined_by_an_ampersand_stays_the_trade_s(string title)
    {
        string text = Header + $"""
            EXPERIENCE
            {title}, Harbor Counseling      2018 - present
            - Individual therapy for adults; the working alliance is measured every session.
            """;
        var score = Score(text, AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(8.9));
    }

    [Test]
    public void A_post_described_under_its_employer_is_that_post_s_trade()
    {
        string text = Header + """
            EXPERIENCE
            2020/04 - present   | Family Physician (Specialist)     | Mitchells Plain District Hospital

            Mitchells Plain District Hospital (2020 - present)
            - Improved treatment adherence in the chronic clinic; brief motivational interviewing for alcohol use.
            - A long-term therapeutic relationship with patients with chronic illness.
            """;
        var score = Score(text, AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.Null);
        Assert.That(Evidence(score).Select(m => m.Phrase), Is.Empty);
    }

    [Test]
    public void A_form_s_total_experience_beside_another_trade_is_no_career_in_the_trade()
    {
        string text = Header + """
            Total Experience: 15 Years 4 Months        Notice Period: 30 days

            WORK EXPERIENCE
            Addiction Counsellor, Navjeevan Rehabilitation Foundation      Jul 2019 - Present
            - Individual and group counselling; motivational interviewing in every intake.

            Sales Executive, Shree Ganesh Motors      Jun 2011 - Nov 2015
            - Built rapport with customers at the showroom.
            """;
        var score = Score(text, AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(7.4));
    }

    [Test]
    public void A_web_form_s_numbered_education_entry_ends_the_last_job()
    {
        string text = Header + """
            Work Experience 1
            Job Title: Clinical Counsellor
            Company: Pacific Family Services
            From: 05/2013
            To: 08/2017
            Role Description:
            Short-term counselling for young people; the counselling relationship first.

            Work Experience 2
            Job Title: Legal Assistant
            Company: Harcourt Mills LLP
            From: 06/2008
            To: 08/2011
            Role Description:
            Family law files: document preparation and court filings.

            Education 1
            School or University: Adler University
            Degree: Master of Arts
            Field of Study: Counselling Psychology
            """;
        var score = Score(text, AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(4.3));
        Assert.That(ExperienceReader.HeadingOf("Education 1"), Is.EqualTo(ExperienceReader.HeadingKind.Study));
    }
}
