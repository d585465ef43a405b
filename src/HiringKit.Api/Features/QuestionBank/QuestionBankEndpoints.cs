using HiringKit.Api.Infrastructure;
using HiringKit.Api.Infrastructure.Auth;
using MediatR;

namespace HiringKit.Api.Features.QuestionBank;

public static class QuestionBankEndpoints
{
    public static void MapQuestionBank(this IEndpointRouteBuilder api)
    {
        var term = api.MapGroup("/terms/{slug}").RequireAuthorization(Roles.Reader);

        var questions = term.MapGroup("/questions").WithTags("Questions");
        questions.MapGet("", ListQuestionsAsync).WithName("ListQuestions").WithSummary("List a term's interview questions")
            .Produces<IReadOnlyList<QuestionItem>>().ProducesErrors(400, 401, 403, 404);
        questions.MapGet("/{id:long}", GetQuestionAsync).WithName("GetQuestion").WithSummary("Get one interview question")
            .Produces<QuestionItem>().Produces(StatusCodes.Status304NotModified).ProducesErrors(400, 401, 403, 404);

        var indicators = term.MapGroup("/indicators").WithTags("Indicators");
        indicators.MapGet("", ListIndicatorsAsync).WithName("ListIndicators").WithSummary("List a term's experience-level indicators")
            .Produces<IReadOnlyList<IndicatorItem>>().ProducesErrors(400, 401, 403, 404);
        indicators.MapGet("/{id:long}", GetIndicatorAsync).WithName("GetIndicator").WithSummary("Get one indicator")
            .Produces<IndicatorItem>().Produces(StatusCodes.Status304NotModified).ProducesErrors(400, 401, 403, 404);

        var redFlags = term.MapGroup("/red-flags").WithTags("Red flags");
        redFlags.MapGet("", ListRedFlagsAsync).WithName("ListRedFlags").WithSummary("List a term's red flags")
            .Produces<IReadOnlyList<RedFlagItem>>().ProducesErrors(400, 401, 403, 404);
        redFlags.MapGet("/{id:long}", GetRedFlagAsync).WithName("GetRedFlag").WithSummary("Get one red flag")
            .Produces<RedFlagItem>().Produces(StatusCodes.Status304NotModified).ProducesErrors(400, 401, 403, 404);
    }

    /// <summary>The term's interview questions with expected answers, junior to senior.</summary>
    /// <param name="slug">The term's slug, e.g. `therapeutic-alliance`.</param>
    /// <param name="level">junior, mid or senior; omit for every level.</param>
    /// <response code="200">The questions, in guide order.</response>
    static async Task<IResult> ListQuestionsAsync(IMediator mediator, string slug, string? level, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new ListQuestions.Query(slug, level), ct));

    /// <summary>One question, with an `ETag` naming its version (send it as `If-Match` to change it).</summary>
    /// <param name="slug">The term's slug.</param>
    /// <param name="id">The question's id.</param>
    /// <response code="200">The question.</response>
    /// <response code="304">Unchanged since the ETag in If-None-Match.</response>
    static async Task<IResult> GetQuestionAsync(IMediator mediator, string slug, long id, CancellationToken ct)
    {
        var item = await mediator.Send(new GetQuestion.Query(slug, id), ct);
        return ETagged.Versioned(item, item.Version);
    }

    /// <summary>The term's experience-level indicators: what a candidate at each level typically shows.</summary>
    /// <param name="slug">The term's slug, e.g. `therapeutic-alliance`.</param>
    /// <param name="level">junior, mid or senior; omit for every level.</param>
    /// <response code="200">The indicators, in guide order.</response>
    static async Task<IResult> ListIndicatorsAsync(IMediator mediator, string slug, string? level, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new ListIndicators.Query(slug, level), ct));

    /// <summary>One indicator, with an `ETag` naming its version.</summary>
    /// <param name="slug">The term's slug.</param>
    /// <param name="id">The indicator's id.</param>
    /// <response code="200">The indicator.</response>
    /// <response code="304">Unchanged since the ETag in If-None-Match.</response>
    static async Task<IResult> GetIndicatorAsync(IMediator mediator, string slug, long id, CancellationToken ct)
    {
        var item = await mediator.Send(new GetIndicator.Query(slug, id), ct);
        return ETagged.Versioned(item, item.Version);
    }

    /// <summary>The term's red flags. They apply at every level, so `level` only validates.</summary>
    /// <param name="slug">The term's slug, e.g. `therapeutic-alliance`.</param>
    /// <param name="level">junior, mid or senior (red flags are the same at every level).</param>
    /// <response code="200">The red flags, in guide order.</response>
    static async Task<IResult> ListRedFlagsAsync(IMediator mediator, string slug, string? level, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new ListRedFlags.Query(slug, level), ct));

    /// <summary>One red flag, with an `ETag` naming its version.</summary>
    /// <param name="slug">The term's slug.</param>
    /// <param name="id">The red flag's id.</param>
    /// <response code="200">The red flag.</response>
    /// <response code="304">Unchanged since the ETag in If-None-Match.</response>
    static async Task<IResult> GetRedFlagAsync(IMediator mediator, string slug, long id, CancellationToken ct)
    {
        var item = await mediator.Send(new GetRedFlag.Query(slug, id), ct);
        return ETagged.Versioned(item, item.Version);
    }
}
