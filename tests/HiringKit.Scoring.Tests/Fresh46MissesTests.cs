using static HiringKit.Scoring.Tests.LookAlikeTradeTests;
using static HiringKit.Scoring.Tests.Resumes;

namespace HiringKit.Scoring.Tests;

/// <summary>
/// The general causes behind session 25's Fresh46 (run once on 5e63d10, then read), written by hand, not copied from it: a
/// pharmaceutical medical science liaison in psychiatry and a mental-health charity's fundraiser read as seniors of the trade; a
/// counselling practice's front office coordinator read as its counselor; an aim going on in a second infinitive ("and to train
/// formally in person-centered therapy") read as a claim.
/// </summary>
public sealed class Fresh46MissesTests
{
    [TestCase("Medical Science Liaison, Psychiatry", "- Presented trial data on the digital therapeutic alliance and on treatment adherence to psychiatry teams.")]
    [TestCase("Head of Major Gifts & Philanthropy, Pieta Mental Health", "- Built rapport with high-net-worth donors; the case for support quotes our clinicians on the therapeutic relationship.")]
    [TestCase("Corporate Partnerships Manager, MindWell Charity", "- Built rapport with corporate sponsors; our pitch: the working alliance our counsellors build is what they fund.")]
    public void A_post_around_the_trade_is_another_trade(string title, string line)
    {
        string text = Header + $"""
            EXPERIENCE
            {title}      Mar 2017 - present
            {line}
            """;
        var score = Score(text, AsOf2026);

        Assert.That(Evidence(score).Select(m => m.Phrase), Is.Empty);
        Assert.That(score.Level.YearsOfExperience, Is.Null);
    }

    [Test]
    public void A_counselling_practice_s_front_office_is_the_practice_s_business()
    {
        string text = Header + """
            EXPERIENCE
            Front Office Coordinator                                         03/2020 - 07/2022
            Lakeside Counseling & Wellness, Westerville, OH (8 therapists)
            - Scheduling, intake paperwork and insurance verification for 200 appointments a week.
            - Ran client engagement emails (appointment reminders, satisfaction survey).
            """;
        var score = Score(text, AsOf2026);

        Assert.That(Evidence(score).Select(m => m.Phrase), Has.No.Member("client engagement"));
        Assert.That(score.Level.YearsOfExperience, Is.Null);
    }

    [TestCase("I hope to develop a stronger working alliance with long-term clients through supervised practice, and to train formally in person-centered therapy.")]
    [TestCase("I plan to deepen my work with adolescents and their families over the next two years,\nand to train in motivational interviewing.")]
    public void An_aim_goes_on_in_a_second_infinitive(string sentence)
    {
        string text = Header + $"""
            SUMMARY
            School counsellor. {sentence}

            EXPERIENCE
            School Counsellor, Green Park School      Jun 2024 - present
            - Individual counselling for pupils; rapport building with teenagers.
            """;
        var score = Score(text, AsOf2026);

        var last = score.Matches.Where(m => m.Section == "summary").MaxBy(m => m.Start)!;
        Assert.That(last.Assertion, Is.EqualTo(Assertions.Aspirational));
    }

    [Test]
    public void A_claim_after_an_aim_joined_by_and_stays_a_claim()
    {
        string text = Header + """
            SUMMARY
            School counsellor. I hope to develop group work for pupils over the next two years, and I use motivational interviewing daily.

            EXPERIENCE
            School Counsellor, Green Park School      Jun 2024 - present
            - Individual counselling for pupils; rapport building with teenagers.
            """;
        var score = Score(text, AsOf2026);

        Assert.That(score.Matches.Single(m => m.Phrase == "motivational interviewing").Assertion, Is.EqualTo(Assertions.Asserted));
    }
}
