namespace HiringKit.Scoring.Tests;

/// <summary>Small helpers so each test reads as the resume text it is about.</summary>
public static class Resumes
{
    /// <summary>
    /// About sixty words of ordinary resume prose with no dictionary phrase, cue or date in it:
    /// enough text to judge, so a test's own lines decide the score.
    /// </summary>
    public const string Filler = """
        Jordan Lee is a counselor based in Sacramento who has worked in community agencies, schools and
        hospitals. Responsibilities included intake assessments, documentation in electronic health records,
        coordination with psychiatrists and case managers, group facilitation, and referrals to housing and
        employment services for adults and teenagers from many backgrounds across the region.
        """;

    public static ResumeScore Score(string text, ScoreOptions? options = null) =>
        ResumeScorer.Score(text, SeedTerms.Dictionary, options);

    /// <summary>The filler followed by the given lines, one per line.</summary>
    public static string With(params string[] lines) => Filler + "\n" + string.Join("\n", lines) + "\n";

    public static IEnumerable<Match> MatchesOf(string text) => Score(text).Matches;
}
