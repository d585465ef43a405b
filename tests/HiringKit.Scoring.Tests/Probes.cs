namespace HiringKit.Scoring.Tests;

/// <summary>The probe resumes an independent review wrote (<c>Probes/&lt;review&gt;</c>), scored as of 2026-11-01, as the review ran them.</summary>
internal static class Probes
{
    static readonly ScoreOptions AsOf2026 = new(AsOf: new DateOnly(2026, 11, 1));

    public static ResumeScore Score(string review, string file) => ResumeScorer.Score(Text(review, file), SeedTerms.Dictionary, AsOf2026);

    public static string Text(string review, string file) =>
        File.ReadAllText(Path.Combine(TestContext.CurrentContext.TestDirectory, "Probes", review, file));
}
