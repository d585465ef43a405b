using System.Security.Claims;
using HiringKit.Api.Infrastructure;
using HiringKit.Api.Infrastructure.Auth;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using static HiringKit.Api.Features.BiasAudits.AdverseImpact;
using JsonOptions = Microsoft.AspNetCore.Http.Json.JsonOptions;

namespace HiringKit.Api.Features.BiasAudits;

public static class BiasAuditEndpoints
{
    /// <summary>A year of applicants as CSV is a few megabytes; the API's 1 MB default would stop a large employer's.</summary>
    const long MaxRequestBytes = 16 * 1024 * 1024;

    public static void MapBiasAudits(this IEndpointRouteBuilder api)
    {
        // Admin only: the rows are the employer's demographic records, and the audit is the employer's legal filing.
        var audits = api.MapGroup("/bias-audits").WithTags("Fairness").RequireAuthorization(Roles.Admin);

        audits.MapPost("", CreateAsync)
            .WithName("CreateBiasAudit")
            .WithSummary("Run a bias audit (NYC Local Law 144) over the employer's applicant records")
            .WithMetadata(new RequestSizeLimitAttribute(MaxRequestBytes))
            // One Accepts for both (a second would replace the first and route JSON to 415); the document shows
            // JSON only, as the API does for every operation, so a generated client has one body type per call.
            .Accepts<CreateBiasAudit.Request>("application/json", "text/csv")
            .WithUndocumentedRequestType("text/csv")
            .WithRequestExample(Examples.Request)
            .Produces<BiasAudit>(StatusCodes.Status201Created)
            .WithResponseExample(Examples.Audit, 201);

        audits.MapGet("", ListAsync)
            .WithName("ListBiasAudits")
            .WithSummary("List past bias audits, newest first")
            .Produces<ListBiasAudits.BiasAuditPage>();

        audits.MapGet("/{id:long}", GetAsync)
            .WithName("GetBiasAudit")
            .WithSummary("Get one bias audit, or its printable public summary")
            .Produces<BiasAudit>(StatusCodes.Status200OK, "application/json", "text/html")
            .WithResponseExample(Examples.Audit);
    }

    /// <summary>Compute and keep a bias audit of the resume score from the employer's applicant records.</summary>
    /// <remarks>
    /// Send JSON `{ rows: [{ score, sex, raceEthnicity }], selectedAtOrAbove?, source?, scorerVersion? }`, or
    /// `Content-Type: text/csv` with the header `score,sex,raceEthnicity` and one line per applicant, e.g.
    /// `72,female,hispanic-or-latino` (then `selectedAtOrAbove` and `source` are query parameters). The rows
    /// come from the employer's own records: HiringKit never asks candidates for them.
    ///
    /// As the DCWP rules (6 RCNY 5-300) define it: the scoring rate of a category is the share of its
    /// applicants scoring strictly above the median score of all rows; with `selectedAtOrAbove`, the
    /// selection rate is the share scoring at or above that cut. A category's impact ratio is its rate over
    /// the highest rate among the categories of the same dimension: `sex` (male, female), `raceEthnicity`
    /// (EEO-1: hispanic-or-latino, white, black-or-african-american, native-hawaiian-or-pacific-islander,
    /// asian, american-indian-or-alaska-native, two-or-more-races) and `intersectional`
    /// ("female / hispanic-or-latino"). Values are read in any letter case, with spaces for hyphens.
    /// A missing, empty or `unknown` value, or an applicant tracking system's answer for a candidate who did
    /// not self-identify ("Decline to self-identify", "Prefer not to say", "I don't wish to answer"), is
    /// counted in `unknown` and left out of its dimension and of the intersections. A category under 2 % of all rows is `excluded` with `impactRatio: null`.
    /// `belowFourFifths` marks a ratio under 0.8.
    ///
    /// Only the aggregate is stored, never a row. At least 30 rows; a score outside 0-100 or an unknown
    /// category is 400 naming the row.
    /// </remarks>
    /// <param name="selectedAtOrAbove">CSV only (JSON carries it in the body): the pass mark for selection rates.</param>
    /// <param name="source">CSV only (JSON carries it in the body): where the data comes from, for the public summary.</param>
    /// <response code="201">The audit, with a Location to fetch it or its public summary again.</response>
    static async Task<IResult> CreateAsync(IMediator mediator, HttpRequest request, ClaimsPrincipal user, IOptions<JsonOptions> json,
        double? selectedAtOrAbove, string? source, CancellationToken ct)
    {
        var body = IsCsv(request)
            ? new CreateBiasAudit.Request(await ApplicantCsv.ReadAsync(request, ct), selectedAtOrAbove, source)
            : await ReadJsonAsync(request, json.Value.SerializerOptions, ct);
        var audit = await mediator.Send(new CreateBiasAudit.Command(body.Rows, body.SelectedAtOrAbove, body.Source, body.ScorerVersion, Audit.ActorOf(user)), ct);
        return TypedResults.Created($"/api/v1/bias-audits/{audit.Id}", audit);
    }

