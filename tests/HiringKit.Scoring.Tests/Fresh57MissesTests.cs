using static HiringKit.Scoring.Tests.LookAlikeTradeTests;
using static HiringKit.Scoring.Tests.Resumes;

namespace HiringKit.Scoring.Tests;

/// <summary>
/// The general causes behind Fresh57's misses (seniority at its edges; run once on 5be08cc, then read), written by hand, not
/// copied from it: a tab row's "Present" before "Student Counsellor" read as the counsellor's subject, so a sixth-form college's
/// counsellor was another trade's; a "TRAINING &amp; CPD" heading unread, so the courses ran on in a research assistant's post
/// and their phrases left with it.
/// </summary>
public sealed class Fresh57MissesTests
{
    [Test]
    public void A_dates_first_row_s_student_counsellor_is_the_trade_s()
    {
        string text = Header + """
            EMPLOYMENT HISTORY

            02/09/2024 – Present	Student Counsellor (0.6 FTE)	Hillside Sixth Form College
            	•	One-to-one counselling for students aged 16-19, up to six sessions each
            01/10/2019 – 28/02/2022	Store Manager	Home & Bargain Ltd
            """;
        var score = Score(text, AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(2.3));
    }

    [Test]
    public void A_training_and_cpd_heading_ends_the_post_above()
    {
        string text = Header + """
            EXPERIENCE
            Counsellor / Psychotherapist                                      06/2021 – present
            Primary care counselling service, Galway
            • Short-term counselling for adults referred by GPs.

            Research Assistant                                               2015 – 2018
            School of Psychology, University of Galway
            • Participant recruitment on a study of ageing.

            TRAINING & CPD
            2025   Alliance-Focused Training: rupture and repair in brief therapy (2 days)
            """;
        var score = Score(text, AsOf2026);

        Assert.That(score.Matches.Any(m => m.Phrase == "rupture and repair"), Is.True);
    }
}
