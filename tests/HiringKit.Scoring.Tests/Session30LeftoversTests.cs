using static HiringKit.Scoring.Tests.LookAlikeTradeTests;
using static HiringKit.Scoring.Tests.Resumes;

namespace HiringKit.Scoring.Tests;

/// <summary>
/// Session 29's reviews' findings left as too narrow, mended in session 30, each written by hand from the finding.
/// </summary>
public sealed class Session30LeftoversTests
{
    [TestCase("Imam and Counsellor", "Bradford Central Mosque Counselling Service")]
    [TestCase("Chaplain and Counsellor", "St Aidan's College")]
    [TestCase("Pastor & Counselor", "Grace Community Church Counseling Center")]
    public void A_faith_s_post_held_beside_the_counsellor_s_leaves_it_the_trade_s(string title, string employer)
    {
        var score = Score(Header + $"""
            EXPERIENCE

            {title}
            {employer} | Jan 2016 – Present
            - Person-centred counselling for adults and young people referred by GPs and schools; caseload of 15.
            - Build a therapeutic alliance with clients who would not approach mainstream services.
            """, AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(10.9));
        Assert.That(score.Matches.Select(m => m.Phrase), Does.Contain("therapeutic alliance"));
    }

    [TestCase("Financial Coach and Counselor")]
    [TestCase("Debt Adviser and Counsellor")]
    public void Another_subject_s_post_joined_to_the_counsellor_s_still_qualifies_it(string title)
    {
        var score = Score(Header + $"""
            EXPERIENCE

            {title}
            Citywide Money Advice | Jan 2016 – Present
            - Budgeting appointments and debt plans for members; build rapport with members.
            """, AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.Null);
    }

    [Test]
    public void A_german_cv_s_academic_path_heads_study()
    {
        var score = Score("""
            Dr. Miriam Hofer
            Psychologische Psychotherapeutin (Verhaltenstherapie)

            BERUFSERFAHRUNG

            Psychotherapeutin in eigener Praxis, Wien
            03/2018 – heute
            - Einzeltherapie für Erwachsene; the therapeutic alliance as the core of my work.

            Psychologin, Psychiatrische Ambulanz, AKH Wien
            09/2014 – 02/2018
            - Diagnostik und Gruppentherapie.

            AKADEMISCHER WERDEGANG

            Doktoratsstudium Psychologie, Universität Wien
            10/2009 – 06/2014
            """, AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(12.3));
    }
}

/// <summary>
/// A Japanese, Chinese or Korean CV as written, without English beside it (session 29's second review named its career heading
/// with a total; its dates, its other headings and its titles were unread too).
/// </summary>
public sealed class EastAsianCvTests
{
    const string JapaneseCv = """
        佐藤 美咲 (Misaki Sato)
        臨床心理士 / 公認心理師 — Clinical Psychologist

        【職務経歴】 通算 11年

        2017年4月～現在　東京こころのクリニック　臨床心理士
        - 成人の心理療法（認知行動療法）。Building a therapeutic alliance with each client is the core of my work; a working
          alliance is reviewed with the Session Rating Scale.

        2015年4月～2017年3月　横浜市立病院 精神科　心理士
        - 心理検査、集団療法。

        【学歴】
        2013年4月～2015年3月　上智大学大学院 臨床心理学専攻 修士課程
        """;

    [Test]
    public void A_japanese_cv_s_dates_headings_and_titles_are_read()
    {
        var score = ResumeScorer.Score(JapaneseCv, SeedTerms.Dictionary, LookAlikeTradeTests.AsOf2026);

        // April 2015 to November 2026; the master's under 【学歴】 is study.
        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(11.7));
    }

    [TestCase("2017年4月～2019年3月", 2.0)]
    [TestCase("2017年4月 〜 2019年3月", 2.0)]
    [TestCase("2017년 4월 ~ 2019년 3월", 2.0)]
    [TestCase("2017/04～2019/03", 2.0)]
    // Era years, as a Japanese rirekisho or a Taiwanese job site dates posts (Fresh94, t10, and a review's Japanese CV), typed in
    // full-width digits too, as a Japanese CV often is (a second review).
    [TestCase("民國111年9月～民國112年12月", 1.3)]
    [TestCase("平成29年4月～令和2年3月", 3.0)]
    [TestCase("令和元年5月～現在", 7.6)]
    [TestCase("平成２９年４月～令和４年３月", 5.0)]
    public void Year_first_months_and_era_years_in_east_asian_script_date_a_post(string range, double years)
    {
        var score = ResumeScorer.Score($"""
            Misaki Sato
            Clinical Psychologist

            EXPERIENCE

            {range}  Tokyo Kokoro Clinic, Clinical Psychologist
            - CBT for adults; a therapeutic alliance with each client, reviewed with the Session Rating Scale every session.
            """, SeedTerms.Dictionary, LookAlikeTradeTests.AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(years));
    }

    [TestCase("職務経歴", "Work")]
    [TestCase("【学歴】", "Study")]
    [TestCase("학력", "Study")]
    [TestCase("教育背景", "Study")]
    [TestCase("[경력사항 / Career]  총 경력 13년 11개월", "Work")]
    [TestCase("心理士", null)]
    public void East_asian_headings_are_looked_up_as_written(string line, string? kind) =>
        Assert.That(ExperienceReader.HeadingOf(line)?.ToString(), Is.EqualTo(kind));
}
