using static HiringKit.Scoring.Tests.LookAlikeTradeTests;
using static HiringKit.Scoring.Tests.Resumes;

namespace HiringKit.Scoring.Tests;

/// <summary>
/// The general causes behind Fresh59's misses (ATS-optimised modern resumes; run once on 467df31, then read), written by hand,
/// not copied from it: Markdown's bold title and italic dates read as bullets, so a regulatory affairs manager's posts were
/// untitled and her trial's "working alliance" endpoint the trade's; a chef and a therapy platform's "Client Experience
/// Specialist" read as the trade; a sessional post at "Counselling Rooms" and an online one at a "counselling platform" read as
/// another subject's, so their phrases were dropped.
/// </summary>
public sealed class Fresh59MissesTests
{
    [Test]
    public void A_markdown_bold_title_over_italic_dates_is_the_entry_s_title()
    {
        string text = Header + """
            ## Professional experience

            **Senior Regulatory Affairs Manager** — Nordlicht Health GmbH, Berlin
            *04/2022 – present*
            - Wrote the clinical evaluation report, including the secondary endpoint of digital working alliance between users and the app
            - Defined the engagement measure in the study protocol

            **Regulatory Affairs Specialist** — Medtech Implants GmbH, Tuttlingen
            *09/2016 – 03/2022*
            - Authored technical documentation for the notified body
            """;
        var score = Score(text, AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.Null);
    }

    [TestCase("Chef de Partie / Sous Chef", "Harbour Hotel, Galway", "- Ran the grill section; mentored commis chefs, two of them in recovery from addiction")]
    [TestCase("Client Experience Specialist", "TherapyLink (online therapy platform)", "- Matched clients to therapists and handled bookings; escalated risk to the clinical team")]
    public void A_kitchen_s_or_a_support_desk_s_post_is_another_trade(string title, string employer, string bullet)
    {
        string text = Header + $"""
            PROFILE
            Moving into counselling: active listening, empathy and rapport building are my strengths, and the therapeutic alliance is what I want to build.

            EXPERIENCE
            {title}
            {employer}
            2015 – 2022
            {bullet}
            """;
        var score = Score(text, AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.Null);
    }

    [TestCase("Sessional Counsellor (self-employed, evenings)", "Shannon Counselling Rooms, Ennis")]
    [TestCase("Online Counsellor (freelance, part-time)", "ManoSaathi online counselling platform")]
    public void A_counselling_room_s_or_platform_s_post_keeps_its_phrases(string title, string employer)
    {
        string text = Header + $"""
            EXPERIENCE
            Addiction Counsellor
            County Addiction Service | 2014 – 2020
            - Key worker for 30 residents; groups and one-to-one counselling.

            {title}
            {employer}
            2021 – present
            - Chat and video counselling; basic exposure to motivational interviewing for clients with alcohol concerns
            """;
        var score = Score(text, AsOf2026);

        Assert.That(score.Matches.Any(m => m.Phrase == "motivational interviewing"), Is.True);
    }
}
