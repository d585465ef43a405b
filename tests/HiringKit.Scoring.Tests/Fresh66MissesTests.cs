using static HiringKit.Scoring.Tests.LookAlikeTradeTests;
using static HiringKit.Scoring.Tests.Resumes;

namespace HiringKit.Scoring.Tests;

/// <summary>
/// The general cause behind Fresh66's worst miss (Africa, the Caribbean and South Asia beyond India; run once on e5bfbe0, then
/// read), written by hand, not copied from it: a title's translation into Bengali in its note, whose vowel signs split each word
/// into many, made the title too long to be one, so a senior counsellor's page showed nothing of the trade and scored 0.
/// </summary>
public sealed class Fresh66MissesTests
{
    [Test]
    public void A_title_s_translation_in_another_script_keeps_it_a_title()
    {
        string text = Header + """
            EMPLOYMENT RECORD

            Jul'19 – Present
            Psychosocial Counsellor (মনোসামাজিক পরামর্শদাতা), HealthNet Relief International, Camp 4 Health Post, Ukhiya
            - Individual counselling (6-10 sessions) for 15-20 adults per week; agreed treatment goals with each client.
            """;
        var score = Score(text, AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(7.4));
        Assert.That(score.Matches.Any(m => m.Phrase == "treatment goals"), Is.True);
    }
}
