namespace HiringKit.Api.Features.BiasAudits;

/// <summary>
/// The arithmetic of a bias audit as New York City's DCWP rules define it (6 RCNY 5-300, for Local Law 144):
/// a tool that scores rather than selects is audited by its scoring rate, the share of a category scoring
/// above the median score of the whole sample; the impact ratio is a category's rate over the highest rate
/// among the categories of its dimension. The EEOC's four-fifths rule reads a ratio under 0.8 as evidence of
/// adverse impact. Pure: no I/O, so the test can check it against its own computation.
/// </summary>
public static class AdverseImpact
{
    public const string ScoringRate = "scoring-rate";
    public const string SelectionRate = "selection-rate";

    /// <summary>The rules let an auditor leave out a category under 2 % of the data: its ratio would be noise.</summary>
    public const double SmallCategoryShare = 0.02;

    public const double FourFifths = 0.8;

    public const int MinimumRows = 30;

    /// <summary>EEO-1 sex categories, as the API spells them.</summary>
    public static readonly string[] Sexes = ["male", "female"];

    /// <summary>EEO-1 race/ethnicity categories, as the API spells them (lowercase, hyphenated).</summary>
    public static readonly string[] RacesEthnicities =
    [
        "hispanic-or-latino", "white", "black-or-african-american", "native-hawaiian-or-pacific-islander",
        "asian", "american-indian-or-alaska-native", "two-or-more-races",
    ];

    /// <summary>The EEO-1 form's own wording of one category, so a spreadsheet exported from it needs no edits.</summary>
    static readonly Dictionary<string, string> Aliases = new()
    {
        ["native-hawaiian-or-other-pacific-islander"] = "native-hawaiian-or-pacific-islander",
    };

    /// <summary>One applicant as the employer's records describe them; null sex or race means unknown.</summary>
    public sealed record Applicant(double Score, string? Sex, string? RaceEthnicity);

    public sealed record Tables(
        string Method, double Median, double Threshold, int Total, UnknownCounts Unknown,
        IReadOnlyList<CategoryRate> Sex, IReadOnlyList<CategoryRate> RaceEthnicity, IReadOnlyList<CategoryRate> Intersectional);

    /// <summary>Applicants whose sex or race/ethnicity the records do not give: counted, and left out of that dimension and of intersections.</summary>
    public sealed record UnknownCounts(int Sex, int RaceEthnicity);

    /// <param name="Category">e.g. female, hispanic-or-latino, or "female / hispanic-or-latino".</param>
    /// <param name="Count">Applicants in the category.</param>
    /// <param name="Rate">Share of them above the median (scoring rate) or at or above the cut (selection rate).</param>
    /// <param name="ImpactRatio">Rate over the highest rate in the dimension; null when the category is excluded, or when no included category has a rate above 0.</param>
    /// <param name="Excluded">Fewer than 2 % of all applicants: left out of impact ratios, as the DCWP rules allow.</param>
    /// <param name="BelowFourFifths">The impact ratio is under 0.8 (the EEOC four-fifths rule).</param>
    public sealed record CategoryRate(string Category, int Count, double Rate, double? ImpactRatio, bool Excluded, bool BelowFourFifths);

    /// <summary>
    /// The category a value names, "" for unknown (missing, blank, "unknown", or the answers applicant
    /// tracking systems record when a candidate does not self-identify), or null when it names none.
    /// Any letter case, and spaces or underscores for hyphens, as EEO-1 exports spell them ("Hispanic or Latino").
    /// </summary>
    public static string? Category(string? value, string[] categories)
    {
        if (string.IsNullOrWhiteSpace(value)) return "";
        var folded = string.Join('-', value.Trim().TrimEnd('.').ToLowerInvariant().Split([' ', '_', '-', '\t'], StringSplitOptions.RemoveEmptyEntries));
        if (NotSelfIdentified.Contains(folded)) return "";
        if (Aliases.TryGetValue(folded, out var canonical)) folded = canonical;
        return categories.Contains(folded) ? folded : null;
    }

