using HiringKit.Api.Infrastructure;
using MediatR;

namespace HiringKit.Api.Features.ScoringNotice;

public static class ScoringNoticeEndpoints
{
    public static void MapScoringNotice(this IEndpointRouteBuilder api)
    {
        // No key: the notice is for candidates, who have none, and an employer links to it from a job posting.
        // It shows only term names and summaries; the per-address rate limit of the group still applies.
        api.MapGet("/scoring-notice", GetAsync)
            .WithTags("Fairness")
            .AllowAnonymous()
            .WithName("GetScoringNotice")
            .WithSummary("The plain-language notice for candidates about the resume score")
            .Produces<GetScoringNotice.CandidateNotice>(StatusCodes.Status200OK, "application/json", "text/html")
            // Without a key the group's per-address read limit applies (429); a cold cache needs the database (503).
            .ProducesErrors(429, 503);
    }

    /// <summary>What the resume score assesses, what it never uses and what is kept, for candidates. No key needed.</summary>
    /// <remarks>
    /// The notice an employer gives candidates before scoring their resumes (NYC Local Law 144): the skills
    /// scored (every live glossary term with its parts), the kinds of evidence that count, what the score
    /// never uses, that HiringKit keeps nothing of a resume, and the scorer version. `Accept: text/html` (or
    /// `format=html`) gives a page to link from a job posting.
    /// </remarks>
    /// <param name="format">json or html; overrides the Accept header.</param>
    /// <response code="200">The notice, as JSON or HTML.</response>
    static async Task<IResult> GetAsync(IMediator mediator, HttpRequest request, string? format, CancellationToken ct)
    {
        var notice = await mediator.Send(new GetScoringNotice.Query(format), ct);
        request.HttpContext.Response.Headers.Vary = "Accept";
        return DocumentText.RequestedFormat(request, format) == "html"
            ? TypedResults.Content(ScoringNoticeDocument.Html(notice), "text/html; charset=utf-8")
            : TypedResults.Ok(notice);
    }
}
