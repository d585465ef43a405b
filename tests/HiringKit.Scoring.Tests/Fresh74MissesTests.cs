using static HiringKit.Scoring.Tests.LookAlikeTradeTests;
using static HiringKit.Scoring.Tests.Resumes;

namespace HiringKit.Scoring.Tests;

/// <summary>
/// The general causes behind Fresh74's misses (East and South-East Asia; run once on 260941e, then read), written by hand, not
/// copied from it: a table's cell before a counsellor's title read as the subject of her counselling ("Singapore Counsellor"),
/// so an EAP counsellor's four years were another trade's and her page scored 0; Malay months and "kini" (now) unread, so a
/// Malaysian counsellor's posts all went missing; East Asian dates ("2019.06 ~ 현재", "2018.09 – 至今") unread.
/// </summary>
public sealed class Fresh74MissesTests
{
    [Test]
    public void A_table_s_cell_before_the_title_is_no_subject_of_it()
    {
        string text = Header + """
            PROFESSIONAL EXPERIENCE

            Period	Organisation	Position
            03/2023 – Present	WorkWell EAP Asia Pte Ltd, Singapore	Counsellor
            •	Short-term counselling for employees of 14 corporate clients; build a working alliance within the session cap.
            """;
        var score = Score(text, AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(3.8));
        Assert.That(score.Matches.Select(m => m.Phrase), Has.Member("working alliance"));
    }

    /// <remarks>A subject in the title's own cell still qualifies it: "Debt Counsellor" is another trade's.</remarks>
    [Test]
    public void A_subject_in_the_title_s_own_cell_still_qualifies_it()
    {
        string text = Header + """
            PROFESSIONAL EXPERIENCE

            03/2023 – Present	Credit Counselling Singapore	Debt Counsellor
            •	Budgeting and repayment plans for 25 clients a week.
            """;
        var score = Score(text, AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.Null);
    }

    [TestCase("Jan 2024 – kini", 2.9)]
    [TestCase("Januari 2024 – sekarang", 2.9)]
    [TestCase("Mac 2024 – Ogos 2025", 1.5)]
    [TestCase("Mei 2023 – Dis 2025", 2.7)]
    public void Malay_and_indonesian_dates_date_a_post(string dates, double years)
    {
        string text = Header + $"""
            PENGALAMAN KERJA / WORK EXPERIENCE

            {dates}        Kaunselor (Counsellor), Unit Kaunseling dan Kerjaya, Kolej Universiti Bangsar
             - Individual counselling for diploma and degree students, about 8 sessions a week.
            """;
        var score = Score(text, AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(years));
    }

    [TestCase("2019.06 ~ 현재", 7.5)]
    [TestCase("2018.09 – 至今", 8.3)]
    [TestCase("2019.06 ~ 2022.05", 3.0)]
    public void East_asian_dates_date_a_post(string dates, double years)
    {
        string text = Header + $"""
            EXPERIENCE

            {dates}        Counsellor, Raon Family Counselling Centre, Seoul
             - Individual counselling for adults, 20 clients a week.
            """;
        var score = Score(text, AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(years));
    }
}
