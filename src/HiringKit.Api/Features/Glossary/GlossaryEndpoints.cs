using HiringKit.Api.Infrastructure;
using HiringKit.Api.Infrastructure.Auth;
using MediatR;

namespace HiringKit.Api.Features.Glossary;

public static class GlossaryEndpoints
{
    public static void MapGlossary(this IEndpointRouteBuilder api)
    {
        var terms = api.MapGroup("/terms").WithTags("Glossary").RequireAuthorization(Roles.Reader);

        terms.MapGet("", ListTermsAsync)
            .WithName("ListTerms")
            .WithSummary("Search the glossary")
            .Produces<ListTerms.TermPage>()
            .WithResponseExample(Examples.TermPage)
            .ProducesErrors(400, 401, 403);

        terms.MapGet("/{slug}", GetTermAsync)
            .WithName("GetTerm")
            .WithSummary("Get a glossary entry")
            .Produces<GetTerm.TermEntry>()
            .Produces(StatusCodes.Status304NotModified)
            .WithResponseExample(Examples.TermEntry)
            .ProducesErrors(400, 401, 403, 404);
    }

    /// <summary>Search the glossary by name or by any phrase of a term.</summary>
    /// <remarks>
    /// `q` matches term names, slugs and every phrase a term is known by, case-insensitively, so
    /// "working alliance" finds `therapeutic-alliance`. Results are ordered by name and paged.
    /// </remarks>
    /// <param name="q">Text to look for in names and phrases (optional, up to 200 characters).</param>
    /// <param name="page">1-based page number (default 1).</param>
    /// <param name="pageSize">Terms per page, 1-100 (default 20).</param>
    /// <response code="200">One page of matching terms.</response>
    static async Task<IResult> ListTermsAsync(IMediator mediator, string? q, int? page, int? pageSize, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new ListTerms.Query(q, page ?? 1, pageSize ?? ListTerms.DefaultPageSize), ct));

    /// <summary>Get the whole glossary entry for a term.</summary>
    /// <remarks>
    /// Definition, why it matters to a recruiter, its components, every phrase it appears as on
    /// resumes (canonical, synonym, related), resume examples, typical and related job titles, the
    /// false friends that look like it but are not it, and its seniority levels. Carries an `ETag`
    /// naming its version: send it back in `If-None-Match` to get 304 when nothing changed, or in
    /// `If-Match` to change or delete the term.
    /// </remarks>
    /// <param name="slug">The term's slug, e.g. `therapeutic-alliance`.</param>
    /// <response code="200">The glossary entry.</response>
    /// <response code="304">The entry has not changed since the ETag in If-None-Match.</response>
    static async Task<IResult> GetTermAsync(IMediator mediator, string slug, CancellationToken ct)
    {
        var entry = await mediator.Send(new GetTerm.Query(slug), ct);
        return ETagged.Versioned(entry, entry.Version);
    }

    static class Examples
    {
        public static readonly ListTerms.TermPage TermPage = new(
            [new ListTerms.TermSummary("therapeutic-alliance", "Therapeutic Alliance", "Mental Health Counseling",
                "Therapeutic Alliance refers to the supportive relationship between a mental health professional and their client. ...")],
            1, 20, 1);

        public static readonly GetTerm.TermEntry TermEntry = new(
            "therapeutic-alliance", "Therapeutic Alliance", "Mental Health Counseling",
            "Therapeutic Alliance refers to the supportive relationship between a mental health professional and their client. ...",
            "The quality of the counselor-client relationship is one of the strongest predictors of whether therapy works. ...",
            [new("bond", "Bond", "The trust, warmth and mutual respect between counselor and client."),
             new("goals", "Goal consensus", "Counselor and client agreeing on what therapy is meant to achieve."),
             new("tasks", "Task agreement", "Counselor and client agreeing on what will be done to reach those goals.")],
            [new("therapeutic alliance", "canonical", null), new("working alliance", "synonym", null),
             new("therapeutic bond", "synonym", "bond"), new("collaborative goal setting", "related", "goals")],
            ["Developed strong Therapeutic Alliance with diverse client population, leading to 85% client retention rate"],
            ["Mental Health Counselors"],
            ["Mental Health Therapist", "Licensed Professional Counselor"],
            ["strategic alliance", "bond trader", "relationship manager"],
            [new("junior", "Junior (0-2 years)", 0, 2), new("mid", "Mid (2-5 years)", 2, 5), new("senior", "Senior (5+ years)", 5, null)],
            1, new DateTimeOffset(2026, 11, 1, 9, 0, 0, TimeSpan.Zero));
    }
}
