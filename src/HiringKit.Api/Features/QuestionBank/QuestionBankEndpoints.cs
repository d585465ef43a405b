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

        MapCollection(term.MapGroup("/questions").WithTags("Questions"), Examples.NewQuestion, Examples.Question,
            list: ("ListQuestions", "List a term's interview questions", ListQuestionsAsync),
            get: ("GetQuestion", "Get one interview question", GetQuestionAsync),
            create: ("CreateQuestion", "Add an interview question", CreateQuestionAsync),
            update: ("UpdateQuestion", "Change an interview question", UpdateQuestionAsync),
            delete: ("DeleteQuestion", "Delete an interview question", DeleteQuestionAsync));

        MapCollection(term.MapGroup("/indicators").WithTags("Indicators"), Examples.NewIndicator, Examples.Indicator,
            list: ("ListIndicators", "List a term's experience-level indicators", ListIndicatorsAsync),
            get: ("GetIndicator", "Get one indicator", GetIndicatorAsync),
            create: ("CreateIndicator", "Add an experience-level indicator", CreateIndicatorAsync),
            update: ("UpdateIndicator", "Change an indicator", UpdateIndicatorAsync),
            delete: ("DeleteIndicator", "Delete an indicator", DeleteIndicatorAsync));

        MapCollection(term.MapGroup("/red-flags").WithTags("Red flags"), Examples.NewRedFlag, Examples.RedFlag,
            list: ("ListRedFlags", "List a term's red flags", ListRedFlagsAsync),
            get: ("GetRedFlag", "Get one red flag", GetRedFlagAsync),
            create: ("CreateRedFlag", "Add a red flag", CreateRedFlagAsync),
            update: ("UpdateRedFlag", "Change a red flag", UpdateRedFlagAsync),
            delete: ("DeleteRedFlag", "Delete a red flag", DeleteRedFlagAsync));
    }

    // The three collections are read and edited alike, so their routes, roles, statuses and examples are
    // declared once. Each operation still has its own handler below: Swagger shows that handler's XML docs.
    static void MapCollection<TBody, TItem>(RouteGroupBuilder items, TBody newExample, TItem example,
        (string Name, string Summary, Delegate Handler) list,
        (string Name, string Summary, Delegate Handler) get,
        (string Name, string Summary, Delegate Handler) create,
        (string Name, string Summary, Delegate Handler) update,
        (string Name, string Summary, Delegate Handler) delete)
        where TBody : class where TItem : class
    {
        items.MapGet("", list.Handler).WithName(list.Name).WithSummary(list.Summary)
            .Produces<IReadOnlyList<TItem>>();
        items.MapGet("/{id:long}", get.Handler).WithName(get.Name).WithSummary(get.Summary)
            .Produces<TItem>().Produces(StatusCodes.Status304NotModified).WithVersionETag(200, 304);
        items.MapPost("", create.Handler).WithName(create.Name).WithSummary(create.Summary)
            .RequireAuthorization(Roles.Editor)
            .Accepts<TBody>("application/json").WithRequestExample(newExample)
            .Produces<TItem>(StatusCodes.Status201Created).WithResponseExample(example, 201).WithVersionETag(201)
            .ProducesErrors(409, 422);
        items.MapPut("/{id:long}", update.Handler).WithName(update.Name).WithSummary(update.Summary)
            .RequireAuthorization(Roles.Editor)
            .Accepts<TBody>("application/json").WithRequestExample(newExample)
            .Produces<TItem>().WithResponseExample(example).WithVersionETag(200, 412)
            .ProducesErrors(409, 412, 422, 428);
        items.MapDelete("/{id:long}", delete.Handler).WithName(delete.Name).WithSummary(delete.Summary)
            .RequireAuthorization(Roles.Editor)
            .Produces(StatusCodes.Status204NoContent).WithVersionETag(412)
            .ProducesErrors(412, 428);
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
        var item = await mediator.Send(new CreateItem.Question(slug, body, Audit.ActorOf(user)), ct);
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
        var item = await mediator.Send(new UpdateItem.Question(slug, id, ifMatch, body, Audit.ActorOf(user)), ct);
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
        await mediator.Send(new DeleteItem.Command(Collection.Question, slug, id, ifMatch, Audit.ActorOf(user)), ct);
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

    /// <summary>Add an indicator at a level.</summary>
    /// <remarks>It goes last in its level's guide; the same indicator twice at one level is refused with 409.</remarks>
    /// <param name="slug">The term's slug, e.g. `therapeutic-alliance`.</param>
    /// <response code="201">The indicator as stored.</response>
    static async Task<IResult> CreateIndicatorAsync(IMediator mediator, ClaimsPrincipal user, string slug, IndicatorBody body, CancellationToken ct)
    {
        var item = await mediator.Send(new CreateItem.Indicator(slug, body, Audit.ActorOf(user)), ct);
        return ETagged.Versioned(item, item.Version, StatusCodes.Status201Created, $"/api/v1/terms/{slug}/indicators/{item.Id}");
    }

    /// <summary>Replace an indicator's level and text.</summary>
    /// <remarks>Send the ETag you read as `If-Match`; 412 with the current ETag when someone changed it since.</remarks>
    /// <param name="slug">The term's slug.</param>
    /// <param name="id">The indicator's id.</param>
    /// <param name="ifMatch">The ETag of the version you edited, e.g. "v1".</param>
    /// <response code="200">The indicator as stored, with its new ETag.</response>
    static async Task<IResult> UpdateIndicatorAsync(IMediator mediator, ClaimsPrincipal user, string slug, long id,
        [FromHeader(Name = "If-Match")] string? ifMatch, IndicatorBody body, CancellationToken ct)
    {
        var item = await mediator.Send(new UpdateItem.Indicator(slug, id, ifMatch, body, Audit.ActorOf(user)), ct);
        return ETagged.Versioned(item, item.Version);
    }

    /// <summary>Delete an indicator.</summary>
    /// <remarks>It leaves the guides at once and stays in the term's history. Needs `If-Match`.</remarks>
    /// <param name="slug">The term's slug.</param>
    /// <param name="id">The indicator's id.</param>
    /// <param name="ifMatch">The ETag of the version you are deleting, e.g. "v1".</param>
    /// <response code="204">Deleted.</response>
    static async Task<IResult> DeleteIndicatorAsync(IMediator mediator, ClaimsPrincipal user, string slug, long id,
        [FromHeader(Name = "If-Match")] string? ifMatch, CancellationToken ct)
    {
        await mediator.Send(new DeleteItem.Command(Collection.Indicator, slug, id, ifMatch, Audit.ActorOf(user)), ct);
        return TypedResults.NoContent();
    }

    /// <summary>Add a red flag.</summary>
    /// <remarks>Red flags apply at every level. The same red flag twice is refused with 409.</remarks>
    /// <param name="slug">The term's slug, e.g. `therapeutic-alliance`.</param>
    /// <response code="201">The red flag as stored.</response>
    static async Task<IResult> CreateRedFlagAsync(IMediator mediator, ClaimsPrincipal user, string slug, RedFlagBody body, CancellationToken ct)
    {
        var item = await mediator.Send(new CreateItem.RedFlag(slug, body, Audit.ActorOf(user)), ct);
        return ETagged.Versioned(item, item.Version, StatusCodes.Status201Created, $"/api/v1/terms/{slug}/red-flags/{item.Id}");
    }

    /// <summary>Replace a red flag's text and probe question.</summary>
    /// <remarks>Send the ETag you read as `If-Match`; 412 with the current ETag when someone changed it since.</remarks>
    /// <param name="slug">The term's slug.</param>
    /// <param name="id">The red flag's id.</param>
    /// <param name="ifMatch">The ETag of the version you edited, e.g. "v1".</param>
    /// <response code="200">The red flag as stored, with its new ETag.</response>
    static async Task<IResult> UpdateRedFlagAsync(IMediator mediator, ClaimsPrincipal user, string slug, long id,
        [FromHeader(Name = "If-Match")] string? ifMatch, RedFlagBody body, CancellationToken ct)
    {
        var item = await mediator.Send(new UpdateItem.RedFlag(slug, id, ifMatch, body, Audit.ActorOf(user)), ct);
        return ETagged.Versioned(item, item.Version);
    }

    /// <summary>Delete a red flag.</summary>
    /// <remarks>It leaves the guides at once and stays in the term's history. Needs `If-Match`.</remarks>
    /// <param name="slug">The term's slug.</param>
    /// <param name="id">The red flag's id.</param>
    /// <param name="ifMatch">The ETag of the version you are deleting, e.g. "v1".</param>
    /// <response code="204">Deleted.</response>
    static async Task<IResult> DeleteRedFlagAsync(IMediator mediator, ClaimsPrincipal user, string slug, long id,
        [FromHeader(Name = "If-Match")] string? ifMatch, CancellationToken ct)
    {
        await mediator.Send(new DeleteItem.Command(Collection.RedFlag, slug, id, ifMatch, Audit.ActorOf(user)), ct);
        return TypedResults.NoContent();
    }

    static class Examples
    {
        public static readonly QuestionBody NewQuestion = new("mid",
            "Tell me about a time a client disagreed with the goals you proposed. What did you do?",
            "Should describe inviting the client's view, renegotiating goals together and checking agreement in later sessions.");

        public static readonly QuestionItem Question = new(42, "mid", NewQuestion.Question!, NewQuestion.ExpectedAnswer!, 1,
            new DateTimeOffset(2026, 11, 21, 10, 0, 0, TimeSpan.Zero), "hr-jane");

        public static readonly IndicatorBody NewIndicator = new("senior", "Uses alliance measures (e.g. Session Rating Scale) in supervision");

        public static readonly IndicatorItem Indicator = new(43, "senior", NewIndicator.Text!, 1,
            new DateTimeOffset(2026, 11, 21, 10, 0, 0, TimeSpan.Zero), "hr-jane");

        public static readonly RedFlagBody NewRedFlag = new("Blames clients when therapy stalls",
            "Tell me about a client who stopped making progress. What did you change?");

        public static readonly RedFlagItem RedFlag = new(44, NewRedFlag.Text!, NewRedFlag.ProbeQuestion, 1,
            new DateTimeOffset(2026, 11, 21, 10, 0, 0, TimeSpan.Zero), "hr-jane");
    }
}
