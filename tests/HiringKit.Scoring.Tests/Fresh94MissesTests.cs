using static HiringKit.Scoring.Tests.LookAlikeTradeTests;
using static HiringKit.Scoring.Tests.Resumes;

namespace HiringKit.Scoring.Tests;

/// <summary>
/// The general causes behind the misses of Fresh94 (East and Southeast Asia; run once in session 30, then read), written by hand,
/// not copied from it.
/// </summary>
public sealed class Fresh94MissesTests
{
    [Test]
    public void A_japanese_cv_s_marked_headings_with_an_order_note_head_their_sections()
    {
        var score = Score("""
            職務経歴書 / CAREER HISTORY
            Misaki Hayashida, Certified Public Psychologist (公認心理師)

            ■ 経験年数 / TOTAL EXPERIENCE
            　Languages:	Japanese (native), English (business)

            ■ 資格 / LICENCES
            　2019年 1月　公認心理師 (Certified Public Psychologist)
            　2013年12月　臨床心理士 (Clinical Psychologist)

            ■ 職務経歴 / CAREER HISTORY (newest first)

            2019年4月～現在　みなとみらい心理相談室 (Minatomirai Counselling Room)
            　Counsellor (private practice)
            ・Weekly psychotherapy for adult clients; the therapeutic alliance reviewed with the Session Rating Scale.

            2013年4月～2019年3月　国立X大学 学生相談室
            　Counsellor (full-time)
            ・Individual counselling for students; a working alliance with each client.
            """, AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(13.7));
    }

    [TestCase("■ 職務経歴 / CAREER HISTORY (newest first)", "Work")]
    [TestCase("EXPERIENCE (reverse chronological)", "Work")]
    [TestCase("◆ 学歴", "Study")]
    [TestCase("■ Led the team's intake rota", null)]
    // A rirekisho's duties, written out under their own heading below its licences (Fresh74, t05, kept as it read).
    [TestCase("■ 職務内容 / Duties (English summary)", "Work")]
    [TestCase("■ 免許・資格 / Licences", "Study")]
    public void Section_marks_and_order_notes_are_read_past(string line, string? kind) =>
        Assert.That(ExperienceReader.HeadingOf(line)?.ToString(), Is.EqualTo(kind));

    [Test]
    public void A_pay_grade_s_years_in_a_post_s_lines_are_no_post()
    {
        var score = Score(Header + """
            WORK EXPERIENCE

            Jan 2018 – kini (present)
            Pegawai Psikologi (Kaunseling) / Counsellor, Pusat Kaunseling & Psikologi
            Grade S44 (2018–2021); Grade S48, Head, Clinical Unit from Jan 2022
              * Individual counselling with students; the therapeutic relationship first.

            Jan 2012 – Dec 2017 Guru Bimbingan dan Kaunseling (School Counsellor)
              * Counselling for secondary school pupils.
            """, AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(14.9));
    }
}
