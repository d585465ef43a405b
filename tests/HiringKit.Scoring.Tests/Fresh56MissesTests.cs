using static HiringKit.Scoring.Tests.LookAlikeTradeTests;
using static HiringKit.Scoring.Tests.Resumes;

namespace HiringKit.Scoring.Tests;

/// <summary>
/// The general causes behind Fresh56's misses (resumes as parsers and exports mangle them; run once on 5be08cc, then read),
/// written by hand, not copied from it: an NHS Jobs form's current post, with a start date and no end, was unread; a range in a
/// form's "Main responsibilities:" inside the post's dates read as a post; midwives, and a supermarket's "Customer Assistant",
/// read as the trade; a statement of the work under "Supporting information" counted where every post is another trade's; a
/// "Self-employed counsellor" read as another subject's adviser.
/// </summary>
public sealed class Fresh56MissesTests
{
    [Test]
    public void A_midwife_s_nhs_jobs_form_shows_no_counselling()
    {
        string text = Header + """
            EMPLOYMENT HISTORY
            Current employment
            Employer name: County Community Midwifery Service
            Job title: Community Midwife, Band 6
            Start date: 04/09/2019
            Notice period: 8 weeks
            Main responsibilities: Named midwife for 36 women a year. Continuity of carer allows a therapeutic relationship to form over pregnancy and birth.

            Previous employment
            Employer name: City Teaching Hospitals NHS Foundation Trust
            Job title: Rotational Midwife, Band 5 then Band 6
            Start date: 14/09/2015
            End date: 01/09/2019
            Main responsibilities: Delivery suite and wards. Perinatal bereavement link midwife 2017-2019: cared for families after stillbirth with the bereavement team.

            Employer name: Tesco Stores Ltd
            Job title: Customer Assistant (part-time, while studying)
            Start date: 02/2011
            End date: 06/2015

            SUPPORTING INFORMATION
            I keep clear professional boundaries and use active listening in every appointment; empathy for women let down before.
            """;
        var score = Score(text, AsOf2026);

        Assert.Multiple(() =>
        {
            Assert.That(score.Level.YearsOfExperience, Is.Null);
            Assert.That(score.Score, Is.Zero);
        });
    }

    [Test]
    public void A_form_s_current_post_with_no_end_date_is_held_now()
    {
        string text = Header + """
            EMPLOYMENT HISTORY
            Current employment
            Employer name: Riverside Talking Therapies
            Job title: Psychological Wellbeing Practitioner
            Start date: 01/2024
            Notice period: 4 weeks
            Main responsibilities: Guided self-help for adults with anxiety; the therapeutic alliance is built in the first call.
            """;
        var score = Score(text, AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(2.9));
    }

    [Test]
    public void A_self_employed_counsellor_is_the_trade_s()
    {
        string text = Header + """
            EXPERIENCE
            Counsellor, Cardiff Mind                              2016 – 2021
            • Short-term counselling for adults.

            Private Practice, Roath, Cardiff
            Self-employed counsellor
            2021 – date (evenings, 6-8 clients/wk)
            • Longer-term person-centred work with adults.
            • Monthly clinical supervision with a senior accredited supervisor.
            """;
        var score = Score(text, AsOf2026);

        Assert.That(score.Matches.Any(m => m.Phrase == "clinical supervision"), Is.True);
    }
}
