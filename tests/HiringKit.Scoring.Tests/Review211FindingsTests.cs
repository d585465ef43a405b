using static HiringKit.Scoring.Tests.Resumes;

namespace HiringKit.Scoring.Tests;

/// <summary>
/// An independent review of scorer 2.11.0's first form (b0e12af: school years, a LinkedIn export's headings, police posts and
/// dates on a bullet's next line, ", so"). Each case was answered right by 2.10.0 and wrong by that first form; mended by
/// reading a bullet's next line as the bullet's only when the bullet goes on and the line holds nothing but dates, by letting
/// ", so" end only a denial's reach (never as "so far"), and by reading no school years in a resume that writes its months as
/// numbers after years.
/// </summary>
public sealed class Review211FindingsTests
{
    static readonly DateOnly AsOf = new(2026, 11, 1);

    /// <summary>
    /// A dates-first job under the last bullet of another trade's job, no blank line between: read as that bullet's dates, the
    /// therapist's job became the probation officer's (first form: 0, no level; 2.10.0: 18, senior, 7.9 years).
    /// </summary>
    [TestCase("2019 - Present  Outpatient Therapist, Mile High Community Mental Health")]
    [TestCase("2019 - Present\nOutpatient Therapist, Mile High Community Mental Health")]
    public void A_dates_first_job_under_another_trade_s_last_bullet_is_a_post_of_its_own(string entry)
    {
        string text = LookAlikeTradeTests.Header + $"""
            EXPERIENCE
            2009 - 2019  Probation Officer, Denver County Probation
            - Supervised a caseload of 90 adult probationers
            - Wrote presentence investigation reports
            {entry}
            - Build rapport and a strong therapeutic alliance with adults in outpatient therapy
            - Provide crisis intervention and safety planning
            """;
        var layout = new ResumeLayout(text, AsOf);
        Assert.That(layout.IsAnotherTrade, Is.EqualTo(new[] { true, false }));
        var score = Score(text);
        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(7.8).Within(0.2));
        Assert.That(score.Score, Is.GreaterThan(0));
    }

    /// <summary>"so far" set off by commas goes on with the denial, and an aim goes on past ", so" (first form: asserted).</summary>
    [TestCase("I have not, so far, used motivational interviewing with clients.", "negated")]
    [TestCase("I plan to complete MINT training next year, so I can use motivational interviewing with clients.", "aspirational")]
    [TestCase("I am seeking training in trauma care, so I can begin to offer motivational interviewing on my own.", "aspirational")]
    [TestCase("Most clients did not choose to come, so motivational interviewing came before any plan.", "asserted")]
    public void A_so_ends_only_a_denial_s_reach(string sentence, string assertion) =>
        Assert.That(MatchesOf(With(sentence)).Single(m => m.Phrase == "motivational interviewing").Assertion, Is.EqualTo(assertion));

    /// <summary>
    /// A resume that writes months as numbers after years ("2012-06 - present"): "2010-11" there is November 2010, not a school
    /// year (first form: the senior's current job unread, no level; 2.10.0: senior).
    /// </summary>
    [Test]
    public void A_resume_writing_year_months_has_no_school_years()
    {
        string text = """
            EXPERIENCE
            Senior Outpatient Therapist, Front Range Counseling    2012-06 - present
            - Individual therapy for adults; supervise two associate counselors.
            Case Aide, Front Range Counseling    2010-11 - 2012-05
            - Intake paperwork and scheduling.
            """;
        var layout = new ResumeLayout(text, AsOf);
        Assert.That(layout.Roles.Select(r => text.Substring(r.Start, r.Length)), Does.Not.Contain("2010-11 - 2012"));
        Assert.That(layout.Roles.Where(r => r.FromMonth == 2010 * 12 + 7), Is.Empty);
    }

    /// <summary>A school-year range described in a bullet's sentence is no post ("the billing records of 2016-17 to 2020-21").</summary>
    [Test]
    public void School_years_in_a_bullet_s_sentence_are_no_post()
    {
        var layout = new ResumeLayout("""
            EXPERIENCE
            Office Manager, Front Range Counseling    2015 - 2022
            - Rebuilt the billing records of 2016-17 to 2020-21 after the audit.
            """, AsOf);
        Assert.That(layout.Roles, Has.Count.EqualTo(1));
    }
}
