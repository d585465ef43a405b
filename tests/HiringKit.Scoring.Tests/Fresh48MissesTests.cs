using static HiringKit.Scoring.Tests.LookAlikeTradeTests;
using static HiringKit.Scoring.Tests.Resumes;

namespace HiringKit.Scoring.Tests;

/// <summary>
/// The general causes behind session 25's Fresh48 (run once on fe4a5cc, then read), written by hand, not copied from it: an EAP
/// officer's post described under its table row lost to the row's business words; a hospital's "Staff Support Counsellor" and a
/// corrections service's "Offender Counsellor" read as other subjects; a Mental Health Act administrator, a ward clerk and a
/// mental-health app's "Product Manager - Clinician Tools" read as the trade.
/// </summary>
public sealed class Fresh48MissesTests
{
    /// <remarks>The table's cells are separated by tab characters, as a Word export writes them.</remarks>
    [Test]
    public void An_assistance_programme_s_post_described_under_its_table_row_stays_the_trade_s()
    {
        string text = Header + """
            CAREER HISTORY
            Dates	Role	Organisation
            01/01/2022 – present	Employee Assistance Officer	Inis Workplace Wellbeing (EAP provider), Cork
            01/09/2014 – 30/06/2018	Counsellor / Psychotherapist (part-time)	Cuan Counselling Centre, Mallow

            Employee Assistance Officer – Inis Workplace Wellbeing	01/01/2022 – present
            •	Telephone, video and in-person counselling under a six-session contract for staff of forty organisations.
            •	Around 22 client sessions a week; build a working alliance within the six-session limit.
            """;
        var score = Score(text, AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(8.8));
    }

    [TestCase("Staff Support Counsellor – Cork University Hospital Group")]
    [TestCase("Offender Counsellor - Violence Intervention Program, Corrections Victoria")]
    public void A_service_s_counsellor_for_the_people_it_serves_is_the_trade_s(string title)
    {
        string text = Header + $"""
            EXPERIENCE
            {title}      01/07/2018 – 31/12/2024
            - Confidential counselling; kept the therapeutic relationship separate from any management process.
            """;
        var score = Score(text, AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(6.5));
    }

    [TestCase("Customer Support Counselor, Acme Telecom")]
    [TestCase("Student Support Counsellor, LearnSpark Edutech")]
    [TestCase("Employee Support Counsellor, Acme HR Shared Services")]
    public void A_help_desk_s_counselor_stays_another_trade(string title)
    {
        string text = Header + $"""
            EXPERIENCE
            {title}      01/07/2018 – 31/12/2024
            - Resolved billing queries by phone; built rapport with frustrated customers.
            """;
        var score = Score(text, AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.Null);
    }

    [TestCase("Mental Health Act Administrator (Band 4)", "- Minute the ward round where the consultant leads the treatment planning; keep the clinical supervision log.")]
    [TestCase("Ward Clerk - Acute Adult Inpatient (Band 3)", "- Booked the clinical supervision sessions and kept the ward's therapeutic relationship audit files.")]
    [TestCase("Senior Product Manager - Clinician Tools", "- Built a digital Session Rating Scale widget so partner clinics run measurement-based care; the therapeutic alliance score is on the dashboard.")]
    public void A_post_around_the_clinicians_is_another_trade(string title, string line)
    {
        string text = Header + $"""
            EXPERIENCE
            {title}
            Calder Vale Mental Health Services, Wakefield      June 2020 - Present
            {line}
            """;
        var score = Score(text, AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.Null);
        Assert.That(Evidence(score).Where(m => m.Section == "experience"), Is.Empty);
    }
}