    // Read by hand because one route takes both JSON and CSV; errors surface like the framework's own.
    static async Task<CreateBiasAudit.Request> ReadJsonAsync(HttpRequest request, System.Text.Json.JsonSerializerOptions options, CancellationToken ct)
    {
        if (!request.HasJsonContentType())
            throw new BadHttpRequestException("Send application/json, or text/csv with the header score,sex,raceEthnicity.", StatusCodes.Status415UnsupportedMediaType);
        try
        {
            return await request.ReadFromJsonAsync<CreateBiasAudit.Request>(options, ct)
                ?? throw new BadHttpRequestException("The body must be a JSON object.", StatusCodes.Status400BadRequest);
        }
        catch (System.Text.Json.JsonException e)
        {
            throw new BadHttpRequestException("The body is not valid JSON.", StatusCodes.Status400BadRequest, e);
        }
    }

    static bool IsCsv(HttpRequest request) =>
        Microsoft.Net.Http.Headers.MediaTypeHeaderValue.TryParse(request.ContentType, out var type)
        && type.MediaType.Equals("text/csv", StringComparison.OrdinalIgnoreCase);

    /// <summary>Past bias audits, newest first: the aggregate tables, as computed when each was run.</summary>
    /// <param name="page">1-based page number (default 1).</param>
    /// <param name="pageSize">Audits per page, 1-100 (default 20).</param>
    /// <response code="200">One page of audits.</response>
    static async Task<IResult> ListAsync(IMediator mediator, int? page, int? pageSize, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new ListBiasAudits.Query(page ?? 1, pageSize ?? ListBiasAudits.DefaultPageSize), ct));

    /// <summary>One bias audit; `Accept: text/html` (or `format=html`) gives the public summary to publish.</summary>
    /// <remarks>
    /// The HTML page is the summary of results Local Law 144 asks employers to make public: the date of the
    /// audit, the source of the data, the number of applicants and of unknowns, and every category's rate
    /// and impact ratio, with a line for the tool's distribution date. Print it or publish it as it is.
    /// </remarks>
    /// <param name="id">The audit's id.</param>
    /// <param name="format">json or html; overrides the Accept header.</param>
    /// <response code="200">The audit as JSON, or its public summary as HTML.</response>
    static async Task<IResult> GetAsync(IMediator mediator, HttpRequest request, long id, string? format, CancellationToken ct)
    {
        var audit = await mediator.Send(new GetBiasAudit.Query(id, format), ct);
        request.HttpContext.Response.Headers.Vary = "Accept";
        return DocumentText.RequestedFormat(request, format) == "html"
            ? TypedResults.Content(BiasAuditDocument.Html(audit), "text/html; charset=utf-8")
            : TypedResults.Ok(audit);
    }

    static class Examples
    {
        public static readonly CreateBiasAudit.Request Request = new(
            [new(72, "female", "hispanic-or-latino"), new(55, "male", "white"), new(38, "female", "black-or-african-american"), new(64, null, "asian")],
            null, "Applicants to counselor roles, 2026-01-01 to 2026-12-31, exported from our ATS");

        public static readonly BiasAudit Audit = new(3, ScoringRate, 54, 54, 1210, new UnknownCounts(31, 58),
            [new("male", 402, 0.512, 1, false, false), new("female", 777, 0.489, 0.955, false, false)],
            [new("hispanic-or-latino", 301, 0.478, 0.91, false, false), new("white", 420, 0.525, 1, false, false),
             new("black-or-african-american", 288, 0.469, 0.893, false, false), new("asian", 130, 0.5, 0.952, false, false),
             new("american-indian-or-alaska-native", 13, 0.385, null, true, false)],
            [new("female / hispanic-or-latino", 198, 0.47, 0.887, false, false), new("male / white", 140, 0.53, 1, false, false)],
            "1.2.0", "Applicants to counselor roles, 2026-01-01 to 2026-12-31, exported from our ATS",
            new DateTimeOffset(2027, 1, 15, 10, 0, 0, TimeSpan.Zero));
    }
}
