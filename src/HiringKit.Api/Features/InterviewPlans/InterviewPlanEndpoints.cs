using HiringKit.Api.Infrastructure;
using HiringKit.Api.Infrastructure.Auth;
using MediatR;

namespace HiringKit.Api.Features.InterviewPlans;

public static class InterviewPlanEndpoints
{
    public static void MapInterviewPlans(this IEndpointRouteBuilder api)
    {
        api.MapPost("/interview-plans", CreateAsync)
            .WithTags("Interview plans")
            .RequireAuthorization(Roles.Scorer)
            .RequireRateLimiting(Protection.Scoring)
            .WithName("CreateInterviewPlan")
            .WithSummary("Turn a resume into an interview plan")
            .Accepts<CreateInterviewPlan.Request>("application/json")
            .WithRequestExample(ExampleRequest)
            .Produces<CreateInterviewPlan.InterviewPlan>(StatusCodes.Status200OK, "application/json", "text/markdown", "text/html")
            .WithLiveResponseExample(async (mediator, ct) =>
                await mediator.Send(new CreateInterviewPlan.Command(ExampleRequest.Text, ExampleRequest.Term, ExampleRequest.TargetLevel), ct))
            .ProducesErrors(404); // the term in the body; the rest come with every keyed call that has a body
    }

    // Enough text to judge (a shorter one is insufficientText, and its plan says little).
    static readonly CreateInterviewPlan.Request ExampleRequest = new("""
        Sam Okafor
        Mental Health Counselor, Riverside Behavioral Health, Mar 2022 - Present
        - Built rapport with adolescents and their families through active listening and empathy.
        - Crisis intervention and safety planning for clients in acute distress.
        - Familiar with the working alliance and with feedback-informed treatment.
        Case Manager, Northside Community Services, Jun 2020 - Feb 2022
        - Coordinated housing and benefits for adults with serious mental illness.
        """,
        "therapeutic-alliance", null);

    /// <summary>The interview guide for a resume's level, reordered so the interview probes what the resume does not show.</summary>
    /// <remarks>
    /// The plan is for `targetLevel` when given, else the level the resume supports, else junior. Questions
    /// probing what the resume shows no evidence of come first, then hedged or negated claims, then claims to
    /// verify; each says `why`, citing the resume span that triggered it. Red flags to listen for and the
    /// level's indicators still to verify complete it. `Accept: text/markdown` or `text/html` (or
    /// `?format=markdown|html`) returns it as a printable page for the phone screen.
    /// </remarks>
    /// <param name="format">json, markdown or html; overrides the Accept header.</param>
    /// <response code="200">The plan, as JSON, Markdown or HTML.</response>
    static async Task<IResult> CreateAsync(IMediator mediator, HttpRequest request, string? format, CreateInterviewPlan.Request body, CancellationToken ct)
    {
        var plan = await mediator.Send(new CreateInterviewPlan.Command(body.Text, body.Term, body.TargetLevel, format), ct);
        return DocumentText.RequestedFormat(request, format) switch
        {
            "markdown" => TypedResults.Text(PlanDocument.Markdown(plan), "text/markdown; charset=utf-8"),
            "html" => TypedResults.Text(PlanDocument.Html(plan), "text/html; charset=utf-8"),
            _ => TypedResults.Ok(plan),
        };
    }
}
