using FluentValidation;
using HiringKit.Documents;
using HiringKit.Api.Features.Glossary;

namespace HiringKit.Api.Features.ResumeScoring;

public static class ScoringRules
{
    /// <summary>The options every scoring request shares: which terms, and the level hired for.</summary>
    public static void AddTermsAndLevel<T>(AbstractValidator<T> validator, Func<T, IReadOnlyList<string>?> terms, Func<T, string?> targetLevel)
    {
        validator.RuleFor(c => terms(c)).Must(t => t is null || t.Count <= 50).WithMessage("at most 50 terms").OverridePropertyName("terms");
        validator.RuleForEach(c => terms(c)).Must(Slugs.IsValid).WithMessage(Slugs.Message).OverridePropertyName("terms");
        validator.RuleFor(c => targetLevel(c)).Must(Levels.IsKnown).When(c => targetLevel(c) is not null).WithMessage(Levels.UnknownMessage)
            .OverridePropertyName("targetLevel");
    }
}

/// <summary>Configurable under "Scoring" (e.g. Scoring__MaxTextLength). Over a limit is a 413, never a silent truncation.</summary>
public sealed class ScoringLimits
{
    /// <summary>Characters of resume text in one score (a 40-page resume is about 100,000).</summary>
    public int MaxTextLength { get; set; } = 200_000;

    /// <summary>Items in one batch.</summary>
    public int MaxBatchItems { get; set; } = 100;

    /// <summary>
    /// Seconds a batch may spend scoring. Items not reached by then are each answered 503 (send them again), so the answer
    /// stays whole JSON well inside the request timeout (RequestTimeout:Seconds, 30) instead of being cut off mid-stream.
    /// </summary>
    public double BatchSeconds { get; set; } = 20;

    /// <summary>Bytes of one request body: a single score, an upload, or a whole batch.</summary>
    public long MaxRequestBytes { get; set; } = 4 * 1024 * 1024;

    /// <summary>Matches listed per phrase, job titles per title and level evidence per reason in one score; the rest are counted in `omitted`.</summary>
    public int MaxEvidencePerPhrase { get; set; } = 25;

    /// <summary>Matches (and job titles, and level evidence) listed in one score in all.</summary>
    public int MaxMatches { get; set; } = 300;

    /// <summary>Pages of an uploaded PDF.</summary>
    public int MaxPdfPages { get; set; } = 50;

    /// <summary>Worker processes reading PDFs at once (each reads one PDF at a time).</summary>
    public int PdfWorkers { get; set; } = 2;

    /// <summary>Seconds a PDF may wait for a free worker before the answer is 503 (with the reading time, under 10 s).</summary>
    public int PdfQueueSeconds { get; set; } = 3;

    /// <summary>Seconds a worker may spend on one PDF before it is killed and the answer is 422.</summary>
    public int PdfTimeoutSeconds { get; set; } = 5;

    /// <summary>Resident memory a PDF worker may reach before it is killed and the answer is 422.</summary>
    public int PdfWorkerMaxMegabytes { get; set; } = 512;

    /// <summary>Seconds reading one .docx may take (it runs in the API, streaming and bounded).</summary>
    public int DocxTimeoutSeconds { get; set; } = 5;

    /// <summary>The limits a resume file is read within, from these settings.</summary>
    public ExtractionLimits Extraction => new() { MaxTextLength = MaxTextLength, MaxPdfPages = MaxPdfPages };
}
