using static HiringKit.Scoring.Tests.Resumes;

namespace HiringKit.Scoring.Tests;

/// <summary>
/// An independent review of ce0b30b (Scorer 2.10.0: email quote marks, pharmacy/probation/parole and property/UX trades, the
/// title under an employer's line of dates). Each case failed on ce0b30b and passed on its parent; mended by naming the other
/// trades' posts, not words that start other words or name a setting, and by reading the line under the dates only where the
/// dates start their entry.
/// </summary>
public sealed class Review14FindingsTests
{
    static readonly DateOnly AsOf = new(2026, 11, 1);

    const string Bullets = """
        - Individual and group counseling using motivational interviewing and CBT; built rapport and a strong therapeutic alliance with clients.
        - Treatment planning, crisis intervention and relapse prevention.
        """;

    static string OneRole(string heading) => LookAlikeTradeTests.Header + "EXPERIENCE\n" + heading + "\n" + Bullets + "\n";

    /// <summary>
    /// "probation" is matched inside "Probationary": a counselor's first year on probationary status reads as a probation
    /// officer's. New: another trade, 14.9 -> 4.9 years, level senior -> mid, score 33 -> 25. Parent: not another trade,
    /// 14.9 years. Should be: not another trade (the words are looked for as word starts AND ends, or "probationary" set aside).
    /// </summary>
    [Test]
    public void A_probationary_post_is_no_probation_officer_s()
    {
        string text = LookAlikeTradeTests.Header + """
            EXPERIENCE
            Licensed Professional Counselor — Hope Center
            Jan 2022 – Present
            - Individual counseling with motivational interviewing; therapeutic alliance.

            Probationary Clinical Staff, Riverside Behavioral Services
            Jan 2012 – Dec 2021
            - Individual therapy using CBT; built rapport; relapse prevention and treatment planning.
            """;
        var layout = new ResumeLayout(text, AsOf);
        Assert.That(layout.IsAnotherTrade, Is.EqualTo(new[] { false, false }));
        Assert.That(Score(text, LookAlikeTradeTests.AsOf2026).Level.YearsOfExperience, Is.EqualTo(14.9).Within(0.05));
    }

    /// <summary>
    /// The look-alike words are read in the employer's part of the title too, and a clinical title that is not one of the
    /// counseling list's words (clinical director, clinical supervisor, group facilitator) is then another trade's. An opioid
    /// treatment program dispenses methadone from its own pharmacy; probation departments run treatment units and court-mandated
    /// batterer intervention groups. New: another trade, score 57/38 -> 0, no level, no years. Parent: the trade, senior, 10.9
    /// years. Should be: the trade (its bullets are counseling; "pharmacy"/"probation" name the setting, not the post).
    /// </summary>
    [TestCase("Clinical Director, Hope Recovery Center — Opioid Treatment Program & Pharmacy\nJan 2016 – Present")]
    [TestCase("Clinical Supervisor, Probation Treatment Services\nJan 2016 – Present")]
    [TestCase("Group Facilitator, County Probation Department (Batterer Intervention Program)\nJan 2016 – Present")]
    [TestCase("Behavior Specialist — Juvenile Probation Residential Treatment Facility\nJan 2016 – Present")]
    public void A_clinical_post_in_a_pharmacy_or_probation_setting_stays_in_the_trade(string heading)
    {
        string text = OneRole(heading);
        Assert.That(new ResumeLayout(text, AsOf).IsAnotherTrade, Is.EqualTo(new[] { false }));
        Assert.That(Score(text, LookAlikeTradeTests.AsOf2026).Score, Is.GreaterThan(0));
    }

    /// <summary>
    /// "leasing" is matched inside "Releasing" (an agency's name). New: another trade, score 57 -> 0. Parent: the trade, 57,
    /// senior. Should be: the trade.
    /// </summary>
    [Test]
    public void Releasing_is_no_leasing_office()
    {
        string text = OneRole("Family Advocate, Releasing Hope Reentry Services\nJan 2016 – Present");
        Assert.That(new ResumeLayout(text, AsOf).IsAnotherTrade, Is.EqualTo(new[] { false }));
    }

    /// <summary>
    /// Title above, employer with dates, then the department or program the post sat in: a common three-line layout. The title
    /// above holds none of the seven person titles (clinical director, peer recovery specialist, prevention specialist), so
    /// the department line is read as the title and its "Internship"/"Volunteer"/"Student" makes the job a placement. New:
    /// placement, level senior/mid -> junior. Parent: work. Should be: work (a title stands above; the line below is the
    /// employer's unit, and IsAPostsCharge does not know "Internship Program"/"Services Department"/"Assistance Program").
    /// </summary>
    [TestCase("Clinical Director\nHope Center (2016 – present)\nDoctoral Internship Program")]
    [TestCase("Peer Recovery Specialist\nHope House (2019 – 2023)\nVolunteer Services Department")]
    [TestCase("Prevention Specialist\nRiverside School District (2016 – present)\nStudent Assistance Program")]
    [TestCase("Clinical Supervisor\nHope Center (2019 – 2023)\nVolunteer Crisis Line Program")]
    public void A_department_under_an_employer_s_dates_with_a_title_above_is_no_placement(string heading)
    {
        string text = OneRole(heading);
        Assert.That(new ResumeLayout(text, AsOf).Roles.Select(r => r.IsPlacement), Is.EqualTo(new[] { false }));
        Assert.That(Score(text, LookAlikeTradeTests.AsOf2026).Level.Level, Is.Not.EqualTo("junior"));
    }
}
