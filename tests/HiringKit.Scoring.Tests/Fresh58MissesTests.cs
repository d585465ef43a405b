using static HiringKit.Scoring.Tests.LookAlikeTradeTests;
using static HiringKit.Scoring.Tests.Resumes;

namespace HiringKit.Scoring.Tests;

/// <summary>
/// The general causes behind Fresh58's misses (Canada, Australia, NZ; run once on c474fd1, then read), written by hand, not copied
/// from it: aged care's leisure and lifestyle posts read as the trade (and a mining company's Indigenous relations posts, whose
/// PDF-interleaved titles no short test reproduces); a peer
/// worker's employer named for mental health made the peer post a counselor's; an NDIS psychosocial recovery coach's years
/// counted beside the counselling that followed them.
/// </summary>
public sealed class Fresh58MissesTests
{
    [TestCase("Leisure & Lifestyle Assistant", "Developed therapeutic relationships with residents through leisure and reminiscence")]
    [TestCase("Diversional Therapist / Lifestyle Coordinator", "Building rapport with residents and families from the first day of admission")]
    public void An_aged_care_leisure_post_is_another_trade(string title, string bullet)
    {
        string text = Header + $"""
            PROFILE
            Twelve years of relationship-centred work; empathy and active listening are what I am known for.

            EXPERIENCE
            {title}
            Riverbend Gardens, Ballarat VIC
            March 2015 – July 2022
            • {bullet}
            """;
        var score = Score(text, AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.Null);
    }

    [Test]
    public void Peer_and_recovery_coach_years_are_left_out_beside_the_counselling_that_followed()
    {
        string text = Header + """
            EXPERIENCE

            Counsellor                                                  03/2024 – Present
            East Coast Community Health Service, St Helens
            • Short-term counselling for adults; the therapeutic alliance comes first; weekly clinical supervision.

            NDIS Psychosocial Recovery Coach                            07/2021 – 02/2024
            Pathways Recovery Coaching, Launceston
            • Supported NDIS participants to write and work toward their recovery plans.

            Peer Support Worker (Lived Experience), 0.6 FTE              2018 – 06/2021
            Flourish Mental Health Action, Hobart
            • Peer support in the Recovery College; shared my own story where it helped.
            """;
        var score = Score(text, AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(2.8));
    }
}
