using System.Text.Json;
using HiringKit.Api.Infrastructure;
using static HiringKit.Api.Features.BiasAudits.AdverseImpact;

namespace HiringKit.Api.Features.BiasAudits;

/// <summary>A stored bias audit: the aggregate tables only, never the applicants they were computed from.</summary>
/// <param name="Id">Use it to fetch the audit again, or its printable public summary.</param>
/// <param name="Method">scoring-rate (share above the median) or selection-rate (share at or above selectedAtOrAbove).</param>
/// <param name="Median">The median score of all applicants.</param>
/// <param name="Threshold">The score rates are counted against: the median (strictly above) for scoring-rate, selectedAtOrAbove (at or above) for selection-rate.</param>
/// <param name="Total">Applicants in the audit, unknowns included.</param>
/// <param name="Unknown">Applicants whose sex or race/ethnicity is unknown, per dimension.</param>
/// <param name="ScorerVersion">The version of the resume score the audited scores came from.</param>
/// <param name="Source">Where the employer's data came from, as the employer described it; null when not given.</param>
public sealed record BiasAudit(
    long Id, string Method, double Median, double Threshold, int Total, UnknownCounts Unknown,
    IReadOnlyList<CategoryRate> Sex, IReadOnlyList<CategoryRate> RaceEthnicity, IReadOnlyList<CategoryRate> Intersectional,
    string ScorerVersion, string? Source, DateTimeOffset CreatedAt)
{
    public const string Columns = "id, method, scorer_version, source, created_at, result::text AS result";

    static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>What the result column holds: the published tables, nothing per person.</summary>
    public sealed record StoredResult(double Median, double Threshold, int Total, UnknownCounts Unknown,
        IReadOnlyList<CategoryRate> Sex, IReadOnlyList<CategoryRate> RaceEthnicity, IReadOnlyList<CategoryRate> Intersectional);

    public static string StoredResultOf(Tables t) =>
        JsonSerializer.Serialize(new StoredResult(t.Median, t.Threshold, t.Total, t.Unknown, t.Sex, t.RaceEthnicity, t.Intersectional), Json);

    /// <summary>Dapper's shape of <see cref="Columns"/>.</summary>
    public sealed record Row(long Id, string Method, string ScorerVersion, string? Source, DateTime CreatedAt, string Result)
    {
        public BiasAudit ToAudit()
        {
            var r = JsonSerializer.Deserialize<StoredResult>(Result, Json)!;
            return new BiasAudit(Id, Method, r.Median, r.Threshold, r.Total, r.Unknown, r.Sex, r.RaceEthnicity, r.Intersectional,
                ScorerVersion, Source, Timestamps.Utc(CreatedAt));
        }
    }
}
