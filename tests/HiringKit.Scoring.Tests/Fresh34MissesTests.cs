using static HiringKit.Scoring.Tests.LookAlikeTradeTests;
using static HiringKit.Scoring.Tests.Resumes;

namespace HiringKit.Scoring.Tests;

/// <summary>
/// The general causes behind session 23's closing blind set (Fresh34), written by hand, not copied from it: a therapy dog's
/// handler read as the trade, a biller's post over a counseling practice's name read as the practice's counselor, and an Indeed
/// export's skill tenures ("Microsoft Office (10+ years)") read as a career's stated years.
/// </summary>
public sealed class Fresh34MissesTests
{
    [TestCase("Therapy Dog Handler (volunteer)")]
    [TestCase("Animal-Assisted Activities Coordinator")]
    [TestCase("Pet Therapy Program Lead")]
    public void A_therapy_dog_s_handler_is_another_trade(string title)
    {
        string text = Header + $"""
            EXPERIENCE
            {title}                     Sept. 2018 - Present
            Lakeview Regional Health, Milwaukee (pediatric & oncology floors)
            - Designed the handler course on the handler-dog working alliance as the basis of every safe visit.
            - Nursing staff say the therapeutic bond between the dog and long-stay kids is the highlight of their week.
            - Build rapport with nervous children by letting the dog approach first.
            """;
        var score = Score(text, AsOf2026);

        Assert.That(Evidence(score).Select(m => m.Phrase), Is.Empty, "the dog's visits, not counseling");
        Assert.That(score.Level.YearsOfExperience, Is.Null);
    }

    [Test]
    public void A_counselor_who_runs_animal_assisted_therapy_stays_in_the_trade()
    {
        string text = Header + """
            EXPERIENCE
            Licensed Professional Counselor & Therapy Dog Handler     Sept. 2018 - Present
            Lakeview Behavioral Health, Milwaukee
            - Individual therapy for adolescents with anxiety and depression; my dog joins sessions by the client's choice.
            - The therapeutic alliance comes first: we review goals together every fourth session.
            """;
        var score = Score(text, AsOf2026);

        Assert.That(Evidence(score).Select(m => m.Phrase), Does.Contain("therapeutic alliance"));
        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(8.3));
    }

    [TestCase("Billing Specialist, Behavioral Health")]
    [TestCase("Front Desk Coordinator")]
    public void A_business_post_over_a_practice_s_name_on_the_dates_line_is_the_business_s(string title)
    {
        string text = Header + $"""
            EXPERIENCE
            {title}
            Magnolia Grove Counseling Associates, Baton Rouge, LA     05/2019 - present
            - Charge entry and claims for a 14-clinician outpatient counseling group (LPCs, LCSWs).
            - Posted charges for crisis intervention codes and reconciled them against session notes each month.
            """;
        var score = Score(text, AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.Null);
    }

    [Test]
    public void A_counselor_over_a_practice_s_name_on_the_dates_line_stays_in_the_trade()
    {
        string text = Header + """
            EXPERIENCE
            Associate Counselor (LPC-A)
            Magnolia Grove Counseling Associates, Baton Rouge, LA     05/2019 - present
            - Individual counseling for adults with anxiety; the working alliance is reviewed with each client monthly.
            """;
        var score = Score(text, AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(7.6));
    }

    [TestCase("- Microsoft Office (10+ years)")]
    [TestCase("- Salesforce - 8 years")]
    [TestCase("Motivational interviewing (2 years) | Salesforce (8 years)")]
    public void A_skills_list_s_tenure_is_no_stated_career(string skills)
    {
        var score = Score(SecondYearCounselorWithSkills(skills), AsOf2026);

        Assert.That(score.Level.Evidence.Select(e => e.Reason), Has.None.EqualTo("stated years of experience"));
        Assert.That(score.Level.Level, Is.EqualTo("junior"));
    }

    [Test]
    public void Years_stated_as_experience_in_a_skills_list_still_count()
    {
        var score = Score(SecondYearCounselorWithSkills("- 10+ years of experience in addiction counseling across three agencies"), AsOf2026);

        Assert.That(score.Level.Evidence.Select(e => e.Reason), Does.Contain("stated years of experience"));
    }

    /// <summary>A counselor since January 2025 (junior by the dates), with a skills section holding <paramref name="skills"/>.</summary>
    static string SecondYearCounselorWithSkills(string skills) => Header + $"""
        EXPERIENCE
        Behavioral Health Counselor (LPC)
        Scioto Valley Recovery Services - Columbus, OH
        January 2025 to Present
        - Individual and group counseling for adults in intensive outpatient treatment; caseload of 16-20.

        SKILLS
        {skills}
        """;
}
