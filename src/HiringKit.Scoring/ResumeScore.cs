namespace HiringKit.Scoring;

/// <param name="Terms">Slugs to score against; null or empty scores against every term.</param>
/// <param name="TargetLevel">junior | mid | senior; validated only: the level a recruiter hires for never changes the score or the level the resume supports (interview plans use it to pick the guide).</param>
/// <param name="AsOf">The date "Present" means in employment dates; null uses <see cref="ScorerInfo.DefaultAsOf"/>.</param>
public sealed record ScoreOptions(IReadOnlyCollection<string>? Terms = null, string? TargetLevel = null, DateOnly? AsOf = null);

public sealed record ResumeScore(
    string ScorerVersion,
    string InputHash,
    int Score,
    string Band,
    bool InsufficientText,
    IReadOnlyList<Match> Matches,
    IReadOnlyList<TermScore> Terms,
    LevelEstimate Level,
    IReadOnlyList<JobTitleMatch> JobTitles);

/// <param name="Term">The term's slug.</param>
/// <param name="Phrase">The dictionary phrase as stored (lowercase), whatever the resume's spelling.</param>
/// <param name="Kind">canonical | synonym | related.</param>
/// <param name="Assertion">asserted | hedged | negated | aspirational.</param>
/// <param name="Text">Exactly <c>text.Substring(Start, Length)</c> of the resume as sent.</param>
/// <param name="Section">experience | summary | education | skills | keywords | other: where in the resume the phrase stands, which decides how much it counts.</param>
public sealed record Match(string Term, string Phrase, string Kind, string Assertion, int Start, int Length, string Text, string Section);

public sealed record TermScore(string Slug, string Name, int Score, IReadOnlyList<string> MatchedPhrases, IReadOnlyList<string> MissingComponents);

/// <param name="Level">junior | mid | senior, or null when nothing supports a guess.</param>
public sealed record LevelEstimate(string? Level, double Confidence, double? YearsOfExperience, IReadOnlyList<LevelEvidence> Evidence);

public sealed record LevelEvidence(string Text, int Start, int Length, string Reason);

public sealed record JobTitleMatch(string Title, int Start, int Length, string Text);

public static class Bands
{
    public const string None = "none";
    public const string Weak = "weak";
    public const string Moderate = "moderate";
    public const string Strong = "strong";

    public static readonly IReadOnlyList<string> All = [None, Weak, Moderate, Strong];
}

public static class Assertions
{
    public const string Asserted = "asserted";
    public const string Hedged = "hedged";
    public const string Negated = "negated";
    public const string Aspirational = "aspirational";

    public static readonly IReadOnlyList<string> All = [Asserted, Hedged, Negated, Aspirational];
}

/// <summary>Where in a resume a phrase stands (issue 16).</summary>
public static class Sections
{
    /// <summary>
    /// In a dated role (a placement included) with its bullets, or under an experience heading; in a functional (skills-first)
    /// resume, a sentence of work done under a strengths heading or at the top of the page, when the writer has a paid job
    /// titled in the trade and its jobs are bare titles.
    /// </summary>
    public const string Experience = "experience";

    /// <summary>Under a summary, profile or objective heading, or the lines above the first heading of a resume with headings and dated roles.</summary>
    public const string Summary = "summary";

    /// <summary>Under education, training, licensure or certifications; a coursework list too.</summary>
    public const string Education = "education";

    /// <summary>A skills or competencies list, or a list of terms inside a job.</summary>
    public const string Skills = "skills";

    /// <summary>A keywords list, or a block of bare comma- or bullet-separated terms outside any job.</summary>
    public const string Keywords = "keywords";

    /// <summary>
    /// Anywhere else: under volunteering, publications and the like or a heading that went unread, above the first heading of a
    /// resume with no dated role read, or a resume with no headings at all.
    /// </summary>
    public const string Other = "other";

    public static readonly IReadOnlyList<string> All = [Experience, Summary, Education, Skills, Keywords, Other];
}

public static class Levels
{
    public const string Junior = "junior";
    public const string Mid = "mid";
    public const string Senior = "senior";

    public static readonly IReadOnlyList<string> All = [Junior, Mid, Senior];
}
