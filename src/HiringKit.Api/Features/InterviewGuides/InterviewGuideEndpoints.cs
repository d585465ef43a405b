using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using HiringKit.Api.Infrastructure;
using HiringKit.Api.Infrastructure.Auth;
using MediatR;
using Microsoft.Extensions.Options;
using JsonOptions = Microsoft.AspNetCore.Http.Json.JsonOptions;

namespace HiringKit.Api.Features.InterviewGuides;

public static class InterviewGuideEndpoints
{
    public static void MapInterviewGuides(this IEndpointRouteBuilder api)
    {
        api.MapGet("/terms/{slug}/interview-guide", GetAsync)
            .WithTags("Interview guides")
            .RequireAuthorization(Roles.Reader)
            .WithName("GetInterviewGuide")
            .WithSummary("Get the interview guide for a term, by seniority")
            .Produces<InterviewGuideAnswer>(StatusCodes.Status200OK, "application/json", "text/markdown", "text/html")
            .Produces(StatusCodes.Status304NotModified)
            .WithContentETag(200, 304)
            .WithResponseExample(Examples.Senior);
    }

    /// <summary>The interview guide for one seniority level, or for all of them.</summary>
    /// <remarks>
    /// With `level`: that level's questions with expected answers, the indicators a candidate at that
    /// level shows, the red flags to watch for and the resume keywords, as one object. Without it: every
    /// level as `{ term, levels: [...], redFlags }`.
    ///
    /// Send `Accept: text/markdown` or `Accept: text/html` (or `format=markdown|html`) for a printable
    /// document with room for notes. JSON responses carry an `ETag`; `If-None-Match` gives 304.
    /// </remarks>
    /// <param name="slug">The term's slug, e.g. `therapeutic-alliance`.</param>
    /// <param name="level">junior (0-2 years), mid (2-5) or senior (5+); omit for every level.</param>
    /// <param name="format">json, markdown or html; overrides the Accept header.</param>
    /// <response code="200">The guide, as JSON, Markdown or HTML.</response>
    /// <response code="304">Unchanged since the ETag in If-None-Match.</response>
    static async Task<IResult> GetAsync(IMediator mediator, HttpRequest request, IOptions<JsonOptions> json,
        string slug, string? level, string? format, CancellationToken ct)
    {
        var guide = await mediator.Send(new GetInterviewGuide.Query(slug, level, format), ct);
        request.HttpContext.Response.Headers.Vary = "Accept";
        return Rendered.GetOrCreateValue(guide).GetOrAdd(DocumentText.RequestedFormat(request, format), static (representation, state) =>
            representation switch
            {
                "markdown" => ETagged.Body.OfText(GuideDocument.Markdown(state.guide), "text/markdown; charset=utf-8"),
                "html" => ETagged.Body.OfText(GuideDocument.Html(state.guide), "text/html; charset=utf-8"),
                _ when state.level is not null => ETagged.Body.OfJson(GetInterviewGuide.ForOneLevel(state.guide), state.options),
                _ => ETagged.Body.OfJson(state.guide, state.options),
            }, (guide, level, options: json.Value.SerializerOptions));
    }

    // The guide comes from the content cache, the same unchanging object for every reader until HR edits
    // it, so each of its formats is rendered and hashed once, not per request. Entries go with the guide.
    static readonly ConditionalWeakTable<GetInterviewGuide.InterviewGuide, ConcurrentDictionary<string, ETagged.Body>> Rendered = new();

    /// <summary>
    /// A guide for one level (with `level`: term, level, label, years, questions, indicators, red flags,
    /// resume keywords) or for every level (without it: term, levels, red flags).
    /// </summary>
    [OpenApi.MergedShape(typeof(GetInterviewGuide.LevelGuide), typeof(GetInterviewGuide.InterviewGuide))]
    public sealed class InterviewGuideAnswer;

    static class Examples
    {
        public static readonly GetInterviewGuide.LevelGuide Senior = new(
            new("therapeutic-alliance", "Therapeutic Alliance", "Therapeutic Alliance refers to the supportive relationship between a mental health professional and their client. ..."),
            "senior", "Senior (5+ years)", 5, null,
            [new(5, "How do you train junior counselors in building therapeutic alliance?",
                "Should discuss mentoring approaches, specific techniques for relationship building, and methods for evaluating therapeutic alliance. Should mention real examples of successful training outcomes.")],
            [new(9, "Training others in relationship building"), new(10, "Complex case management")],
            [new(1, "Difficulty maintaining professional boundaries", "Tell me about a time a client pushed a boundary. What did you do?")],
            ["therapeutic alliance", "working alliance", "therapeutic relationship", "therapeutic bond"]);
    }
}
