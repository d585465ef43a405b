using static HiringKit.Scoring.Tests.Resumes;

namespace HiringKit.Scoring.Tests;

/// <summary>
/// The look-alike trades (a nurse, a soldier, a coach) are told by a role's title, and everything found in such a role
/// is dropped: a title misread costs a genuine counselor the whole role. These are counselors laid out the way real
/// resumes are, with employers and places in the title lines and titles above, beside or below the dates.
/// </summary>
public sealed class LookAlikeLayoutTests
{
    static readonly ScoreOptions AsOf2026 = new(AsOf: new DateOnly(2026, 11, 1));

    /// <summary>Contact lines and an education entry: enough words to judge, no dated role, no phrase of the term.</summary>
    const string Header = """
        Jamie Morgan
        Springfield, IL | jamie.morgan@example.com | (555) 201-3344

        EDUCATION
        Bachelor of Science, Springfield State University, 2008

        Interests: hiking, community gardens, choir, volunteering with local food banks and neighbourhood youth leagues on
        weekends throughout the year, and cooking for friends.

        """;

    const string CounselorsBullet =
        "- Built a strong therapeutic alliance with each client; rapport, active listening and empathy in every session.";

    static IEnumerable<Match> Evidence(ResumeScore score) =>
        score.Matches.Where(m => m.Assertion is Assertions.Asserted or Assertions.Hedged);

    static void AssertKeptInTheTrade(string text, string because)
    {
        var score = Score(text, AsOf2026);
        Assert.That(Evidence(score).Select(m => m.Phrase),
            Is.SupersetOf(new[] { "therapeutic alliance", "rapport", "active listening", "empathy" }), because);
        Assert.That(score.Level.Level, Is.Not.Null, because);
    }

    [Test]
    public void Dates_alone_under_the_last_bullet_of_a_nurse_s_role_start_the_next_role_not_a_bullet_of_the_nurse_s()
    {
        // A PDF put the counselor's dates above her title. The line above those dates is the nurse's last bullet: it was
        // taken as the counselor's heading, which made her role a "dated bullet" inside the nurse's, and a nurse's too.
        string text = Header + $"""
            EXPERIENCE
            Registered Nurse — St. Mary's Hospital
            2008 – 2014
            - Bedside care for cardiac patients and their families.
            2015 – Present
            Mental Health Counselor — Hope Center
            {CounselorsBullet}
            """;
        var layout = new ResumeLayout(text, AsOf2026.AsOf!.Value);
        Assert.That(layout.IsAnotherTrade, Is.EqualTo(new[] { true, false }), "the counselor is no nurse");
        AssertKeptInTheTrade(text, "the counselor's role keeps all it shows");
    }
}
