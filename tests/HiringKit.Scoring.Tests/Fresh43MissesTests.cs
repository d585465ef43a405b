using static HiringKit.Scoring.Tests.LookAlikeTradeTests;
using static HiringKit.Scoring.Tests.Resumes;

namespace HiringKit.Scoring.Tests;

/// <summary>
/// The general causes behind session 24's closing blind set (Fresh43, read in session 25), written by hand, not copied from it:
/// a section named with its field after a dash ("EARLIER CAREER – BANKING (2009 – 2018)") unread, so a banker's rapport with his
/// business customers counted; a research assistant's post read as the trade because its department is counselling psychology.
/// </summary>
public sealed class Fresh43MissesTests
{
    /// <summary>A counsellor since 2021 whose earlier career stands under a heading naming its field.</summary>
    static string CounsellorWithAnEarlierCareerUnder(string heading) => Header + $"""
        EXPERIENCE
        Counsellor, Riverside Talking Therapies      Mar 2021 – date
        - Short-term counselling for adults; the working alliance is reviewed at every session.

        VOLUNTEERING
        Listener, Night Line – 2019 – 2021

        {heading}
        Account Manager – Business Lending, Northgate Bank      Jun 2010 – Nov 2018
        - Built rapport with directors of family firms; 95% client retention over five years.
        """;

    [TestCase("EARLIER CAREER – BANKING (2010 – 2018)")]
    [TestCase("PREVIOUS EXPERIENCE - RETAIL BANKING")]
    [TestCase("EMPLOYMENT HISTORY — FINANCE")]
    public void A_section_named_with_its_field_heads_the_posts_under_it(string heading)
    {
        var score = Score(CounsellorWithAnEarlierCareerUnder(heading), AsOf2026);

        Assert.That(Evidence(score).Select(m => m.Phrase), Has.No.Member("rapport"));
        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(5.8));
    }

    /// <remarks>
    /// Its years date the posts under it when they have none of their own (an independent review: "EARLIER CAREER – COUNSELLING
    /// (2004 – 2014)" over undated posts was a decade of counselling lost when the heading's range was dropped).
    /// </remarks>
    [Test]
    public void A_section_s_own_years_date_the_undated_posts_under_it()
    {
        string text = Header + """
            EXPERIENCE
            Counsellor, Riverside Talking Therapies      Mar 2021 – date
            - Short-term counselling for adults; the working alliance is reviewed at every session.

            EARLIER CAREER – COUNSELLING (2012 – 2016)
            Sessional counselling in a community clinic while raising a family; individual counselling for adults.
            """;
        var score = Score(text, AsOf2026);

        Assert.That(score.Level.Evidence.Select(e => e.Text), Has.Member("2012 – 2016"));
        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(9.8));
    }

    [TestCase("OTHER EXPERIENCE – A NOTE ON MY SALES YEARS AT ACME FOODS")]
    [TestCase("Earlier career – banking")]
    public void A_long_tail_or_a_title_s_case_is_no_such_heading(string line)
    {
        Assert.That(ExperienceReader.HeadingOf(line), Is.Null);
    }

    [TestCase("Research Assistant, Faculty of Education (Counselling Psychology)")]
    [TestCase("Graduate Research Assistant, Counseling Psychology Lab")]
    [TestCase("Research Coordinator – Department of Counselling")]
    public void A_research_post_in_the_trade_s_department_is_the_lab_s_work(string title)
    {
        string text = Header + $"""
            EXPERIENCE
            Psychotherapist, Eastside Community Health Centre
            September 2018 - Present
            - Individual and couple therapy; the therapeutic alliance is checked with the Session Rating Scale.

            {title}
            May 2013 - June 2016
            - Data collection and coding for a study on client feedback in counsellor training.
            """;
        var score = Score(text, AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(8.3));
        Assert.That(Evidence(score).Select(m => m.Phrase), Has.No.Member("client feedback"));
    }

    [Test]
    public void A_research_assistant_who_carries_a_caseload_does_the_trade_s_work()
    {
        string text = Header + """
            EXPERIENCE
            Research Assistant, Counseling Psychology Clinic
            May 2019 - June 2022
            - Carried a caseload of 12 trial participants; individual therapy sessions under supervision, working alliance rated weekly.
            """;
        var score = Score(text, AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(3.2));
    }
}
