using HiringKit.Api.Infrastructure;
using HiringKit.Api.Infrastructure.Auth;
using HiringKit.Scoring;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace HiringKit.Api.Features.ResumeScoring;

public static class ResumeScoringEndpoints
{
    public static IServiceCollection AddResumeScoring(this IServiceCollection services)
    {
        services.AddOptions<ScoringLimits>().BindConfiguration("Scoring");
        services.AddSingleton<ScoringTelemetry>();
        services.AddSingleton<ScoringDictionaryProvider>();
        services.AddSingleton<IStartupWarmup>(s => s.GetRequiredService<ScoringDictionaryProvider>());
        services.AddSingleton<PdfWorkers>();
        services.ConfigureSwaggerGen(o => o.SchemaFilter<ScoredResumeSchemas>());
        return services;
    }

    public static void MapResumeScoring(this IEndpointRouteBuilder api)
    {
        var limits = api.ServiceProvider.GetRequiredService<IOptions<ScoringLimits>>().Value;
        var scores = api.MapGroup("/resume-scores").WithTags("Resume scoring").RequireAuthorization(Roles.Scorer)
            .RequireRateLimiting(Protection.Scoring)
            // Kestrel refuses a larger body while reading it, before it is all in memory.
            .WithMetadata(new RequestSizeLimitAttribute(limits.MaxRequestBytes));

        scores.MapPost("", ScoreAsync)
            .WithName("ScoreResume")
            .WithSummary("Score one resume against the glossary")
            // Documented as JSON only, so a generated client gets a method that sends text; uploads sent
            // here still work (older integrations use them), and /files is their documented operation.
            .Accepts<ScoreResume.Request>("application/json", "multipart/form-data")
            .WithUndocumentedRequestType("multipart/form-data")
            .WithRequestExample(Examples.Request)
            .Produces<ResumeScoreResult>()
            .WithLiveResponseExample(async (mediator, ct) =>
                await mediator.Send(new ScoreResume.Command(Examples.Request.Text, Examples.Request.Terms, Examples.Request.TargetLevel), ct))
            .ProducesErrors(404, 422)
            .DisableAntiforgery();

        // The same upload on an operation of its own: a client generated from the document gets a method
        // that sends the file, where the shared operation above gives it one that always sends JSON.
        scores.MapPost("/files", UploadAsync)
            .WithName("ScoreResumeFile")
            .WithSummary("Score one resume file (.txt, .docx or .pdf)")
            .Accepts<UploadForm.Fields>("multipart/form-data")
            .WithMultipartUpload("file", FileDescription, FileTypes, UploadFields)
            .Produces<ResumeFileScore>()
            .ProducesErrors(404, 422)
            .DisableAntiforgery();

        scores.MapPost("/batch", ScoreBatchAsync)
            .WithName("ScoreResumeBatch")
            .WithSummary("Score many resumes in one call")
            .Accepts<ScoreBatch.Request>("application/json")
            .WithRequestExample(Examples.Batch)
            .Produces<ScoreBatch.Response>()
            .ProducesErrors(404);
    }

    const string FileDescription = "The resume: a .txt (UTF-8), .docx or .pdf file; its kind is read from its bytes.";
    static readonly string[] FileTypes = ["application/pdf", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "text/plain"];
    static readonly (string, string)[] UploadFields =
    [
        ("terms", "Optional: comma-separated term slugs, e.g. therapeutic-alliance"),
        ("targetLevel", "Optional: junior, mid or senior"),
    ];

