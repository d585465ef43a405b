using static HiringKit.Scoring.Tests.LookAlikeTradeTests;
using static HiringKit.Scoring.Tests.Resumes;

namespace HiringKit.Scoring.Tests;

/// <summary>
/// Session 33's review found these readings too narrow, each a case of a rule that session made: air traffic controllers named
/// by their unit, drug development's product and process scientists, German editors ("Redakteurin") and an editor whose list
/// is psychology, school terms written "T1 2019" or "Term 2, 2018", Germany's "PiA" alone, and a German CV's two-digit range
/// under "ab 06/23".
/// </summary>
public sealed class Session33LeftoversTests
{
    [TestCase("Tower Controller")]
    [TestCase("Approach Controller (radar)")]
    [TestCase("Drug Product Development Scientist II")]
    [TestCase("Redakteurin Wissenschaft")]
    [TestCase("Lektorin Sachbuch (Psychologie & Ratgeber)")]
    [TestCase("Editor, Psychology list")]
    public void Another_trade_s_post_is_another_trade_s(string title)
    {
        var layout = new ResumeLayout(Header + $"""
            EXPERIENCE

            {title}                                              2016 - present
            Northfield Group
            - Peer support after incidents; rapport and active listening with colleagues; dossiers on the therapeutic alliance.
            """, new DateOnly(2026, 11, 1));

        Assert.That(layout.IsAnotherTrade.Single(), Is.True);
    }

    [TestCase("Psychologin und Redakteurin")]
    [TestCase("Counselling Psychologist and Editor")]
    public void A_psychologist_s_post_beside_an_editor_s_stays_the_trade_s(string title)
    {
        var layout = new ResumeLayout(Header + $"""
            EXPERIENCE

            {title}                                              2016 - present
            Northfield Group
            - Individual therapy with adults; a working alliance with each client.
            """, new DateOnly(2026, 11, 1));

        Assert.That(layout.IsAnotherTrade.Single(), Is.False);
    }

    [TestCase("T1 2019 – T4 2021", 2.9)]
    [TestCase("Term 2, 2018 – Term 3, 2022", 4.5)]
    [TestCase("T3 2020 – present", 6.4)]
    public void School_terms_written_short_or_with_a_comma_date_a_post(string dates, double years)
    {
        var score = Score(Header + $"""
            EXPERIENCE

            School Counsellor                                  {dates}
            St Brigid's College, Toowoomba
            - Individual counselling for students; a working alliance with each of them.
            """, AsOf2026);

        // Terms start in February, April, July and October and end in April, June, September and December.
        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(years));
    }

    [Test]
    public void Germany_s_PiA_alone_is_a_placement()
    {
        var layout = new ResumeLayout(Header + """
            BERUFSERFAHRUNG

            PiA (Tiefenpsychologie)                            04/2020 – 03/2025
            Klinik Hohe Mark, Oberursel
            - Einzeltherapie; a working alliance with each patient.
            """, new DateOnly(2026, 11, 1));

        Assert.That(layout.Roles.Single().IsPlacement, Is.True);
    }

    [Test]
    public void A_two_digit_range_heading_its_line_before_one_space_dates_a_post()
    {
        var score = Score(Header + """
            BERUFSERFAHRUNG

            ab 09/22      Psychologische Psychotherapeutin, eigene Praxis, Freiburg
                          Einzeltherapie; a working alliance with each patient.

            03/17 – 08/22 Psychologin, Universitätsklinikum Freiburg
                          Einzeltherapie und Gruppen.
            """, AsOf2026);

        // March 2017 to November 2026: 117 months.
        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(9.8));
    }
}
