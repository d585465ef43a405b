using static HiringKit.Scoring.Tests.LookAlikeTradeTests;
using static HiringKit.Scoring.Tests.Resumes;

namespace HiringKit.Scoring.Tests;

/// <summary>
/// The general causes behind session 23's closing blind set (Fresh37), written by hand, not copied from it: a negotiation
/// trainer's listening drills read as the trade; a Word table's caption ("[Table 3: Clinical Experience]") hid a counsellor's
/// posts; a personal banker's years counted; "more to learn about" not read as a hedge.
/// </summary>
public sealed class Fresh37MissesTests
{
    [TestCase("Senior Negotiation Trainer / Practice Lead")]
    [TestCase("Negotiation Coach")]
    [TestCase("Sales Trainer, Enterprise Accounts")]
    public void A_negotiation_or_sales_trainer_is_another_trade(string title)
    {
        string text = Header + $"""
            EXPERIENCE
            {title}
            Ridgeway Deal Partners, Chicago, IL
            09/2019 - present
            - Coach account teams to build a working alliance with the buyer's procurement lead before price is discussed.
            - Built a module on motivational interviewing techniques adapted for renewal conversations; rapport building drills.
            """;
        var score = Score(text, AsOf2026);

        Assert.That(Evidence(score).Select(m => m.Phrase), Is.Empty);
        Assert.That(score.Level.YearsOfExperience, Is.Null);
    }

    [Test]
    public void A_crisis_negotiation_team_s_counselor_stays_in_the_trade()
    {
        string text = Header + """
            EXPERIENCE
            Mental Health Counselor, Crisis Negotiation Team (LPC)
            County Sheriff's Office
            09/2019 - present
            - Crisis intervention on scene; a working alliance with each person in crisis, then follow-up counseling.
            """;
        var score = Score(text, AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(7.3));
    }

    [TestCase("[Table 3: Clinical Experience]")]
    [TestCase("[Table 2 - Employment History]")]
    [TestCase("[Table 2 — Employment History]")]
    public void A_flattened_table_s_caption_heads_the_section_it_holds(string caption)
    {
        string text = Header + $"""
            [Table 1: Profile]
            Registration	Accredited Member, IACP

            {caption}
            Dates	Role	Organisation
            Sept 2014 – present	Counselling Psychotherapist	Community Counselling Service, Bray
            			Built a working alliance with clients referred by GPs; caseload of 20 adults weekly

            [Table 4: Education]
            2010 – 2014	MA in Counselling and Psychotherapy	Maynooth
            """;
        var score = Score(text, AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(12.3));
    }

    [TestCase("Table 1: Outcomes by quarter")]
    [TestCase("Table 12 shows the results")]
    // Unbracketed, a caption is a job's own table's: read as a heading it ended the work section (a review).
    [TestCase("Table 2: Key Achievements")]
    [TestCase("Table 3: Training")]
    public void A_table_named_in_a_line_is_no_heading(string line)
    {
        Assert.That(ExperienceReader.HeadingOf(line), Is.Null);
    }

    [TestCase("Personal Banker")]
    [TestCase("Bank Teller")]
    [TestCase("Loan Officer")]
    public void A_bank_s_counter_post_before_counselling_is_another_trade(string title)
    {
        string text = Header + $"""
            Experience

            Student Counselling Centre
            Counsellor
            Feb 2023 - Present
            - Individual counselling for 20 students a week; crisis intervention and safety planning.

            Bank Seri Mutiara Berhad
            {title}
            Mar 2017 - Jun 2020
            - Built rapport with customers during account opening.
            - Left to pursue postgraduate study in counselling.
            """;
        var score = Score(text, AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(3.8));
        Assert.That(score.Level.Level, Is.EqualTo(Levels.Mid));
    }

    [TestCase("I know I have a great deal more to learn about holding a therapeutic relationship with trauma survivors.")]
    [TestCase("I still have a lot to learn about the therapeutic relationship in group work.")]
    public void More_to_learn_about_the_work_is_a_hedge(string sentence)
    {
        string text = Header + $"""
            SUMMARY
            Newly qualified counsellor. {sentence}
            """;
        var score = Score(text, AsOf2026);

        Assert.That(Evidence(score).Where(m => m.Phrase == "therapeutic relationship").Select(m => m.Assertion),
            Is.EqualTo(new[] { Assertions.Hedged }));
    }
}