    /// <summary>
    /// "I don't wish to answer" and its kin, as Workday, Greenhouse, Lever and iCIMS exports write a
    /// voluntary self-identification left unanswered: unknown, not a refused row (the law asks that
    /// unknowns be counted, and an export full of them is the normal case).
    /// </summary>
    static readonly HashSet<string> NotSelfIdentified = new(StringComparer.Ordinal)
    {
        "unknown", "not-specified", "unspecified", "not-disclosed", "undisclosed", "not-provided", "declined",
        "decline-to-self-identify", "decline-to-state", "decline-to-answer", "declined-to-self-identify",
        "declined-to-answer", "declined-to-state", "prefer-not-to-say", "prefer-not-to-answer", "prefer-not-to-disclose",
        "i-don't-wish-to-answer", "i-do-not-wish-to-answer", "i-don’t-wish-to-answer", "i-choose-not-to-disclose",
        "choose-not-to-disclose", "not-reported", "n/a", "na",
    };

    /// <param name="applicants">At least <see cref="MinimumRows"/>, categories already folded by <see cref="Category"/> ("" or null for unknown).</param>
    /// <param name="selectedAtOrAbove">The cut of a pass/fail use; null audits the score itself (scoring rate).</param>
    public static Tables Compute(IReadOnlyList<Applicant> applicants, double? selectedAtOrAbove)
    {
        var median = Median(applicants.Select(a => a.Score));
        // Scoring rate counts strictly above the median; a tool used to select counts who it let through.
        Func<double, bool> counted = selectedAtOrAbove is { } cut ? s => s >= cut : s => s > median;
        int total = applicants.Count;

        static bool Known(string? category) => !string.IsNullOrEmpty(category);
        var sex = Dimension(applicants.Where(a => Known(a.Sex)).Select(a => (a.Sex!, a.Score)), Sexes, counted, total);
        var race = Dimension(applicants.Where(a => Known(a.RaceEthnicity)).Select(a => (a.RaceEthnicity!, a.Score)), RacesEthnicities, counted, total);
        var intersections = Sexes.SelectMany(s => RacesEthnicities.Select(r => Intersection(s, r))).ToArray();
        var intersectional = Dimension(applicants.Where(a => Known(a.Sex) && Known(a.RaceEthnicity))
            .Select(a => (Intersection(a.Sex!, a.RaceEthnicity!), a.Score)), intersections, counted, total);

        return new Tables(selectedAtOrAbove is null ? ScoringRate : SelectionRate, median, selectedAtOrAbove ?? median, total,
            new UnknownCounts(applicants.Count(a => !Known(a.Sex)), applicants.Count(a => !Known(a.RaceEthnicity))),
            sex, race, intersectional);
    }

    public static string Intersection(string sex, string raceEthnicity) => $"{sex} / {raceEthnicity}";

    static double Median(IEnumerable<double> scores)
    {
        var sorted = scores.Order().ToArray();
        int middle = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    /// <summary>Categories with at least one applicant, in EEO-1 order.</summary>
    static List<CategoryRate> Dimension(IEnumerable<(string Category, double Score)> members, string[] order, Func<double, bool> counted, int total)
    {
        var groups = members.GroupBy(m => m.Category).ToDictionary(g => g.Key, g => (Count: g.Count(), Above: g.Count(m => counted(m.Score))));
        var rates = order.Where(groups.ContainsKey)
            .Select(c => (Category: c, groups[c].Count, groups[c].Above, Excluded: groups[c].Count < SmallCategoryShare * total))
            .ToList();
        // An excluded category is out of the ratios altogether, so it cannot be the best rate either.
        var best = rates.Where(r => !r.Excluded).Select(r => (r.Count, r.Above)).DefaultIfEmpty((Count: 1, Above: 0)).MaxBy(r => (double)r.Above / r.Count);
        return rates.Select(r =>
        {
            bool rated = !r.Excluded && best.Above > 0;
            // From the counts, not from two rounded rates: 8/25 over 10/25 is 4/5 exactly, which is not under
            // four-fifths, though 0.32 / 0.4 in doubles is 0.7999999999999999.
            long numerator = (long)r.Above * best.Count, denominator = (long)r.Count * best.Above;
            double? ratio = rated ? (double)numerator / denominator : null;
            return new CategoryRate(r.Category, r.Count, (double)r.Above / r.Count, ratio, r.Excluded, rated && 5 * numerator < 4 * denominator);
        }).ToList();
    }
}
