using static HiringKit.Scoring.Tests.LookAlikeTradeTests;
using static HiringKit.Scoring.Tests.Resumes;

namespace HiringKit.Scoring.Tests;

/// <summary>
/// Two of session 26's review leftovers, mended in session 27 and written by hand: a British form's "Left: 12/2019" under "Start
/// date: 05/2016" was no end (the label's first letter was not among those an end label may start with), and an "End date:" a
/// blank line under its "Start date:" was not read, so a finished post was read as held now or not at all.
/// </summary>
public sealed class Session26ReviewLeftoversTests
{
    [TestCase("Left: 12/2019")]
    [TestCase("Leaving date: 12/2019")]
    [TestCase("\nEnd date: 12/2019")]
    public void A_form_s_end_date_ends_the_post(string endLine)
    {
        string text = Header + $"""
            Employment history

            Employer: Cruse Bereavement Support
            Job title: Bereavement Counsellor
            Start date: 05/2016
            {endLine}
            Main duties: one-to-one bereavement counselling; building a therapeutic alliance with each client.

            Employer: Tesco
            Job title: Customer Assistant
            Start date: 01/2020
            End date: 11/2026
            """;
        var score = Score(text, AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(3.7));
    }

    [Test]
    public void A_form_s_start_date_with_no_end_is_still_a_post_held_now()
    {
        string text = Header + """
            Employment history

            Employer: Cruse Bereavement Support
            Job title: Bereavement Counsellor
            Start date: 05/2016

            Main duties: one-to-one bereavement counselling; building a therapeutic alliance with each client.
            """;
        var score = Score(text, AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(10.6));
    }
}
