using System.Security.Claims;
using HiringKit.Api.Infrastructure;
using HiringKit.Api.Infrastructure.Auth;
using MediatR;
using Microsoft.AspNetCore.Mvc;

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
        questions.MapPost("", CreateQuestionAsync).WithName("CreateQuestion").WithSummary("Add an interview question")
            .RequireAuthorization(Roles.Editor)
            .Accepts<QuestionBody>("application/json").WithRequestExample(Examples.NewQuestion)
            .Produces<QuestionItem>(StatusCodes.Status201Created).WithResponseExample(Examples.Question, 201)
            .ProducesErrors(400, 401, 403, 404, 409, 415);
        questions.MapPut("/{id:long}", UpdateQuestionAsync).WithName("UpdateQuestion").WithSummary("Change an interview question")
            .RequireAuthorization(Roles.Editor)
            .Accepts<QuestionBody>("application/json").WithRequestExample(Examples.NewQuestion)
            .Produces<QuestionItem>().WithResponseExample(Examples.Question)
            .ProducesErrors(400, 401, 403, 404, 409, 412, 415, 428);
        questions.MapDelete("/{id:long}", DeleteQuestionAsync).WithName("DeleteQuestion").WithSummary("Delete an interview question")
            .RequireAuthorization(Roles.Editor)
            .Produces(StatusCodes.Status204NoContent)
            .ProducesErrors(400, 401, 403, 404, 412, 428);

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

    /// <summary>Add a question to the term's bank at a level.</summary>
    /// <remarks>
    /// The question goes last in its level's guide. The same question twice at one level is refused
    /// with 409. The answer carries the new question's `ETag` (its version) and `Location`.
    /// </remarks>
    /// <param name="slug">The term's slug, e.g. `therapeutic-alliance`.</param>
    /// <response code="201">The question as stored.</response>
    static async Task<IResult> CreateQuestionAsync(IMediator mediator, ClaimsPrincipal user, string slug, QuestionBody body, CancellationToken ct)
    {
        var item = await mediator.Send(new CreateQuestion.Command(slug, body.Level, body.Question, body.ExpectedAnswer, Actor(user)), ct);
        return ETagged.Versioned(item, item.Version, StatusCodes.Status201Created, $"/api/v1/terms/{slug}/questions/{item.Id}");
    }

    /// <summary>Replace a question's level, wording and expected answer.</summary>
    /// <remarks>
    /// Send the ETag you got when you read the question as `If-Match` (e.g. `"v3"`). If someone changed
    /// it since, the answer is 412 with the current ETag: read it again and reapply your change.
    /// </remarks>
    /// <param name="slug">The term's slug.</param>
    /// <param name="id">The question's id.</param>
    /// <param name="ifMatch">The ETag of the version you edited, e.g. "v1".</param>
    /// <response code="200">The question as stored, with its new ETag.</response>
    static async Task<IResult> UpdateQuestionAsync(IMediator mediator, ClaimsPrincipal user, string slug, long id,
        [FromHeader(Name = "If-Match")] string? ifMatch, QuestionBody body, CancellationToken ct)
    {
        var item = await mediator.Send(new UpdateQuestion.Command(slug, id, ifMatch, body.Level, body.Question, body.ExpectedAnswer, Actor(user)), ct);
        return ETagged.Versioned(item, item.Version);
    }

    /// <summary>Delete a question.</summary>
    /// <remarks>It leaves the guides at once and stays in the term's history. Needs `If-Match` like a change.</remarks>
    /// <param name="slug">The term's slug.</param>
    /// <param name="id">The question's id.</param>
    /// <param name="ifMatch">The ETag of the version you are deleting, e.g. "v1".</param>
    /// <response code="204">Deleted.</response>
    static async Task<IResult> DeleteQuestionAsync(IMediator mediator, ClaimsPrincipal user, string slug, long id,
        [FromHeader(Name = "If-Match")] string? ifMatch, CancellationToken ct)
    {
        await mediator.Send(new DeleteQuestion.Command(slug, id, ifMatch, Actor(user)), ct);
        return TypedResults.NoContent();
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

    // History names the key that made a change: the key's name is who HR staff are to each other.
    static string Actor(ClaimsPrincipal user) => user.Identity?.Name ?? "unknown";

    static class Examples
    {
        public static readonly QuestionBody NewQuestion = new("mid",
            "Tell me about a time a client disagreed with the goals you proposed. What did you do?",
            "Should describe inviting the client's view, renegotiating goals together and checking agreement in later sessions.");

        public static readonly QuestionItem Question = new(42, "mid", NewQuestion.Question!, NewQuestion.ExpectedAnswer!, 1,
            new DateTimeOffset(2026, 11, 21, 10, 0, 0, TimeSpan.Zero), "hr-jane");
    }
}
