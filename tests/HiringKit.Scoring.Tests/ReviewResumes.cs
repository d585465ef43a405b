namespace HiringKit.Scoring.Tests;

/// <summary>
/// The counselor's resume the later reviews of 2.12.0 built their cases on, with one line or block of their own (a bullet under
/// the job, or a section below it), and the check that a case is answered as the review found right.
/// </summary>
internal static class ReviewResumes
{
    const string Contact = "Columbus, OH | dana@email.com\n\nEXPERIENCE\nMental Health Counselor, Lakeside Behavioral Health\n2018 – Present\n";
    const string Bullet = "• Individual and group counseling for adults with depression and anxiety.\n";
    const string Education = "\nEDUCATION\nM.A., Clinical Mental Health Counseling, Ohio State University, 2017";

    /// <param name="kind">
    /// "bullet": the part is a bullet above the job's own; "section": a block below the job; either with "-unlicensed" when the
    /// name carries no license; "raw": the part is the whole resume.
    /// </param>
    public static string Build(string kind, string part)
    {
        string name = kind.EndsWith("-unlicensed", StringComparison.Ordinal) ? "Dana Whitfield\n" : "Dana Whitfield, LPC\n";
        return kind.Split('-')[0] switch
        {
            "bullet" => name + Contact + part + "\n" + Bullet + Education,
            "section" => name + Contact + Bullet + "\n" + part + "\n" + Education,
            "raw" => part,
            _ => throw new ArgumentException($"Unknown kind '{kind}'.", nameof(kind)),
        };
    }

    public static void AssertAnswered(string text, int score, string band, string level, string years, string matches)
    {
        var answer = Resumes.Score(text, new ScoreOptions(AsOf: new DateOnly(2026, 11, 1)));
        Assert.Multiple(() =>
        {
            Assert.That(answer.Score, Is.EqualTo(score));
            Assert.That(answer.Band, Is.EqualTo(band));
            Assert.That(answer.Level.Level ?? "", Is.EqualTo(level));
            Assert.That(answer.Level.YearsOfExperience?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "", Is.EqualTo(years));
            Assert.That(string.Join(";", answer.Matches.Select(m => $"{m.Phrase}={m.Assertion}")), Is.EqualTo(matches));
        });
    }
}
