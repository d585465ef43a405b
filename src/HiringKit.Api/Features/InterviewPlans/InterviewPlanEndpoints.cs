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
            .WithRequestExample(new CreateInterviewPlan.Request(
                "Mental Health Therapist, 2019 – Present. Familiar with the working alliance; built rapport with adolescents through active listening and empathy. Crisis intervention for families.",
                "therapeutic-alliance", null))
            .Produces<CreateInterviewPlan.InterviewPlan>(StatusCodes.Status200OK, "application/json", "text/markdown", "text/html")
            .WithResponseExample(new CreateInterviewPlan.InterviewPlan(
                new("therapeutic-alliance", "Therapeutic Alliance"), "mid", "Mid (2-5 years)", "resume",
                new(31, "weak", false, "mid", 6.9, ["working alliance", "rapport", "active listening", "empathy", "crisis intervention"], ["goals", "tasks"], ["Goal consensus", "Task agreement"]),
                [new(3, "How do you measure the strength of therapeutic alliance?",
                     "Should discuss methods of gathering client feedback, recognizing signs of strong/weak alliance, and adjusting approach based on client response.",
                     "gap", "resume shows no evidence of client feedback", null),
                 new(2, "What strategies do you use to build therapeutic alliance with new clients?",
                     "Should describe specific techniques for building trust, establishing rapport, and creating a safe therapeutic environment in the first few sessions.",
                     "verify", "resume claims rapport: verify depth", new("rapport", 68, 7))],
                [new(1, "Difficulty maintaining professional boundaries", "Tell me about a time a client asked for more contact or closeness than was appropriate.")],
                [new(5, "Managing challenging client relationships", null)],
                [new(7, "Crisis intervention skills", new("Crisis intervention", 160, 19))]))
            .ProducesErrors(400, 401, 403, 404, 413, 415, 429);
    }

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
