using static HiringKit.Scoring.Tests.LookAlikeTradeTests;
using static HiringKit.Scoring.Tests.Resumes;

namespace HiringKit.Scoring.Tests;

/// <summary>
/// The general causes behind Fresh71's misses (long careers of 20-35 years; run once on e30d7de, then read), written by hand,
/// not copied from it.
/// </summary>
public sealed class Fresh71MissesTests
{
    static string ReturnerWhoStates(string headline) => Header + $"""
        Resume Headline
        {headline}

        Employment
        Counsellor, Mindspring Wellness Pvt. Ltd., Bengaluru
        Feb 2026 to Present
        - Short-term counselling for working adults referred through their employers' EAP.

        Head - HR Business Partnering, Veltrix Technologies Ltd., Bengaluru
        Apr 2012 to Jun 2023
        - HR partner to a 3,000-person engineering division.
        """;

    /// <summary>Years said of an earlier career's experience are that career's: a counsellor in her first year is a junior.</summary>
    [TestCase("Counsellor with 24 years of prior corporate HR experience; trained in person-centered and CBT approaches.")]
    [TestCase("Counsellor with 24 years of previous experience in human resources.")]
    public void Years_of_an_earlier_career_s_experience_are_not_the_trade_s(string headline)
    {
        var score = Score(ReturnerWhoStates(headline), AsOf2026);

        Assert.That(score.Level.Level, Is.EqualTo("junior"));
        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(0.8));
    }

    /// <remarks>The trade's own earlier experience stays the writer's: "of prior counselling experience".</remarks>
    [Test]
    public void Years_of_the_trade_s_own_earlier_experience_are_still_read()
    {
        var score = Score(ReturnerWhoStates("Counsellor with 12 years of prior counselling experience in schools before a career break."), AsOf2026);

        Assert.That(score.Level.Level, Is.EqualTo("senior"));
    }

    /// <summary>
    /// A two-column page extracted line by line puts the sidebar's degree beside a post's dates: the degree is the other
    /// column's, and the post stays work.
    /// </summary>
    [Test]
    public void A_sidebar_s_degree_beside_a_post_s_dates_is_the_other_column_s()
    {
        string text = Header + """
            EMPLOYMENT                                                       QUALIFICATIONS
            2016 – present   Independent Practice, Harrogate                 MA Integrative
                             Integrative psychotherapist and supervisor      Psychotherapy, Leeds
            Adults, individual, 14–18 client hours a week, open-             Beckett University
            ended and brief work.                                            (2005–2008)
            """;
        var score = Score(text, AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(10.9));
    }

    /// <remarks>Dates alone in a table's first cell keep the row's degree: "2014 – 2016        MA Counselling, Keele" is study.</remarks>
    [Test]
    public void A_degree_in_the_cell_after_dates_alone_is_still_study()
    {
        string text = Header + """
            EXPERIENCE
            Counsellor, Riverside Talking Therapies      Mar 2021 – date
            - Short-term counselling for adults.

            2014 – 2016              MA Counselling, Keele University
            """;
        var score = Score(text, AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(5.8));
    }

    /// <summary>A university counselling service's name wrapped after "Student" is still the service, not a student's placement.</summary>
    [Test]
    public void A_student_counselling_service_s_name_wrapped_over_a_line_is_still_the_service()
    {
        string text = Header + """
            EMPLOYMENT

            Mar 2021 – present   Counsellor, Riverside Talking Therapies

            Jan 2014 – Dec 2019   Counsellor (0.6 WTE), Student
            Counselling Service, University of Leeds
            Short-term counselling (up to 6 sessions) for students; duty counsellor one day a week.
            """;
        var score = Score(text, AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(11.8));
    }
}
