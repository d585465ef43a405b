using static HiringKit.Scoring.Tests.LookAlikeTradeTests;
using static HiringKit.Scoring.Tests.Resumes;

namespace HiringKit.Scoring.Tests;

/// <summary>
/// The general causes behind session 25's Fresh47 (run once on e58bbbb, then read), written by hand, not copied from it: an
/// employee assistance programme's counsellor titled in business words ("Employee Wellbeing Consultant" at a "Corporate
/// Wellness (EAP provider)"); a course's note after its particulars ("(online, 8 hours), 2024 - still to use it regularly"); an
/// EAP's "client engagement reports" to the companies that buy it.
/// </summary>
public sealed class Fresh47MissesTests
{
    [TestCase("Employee Wellbeing Consultant", "Brightside Corporate Wellness (EAP provider), Leeds")]
    [TestCase("Wellness Practitioner", "CareFirst Partners (24-hour EAP call centre), Leeds")]
    [TestCase("Wellbeing Consultant", "Employee Assistance Programme, Northgate Health")]
    public void An_assistance_programme_s_counsellor_is_in_the_trade_whatever_the_title(string title, string employer)
    {
        string text = Header + $"""
            EXPERIENCE
            {title}
            {employer} · Mar 2021 – present
            - Short-term counselling for employees of 14 client companies; 22-26 counselling hours a week.
            - Agree treatment goals with each client in the first session; built rapport quickly over the phone.
            """;
        var score = Score(text, AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(5.8));
        Assert.That(Evidence(score).Select(m => m.Phrase), Is.SupersetOf(new[] { "treatment goals", "rapport" }));
    }

    [TestCase("Employee Wellbeing Coordinator", "Brightside Corporate Wellness (EAP provider), Leeds")]
    [TestCase("EAP Account Manager", "CareFirst Partners, Leeds")]
    public void An_assistance_programme_s_office_stays_another_trade(string title, string employer)
    {
        string text = Header + $"""
            EXPERIENCE
            {title}
            {employer} · Mar 2021 – present
            - Promoted the counselling service to 14 client companies; counselling uptake rose by a third.
            - Built rapport with HR directors; quarterly reviews of the contract.
            """;
        var score = Score(text, AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.Null);
        Assert.That(Evidence(score).Select(m => m.Phrase), Has.No.Member("rapport"));
    }

    [TestCase("- Motivational interviewing (online, 8 hours), 2024 - still to use it regularly in sessions")]
    [TestCase("- Course in motivational interviewing (online, 1 day), 2025 - still to use it with clients")]
    [TestCase("- Motivational interviewing (2-day workshop), 2023 – some exposure only")]
    public void A_course_s_note_after_its_name_hedges_it(string line)
    {
        string text = Header + $"""
            EXPERIENCE
            School Counsellor, Green Park Academy      Jul 2022 – present
            - Individual counselling for pupils; the working alliance is rated each session.

            CERTIFICATIONS
            {line}
            """;
        var score = Score(text, AsOf2026);

        Assert.That(score.Matches.Single(m => m.Phrase == "motivational interviewing").Assertion, Is.EqualTo(Assertions.Hedged));
    }

    [TestCase("- Motivational Interviewing (MINT trainer, since 2019) - I train every new counsellor in the service")]
    [TestCase("- Motivational interviewing for adolescents (weekly group) - introduced to our clinic by me")]
    public void A_note_that_tells_the_work_done_is_no_hedge(string line)
    {
        string text = Header + $"""
            EXPERIENCE
            School Counsellor, Green Park Academy      Jul 2022 – present
            - Individual counselling for pupils; the working alliance is rated each session.
            {line}
            """;
        var score = Score(text, AsOf2026);

        Assert.That(score.Matches.Single(m => m.Phrase == "motivational interviewing").Assertion, Is.EqualTo(Assertions.Asserted));
    }
}
