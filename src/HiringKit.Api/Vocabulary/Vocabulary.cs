using System.Text.RegularExpressions;

namespace HiringKit.Api.Vocabulary;

// The words every feature and the infrastructure share (levels, phrase kinds, slugs): a small kernel that
// depends on nothing, so no feature has to reach into another (or Infrastructure into a feature) for them.

/// <summary>Seniority levels as recruiters use them: junior 0-2 years, mid 2-5, senior 5+.</summary>
public static class Levels
{
    public static readonly string[] All = ["junior", "mid", "senior"];
    public const string UnknownMessage = "level must be one of: junior, mid, senior";
    // Any letter case: the scoring requests validate targetLevel without reading it through LowercaseChoice.
    public static bool IsKnown(string? level) => level is not null && All.Contains(level, StringComparer.OrdinalIgnoreCase);
    public static int Rank(string level) => Array.IndexOf(All, level);
}

public static class PhraseKinds
{
    public static readonly string[] All = ["canonical", "synonym", "related"];
}

public static partial class Slugs
{
    public const string Pattern = "^[a-z0-9]+(-[a-z0-9]+)*$";
    public const int MaxLength = 100;
    public const string Message = "slug must be lowercase letters, digits and single hyphens, e.g. therapeutic-alliance";

    [GeneratedRegex(Pattern)]
    private static partial Regex Regex();

    public static bool IsValid(string? slug) => slug is { Length: > 0 and <= MaxLength } && Regex().IsMatch(slug);
}
