namespace HiringKit.Api.Features.ResumeScoring;

/// <summary>Configurable under "Scoring" (e.g. Scoring__MaxTextLength). Over a limit is a 413, never a silent truncation.</summary>
public sealed class ScoringLimits
{
    /// <summary>Characters of resume text in one score (a 40-page resume is about 100,000).</summary>
    public int MaxTextLength { get; set; } = 200_000;

    /// <summary>Items in one batch.</summary>
    public int MaxBatchItems { get; set; } = 100;

    /// <summary>Bytes of one request body: a single score, an upload, or a whole batch.</summary>
    public long MaxRequestBytes { get; set; } = 4 * 1024 * 1024;
}
