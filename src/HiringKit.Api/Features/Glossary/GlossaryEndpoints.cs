using System.Security.Claims;
using HiringKit.Api.Infrastructure;
using HiringKit.Api.Infrastructure.Auth;
using MediatR;
using Microsoft.AspNetCore.Mvc;

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
            .WithResponseExample(Examples.TermPage);

        terms.MapGet("/{slug}", GetTermAsync)
            .WithName("GetTerm")
            .WithSummary("Get a glossary entry")
            .Produces<GetTerm.TermEntry>()
            .Produces(StatusCodes.Status304NotModified)
            .WithVersionETag(200, 304)
            .WithResponseExample(Examples.TermEntry);

        terms.MapPost("", CreateTermAsync)
            .WithName("CreateTerm")
            .WithSummary("Add a glossary term")
            .RequireAuthorization(Roles.Admin)
            .Accepts<CreateTerm.Body>("application/json")
            .WithRequestExample(Examples.NewTerm)
            .Produces<GetTerm.TermEntry>(StatusCodes.Status201Created)
            .WithVersionETag(201)
            .ProducesErrors(409);

        terms.MapPut("/{slug}", UpdateTermAsync)
            .WithName("UpdateTerm")
            .WithSummary("Change a term's glossary content")
            .RequireAuthorization(Roles.Editor)
            .Accepts<TermBody>("application/json")
            .WithRequestExample(Examples.NewTerm.ToContent())
            .Produces<GetTerm.TermEntry>()
            .WithVersionETag(200, 412)
            .ProducesErrors(409, 412, 428);

        terms.MapDelete("/{slug}", DeleteTermAsync)
            .WithName("DeleteTerm")
            .WithSummary("Delete a glossary term")
            .RequireAuthorization(Roles.Admin)
            .Produces(StatusCodes.Status204NoContent)
            .WithVersionETag(412)
            .ProducesErrors(412, 428);
    }

    /// <summary>Add a term to the glossary (admin).</summary>
    /// <remarks>
    /// The term starts with the standard levels junior (0-2 years), mid (2-5) and senior (5+) and no
    /// questions: add those through the question bank. The slug must be new (409 otherwise).
    /// </remarks>
    /// <response code="201">The new glossary entry, with its ETag.</response>
    static async Task<IResult> CreateTermAsync(IMediator mediator, ClaimsPrincipal user, CreateTerm.Body body, CancellationToken ct)
    {
        var entry = await mediator.Send(new CreateTerm.Command(body, Audit.ActorOf(user)), ct);
        return ETagged.Versioned(entry, entry.Version, StatusCodes.Status201Created, $"/api/v1/terms/{entry.Slug}");
    }

    /// <summary>Replace a term's glossary content: definition, components, phrases, examples, titles, false friends.</summary>
    /// <remarks>
    /// A PUT replaces the whole entry, so send every phrase and title you want to keep (GET the term,
    /// edit, PUT it back). Send the ETag you read as `If-Match`; 412 with the current ETag when someone
    /// changed the term since. Scoring and Boolean searches use the new phrases at once.
    /// </remarks>
    /// <param name="slug">The term's slug.</param>
    /// <param name="ifMatch">The ETag of the version you edited, e.g. "v3".</param>
    /// <response code="200">The entry as stored, with its new ETag.</response>
    static async Task<IResult> UpdateTermAsync(IMediator mediator, ClaimsPrincipal user, string slug,
        [FromHeader(Name = "If-Match")] string? ifMatch, TermBody body, CancellationToken ct)
    {
        var entry = await mediator.Send(new UpdateTerm.Command(slug, ifMatch, body, Audit.ActorOf(user)), ct);
        return ETagged.Versioned(entry, entry.Version);
    }

    /// <summary>Delete a term (admin).</summary>
    /// <remarks>Its entry, guides and question bank leave every read and every score at once; its history stays readable.</remarks>
    /// <param name="slug">The term's slug.</param>
    /// <param name="ifMatch">The ETag of the version you are deleting, e.g. "v3".</param>
    /// <response code="204">Deleted.</response>
    static async Task<IResult> DeleteTermAsync(IMediator mediator, ClaimsPrincipal user, string slug,
        [FromHeader(Name = "If-Match")] string? ifMatch, CancellationToken ct)
    {
        await mediator.Send(new DeleteTerm.Command(slug, ifMatch, Audit.ActorOf(user)), ct);
        return TypedResults.NoContent();
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
        public static readonly CreateTerm.Body NewTerm = new(
            "motivational-interviewing", "Motivational Interviewing", "Mental Health Counseling",
            "Motivational Interviewing is a collaborative conversation style that strengthens a client's own motivation and commitment to change.",
            "Common in addiction and behavioral-health roles; ask candidates how they handle ambivalence and resistance.",
            [new("engagement", "Engagement", "Building a working relationship with the client."),
             new("evoking", "Evoking", "Drawing out the client's own reasons for change.")],
            [new("motivational interviewing", "canonical", null), new("motivational enhancement", "synonym", null),
             new("change talk", "related", "evoking"), new("reflective listening", "related", "engagement")],
            ["Used Motivational Interviewing to raise treatment engagement by 30%"],
            ["Substance Abuse Counselor"],
            ["Addiction Counselor", "Behavioral Health Counselor"],
            ["motivational speaker"]);

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