    /// <summary>Score one resume for the glossary's terms, with evidence an ATS can show.</summary>
    /// <remarks>
    /// Send JSON `{ text, terms?, targetLevel? }`, or `multipart/form-data` with a `file` (.txt, .docx or
    /// .pdf) and optional `terms` (comma-separated) and `targetLevel` fields; an upload's answer adds
    /// `extractedText`, to which its offsets refer, and says whether hidden text was left out
    /// (`hiddenTextOmitted`, `hiddenCharacters`). `POST /resume-scores/files` takes the same upload.
    ///
    /// Every match gives the dictionary phrase, its kind, how the resume asserts it (`asserted`,
    /// `hedged`, `negated`, `aspirational`) and UTF-16 `start`/`length` into the text exactly as sent,
    /// so `text.Substring(start, length)` is the matched text. `score` is 0-100 with a `band`; when
    /// `insufficientText` is true the score is not a verdict. The same input always gives the same
    /// output for one `scorerVersion`.
    /// </remarks>
    /// <response code="200">The score, its evidence, the seniority the resume supports and the job titles found.</response>
    static async Task<IResult> ScoreAsync(IMediator mediator, HttpRequest request, CancellationToken ct)
    {
        if (request.HasFormContentType) return await UploadAsync(mediator, request, ct);

        var body = await ScoreRequestBody.ReadScoreAsync(request, ct);
        return TypedResults.Ok(await mediator.Send(new ScoreResume.Command(body.Text, body.Terms, body.TargetLevel), ct));
    }

    /// <summary>Score one resume file: .txt, .docx or .pdf.</summary>
    /// <remarks>
    /// `multipart/form-data` with a `file` and optional `terms` (comma-separated slugs) and `targetLevel`.
    /// The file's kind is read from its bytes, not its name. The answer is a score like the JSON one plus
    /// `extractedText` (the offsets point into it), `hiddenTextOmitted` and `hiddenCharacters`: text the file
    /// hides from a reader (vanished or white 1-point runs in Word, invisible or off-page text in a PDF) is
    /// never scored. A .doc, .rtf, .odt or image is 415; a file that cannot be read (a scan without a text
    /// layer, a password, damage, or past the extraction limits) is 422 with a detail saying which.
    /// </remarks>
    /// <response code="200">The score of the file's visible text, with that text.</response>
    static async Task<IResult> UploadAsync(IMediator mediator, HttpRequest request, CancellationToken ct)
    {
        var form = await ScoreRequestBody.ReadUploadAsync(request, ct);
        return TypedResults.Ok(await mediator.Send(new ScoreUpload.Command(form.FileName, form.Content, form.Terms, form.TargetLevel), ct));
    }

    /// <summary>Score up to 100 resumes (configurable) in one call.</summary>
    /// <remarks>
    /// Results come back in input order, one per item: the same object as a single score plus the
    /// item's `id`, or `{ id, error }` with a problem for an item that could not be scored (missing
    /// text, text over the limit). One bad item never fails the others. A batch with too many items or
    /// too many bytes is refused whole with 413.
    /// </remarks>
    /// <response code="200">One result per item, in input order.</response>
    static async Task<IResult> ScoreBatchAsync(IMediator mediator, HttpRequest request, CancellationToken ct)
    {
        var body = await ScoreRequestBody.ReadBatchAsync(request, ct);
        return TypedResults.Ok(await mediator.Send(new ScoreBatch.Command(body.Items, body.Terms, body.TargetLevel), ct));
    }

    /// <summary>Swagger's request examples: the README's resume (its answer is produced live, see WithLiveResponseExample).</summary>
    static class Examples
    {
        const string Text = """
            Jordan Rivera, LPC
            Licensed Professional Counselor, Riverside Behavioral Health, 2016 – Present
            - Built a strong therapeutic alliance with adolescents and families, reaching 85% client retention.
            - Supervise three junior counselors; lead monthly training on rupture and repair.
            - Lead collaborative goal setting and treatment planning with every new client.
            - Familiar with the Working Alliance Inventory. No experience with crisis intervention.
            Mental Health Therapist, Lakeside Clinic, Jan 2012 - Dec 2015
            - Individual and group therapy for adults with anxiety and depression; active listening and empathy.

            """; // ends with a line break, as the README's copy does

        public static readonly ScoreResume.Request Request = new(Text, ["therapeutic-alliance"], "senior");

        public static readonly ScoreBatch.Request Batch = new(
            [new("candidate-1017", Text), new("candidate-1018", "Eager to learn about the working alliance; no experience with crisis intervention.")],
            ["therapeutic-alliance"], null);
    }
}
