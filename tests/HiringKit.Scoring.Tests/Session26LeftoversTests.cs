using static HiringKit.Scoring.Tests.LookAlikeTradeTests;
using static HiringKit.Scoring.Tests.Resumes;

namespace HiringKit.Scoring.Tests;

/// <summary>Leftovers of session 25's third review, taken in session 26, each written by hand.</summary>
public sealed class Session26LeftoversTests
{
    const string CounsellorSince2023 = """
        EXPERIENCE
        Counsellor, Leeds Mind                                  Jan 2023 - present
        - One-to-one counselling for adults referred by GPs; the therapeutic alliance comes first, reviewed every session.
        - Short-term and open-ended work; monthly clinical supervision.

        Store Manager, Tesco                                     2016 - 2022
        - Ran a 60-person store.
        """;

    [TestCase("Counsellor with 7+ years of overall experience, most of it in retail management before I retrained.")]
    [TestCase("Counsellor with twelve years' experience as a nurse before retraining in counselling in 2022.")]
    [TestCase("Counsellor with ten years of experience as a teacher, then a counselling diploma.")]
    public void Stated_years_of_another_career_are_no_counsellor_s(string profile)
    {
        string text = Header + $"""
            PROFILE
            {profile}

            """ + CounsellorSince2023;
        var score = Score(text, AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(3.9));
    }

    [TestCase("AOD Counsellor, Turning Point")]
    [TestCase("Victim Support Counsellor, Victims of Crime Assistance")]
    [TestCase("Bereavement Support Counsellor, Cruse")]
    public void A_counsellor_named_for_the_trade_s_own_problems_is_the_trade_s(string title)
    {
        string text = Header + $"""
            EXPERIENCE
            {title}                            Jan 2021 - present
            - Short-term counselling for adults; referrals on when needed.
            """;
        var score = Score(text, AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(5.9));
    }

    [Test]
    public void A_counsellor_advising_on_employment_and_skills_is_another_trade_s()
    {
        string text = Header + """
            EXPERIENCE
            Counsellor, Bristol Drugs Project                          Jan 2021 - present
            - Counselling for adults; the working alliance is reviewed with each client.

            Offender Counsellor (Employment & Skills), HMP Bristol     2015 - 2019
            - Advised prisoners on resettlement, CVs and substance use courses.
            """;
        var score = Score(text, AsOf2026);

        Assert.That(score.Level.YearsOfExperience, Is.EqualTo(5.9));
    }
}
